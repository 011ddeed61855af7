import * as z from 'zod';
import { IsoDateSchema, IsoDateTimeSchema, PrioritySchema } from '../../contracts/common.js';
import { WEEKDAYS } from '../../contracts/business-calendar.js';
import { SlaMetricSchema } from '../../contracts/sla-policy.js';
import type { MoveBlock, StaffingStatus, StopReason, WorkloadLevel } from '../../scoring/team/index.js';
import { ProvenanceSchema, TicketRowSchema } from './common.js';
import { enumOf } from './ops-common.js';

const WorkloadLevelSchema = enumOf<WorkloadLevel>({ overloaded: true, balanced: true, underloaded: true });

/** team.workload: per agent open tickets, priority-weighted load against capacity, oldest ticket and SLA risk. */
export const WorkloadChartPayloadSchema = z.object({
  configVersion: z.string(),
  teamId: z.string().nullable(),
  asOf: IsoDateTimeSchema,
  /** The agent the question named, when found in the team. */
  highlightedAgentId: z.string().nullable(),
  /** Heaviest load first. */
  agents: z.array(
    z.object({
      agentId: z.string(),
      name: z.string(),
      /** Concurrent-ticket limit. */
      capacity: z.number(),
      openTickets: z.number().int().nonnegative(),
      slaActiveTickets: z.number().int().nonnegative(),
      /** Σ priority weights of the SLA-active tickets. */
      weightedOpen: z.number(),
      /** `weightedOpen / capacity`; above `overloadedAboveLoad` is overloaded. */
      load: z.number(),
      level: WorkloadLevelSchema,
      overloadBasis: z.enum(['above_limit', 'above_team_spread']).nullable(),
      oldestOpenTicketId: z.string().nullable(),
      oldestOpenTicketAgeMinutes: z.number().nullable(),
      ticketsAtRisk: z.number().int().nonnegative(),
      ticketsBreached: z.number().int().nonnegative(),
      atRiskTicketIds: z.array(z.string()),
      reason: z.string(),
    }),
  ),
  team: z.object({
    meanLoad: z.number().nullable(),
    loadStandardDeviation: z.number().nullable(),
    overloadedAboveLoad: z.number(),
    openTickets: z.number().int().nonnegative(),
    ticketsAtRisk: z.number().int().nonnegative(),
    ticketsBreached: z.number().int().nonnegative(),
    overloadedAgents: z.number().int().nonnegative(),
    underloadedAgents: z.number().int().nonnegative(),
  }),
  thresholds: z.object({
    priorityWeights: z.record(PrioritySchema, z.number()),
    overloadedLoad: z.number(),
    overloadedStandardDeviations: z.number(),
    overloadedMinimumSpread: z.number(),
    underloadedLoad: z.number(),
    atRiskProbability: z.number(),
    atRiskRemainingShare: z.number(),
  }),
  riskBasis: z.string(),
  provenance: ProvenanceSchema,
});

const MoveBlockSchema = enumOf<MoveBlock>({ not_new_or_open: true, escalated: true, agent_engaged: true, moved_recently: true, customer_active: true });
const AgentLoadSchema = z.object({ agentId: z.string(), name: z.string().nullable(), load: z.number() });

/** team.rebalance: explainable moves that lower the highest load; nothing moves until the host applies `action`. */
export const ReassignmentPlanPayloadSchema = z.object({
  configVersion: z.string(),
  teamId: z.string().nullable(),
  asOf: IsoDateTimeSchema,
  /** The agent the question named (e.g. "move tickets from Alice"), when found. */
  focusAgentId: z.string().nullable(),
  moves: z.array(
    z.object({
      ticketId: z.string(),
      ticket: TicketRowSchema.nullable(),
      priority: PrioritySchema,
      metric: SlaMetricSchema.nullable(),
      /** Calendar minutes until the riskiest clock breaches. */
      breachInMinutes: z.number().nullable(),
      probability: z.number().nullable(),
      riskScore: z.number(),
      from: z.object({ agentId: z.string(), name: z.string(), loadBefore: z.number(), loadAfter: z.number(), openTickets: z.number().int().nonnegative(), capacity: z.number() }),
      to: z.object({ agentId: z.string(), name: z.string(), loadBefore: z.number(), loadAfter: z.number(), skill: z.string().nullable(), csatRate: z.number().nullable() }),
      /** The five cost terms, each with its input and points; lower total is better. */
      cost: z.object({
        total: z.number(),
        missingOptionalSkills: z.object({ count: z.number().int().nonnegative(), points: z.number() }),
        contextLoss: z.object({ lost: z.boolean(), points: z.number() }),
        targetLoadAfter: z.object({ load: z.number(), points: z.number() }),
        slaRisk: z.object({ risk: z.number(), points: z.number() }),
        csatAdvantage: z.object({ difference: z.number(), points: z.number() }),
      }),
      reason: z.string(),
    }),
  ),
  loadsBefore: z.array(AgentLoadSchema),
  loadsAfter: z.array(AgentLoadSchema),
  maxLoadBefore: z.number().nullable(),
  maxLoadAfter: z.number().nullable(),
  stopReason: enumOf<StopReason>({ no_overloaded_agent: true, no_move_reduces_max_load: true, max_moves_reached: true }),
  /** Tickets of overloaded agents the guardrails kept in place, by rule. */
  blockedTickets: z.array(z.object({ block: MoveBlockSchema, tickets: z.number().int().nonnegative() })),
  thresholds: z.object({ maxMoves: z.number(), targetMaxLoad: z.number(), movedWithinHours: z.number(), customerActiveHours: z.number(), idleBusinessHours: z.number() }),
  reason: z.string(),
  requiresConfirmation: z.literal(true),
  /** What the host applies once the user confirms. */
  action: z.object({ type: z.literal('reassign'), moves: z.array(z.object({ ticketId: z.string(), fromAgentId: z.string(), toAgentId: z.string() })) }),
  provenance: ProvenanceSchema,
});

/** team.capacity: next week's forecast demand against scheduled capacity, day by day, in agent-hours. */
export const CapacityForecastPayloadSchema = z.object({
  configVersion: z.string(),
  teamId: z.string().nullable(),
  asOf: IsoDateTimeSchema,
  timezone: z.string(),
  nextWeek: z.object({ from: IsoDateTimeSchema, to: IsoDateTimeSchema }),
  days: z.array(
    z.object({
      date: IsoDateSchema,
      weekday: z.enum(WEEKDAYS),
      averageTickets: z.number(),
      forecastTickets: z.number(),
      demandHours: z.number(),
      capacityHours: z.number(),
      /** `demandHours − capacityHours`: positive is a shortfall. */
      gapHours: z.number(),
      scheduledAgents: z.number().int().nonnegative(),
    }),
  ),
  week: z.object({ forecastTickets: z.number(), demandHours: z.number(), capacityHours: z.number(), gapHours: z.number(), utilisationRate: z.number().nullable() }),
  recommendation: z.object({
    status: enumOf<StaffingStatus>({ understaffed: true, overstaffed: true, balanced: true, insufficient_data: true }),
    /** Agent-days to add (under-staffed) or free (over-staffed). */
    agentDays: z.number().int().nonnegative(),
    hoursPerAgentDay: z.number(),
    reason: z.string(),
  }),
  history: z.object({ weeksUsed: z.number().int().nonnegative(), weekStarts: z.array(z.string()), weeklyTicketTotals: z.array(z.number()) }),
  trend: z.object({ slopeTicketsPerWeek: z.number().nullable(), factor: z.number(), bounded: z.boolean() }),
  effort: z.object({ minutesPerTicket: z.number(), basis: z.enum(['configured', 'median_handle_over_capacity', 'none']), medianHandleMinutes: z.number().nullable(), medianCapacity: z.number().nullable() }),
  thresholds: z.object({ maxWeeks: z.number(), minWeeks: z.number(), trendBounds: z.tuple([z.number(), z.number()]), targetUtilisationRate: z.number(), overstaffedUtilisationRate: z.number() }),
  provenance: ProvenanceSchema,
});

export type WorkloadChartPayload = z.infer<typeof WorkloadChartPayloadSchema>;
export type ReassignmentPlanPayload = z.infer<typeof ReassignmentPlanPayloadSchema>;
export type CapacityForecastPayload = z.infer<typeof CapacityForecastPayloadSchema>;
