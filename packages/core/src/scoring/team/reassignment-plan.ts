import type { Agent } from '../../contracts/agent.js';
import type { SupportData } from '../../data/support-data.js';
import { mean, standardDeviation } from '../statistics.js';
import { agentCalendarResolver } from './agent-calendars.js';
import { adjustedCsat, csatCredits } from './csat-credits.js';
import { decimal } from './format.js';
import { moveReason, type ReassignmentMove } from './reassignment-reason.js';
import { moveBlockOf, moveCost, optionalSkillsOf, requiredSkillsOf, skillSet, type MoveBlock, type MoveCost } from './reassignment-rules.js';
import { resolveTeamScoringConfig, type ReassignmentConfig } from './team-config.js';
import { DAY_MS, optionalSlaSetup, teamScopeOf, type TeamQueryOptions } from './team-scope.js';
import { levelOf } from './team-workload.js';
import { ticketFacts } from './ticket-facts.js';
import { indexTickets } from './ticket-index.js';
import { workloadState, type OpenTicketState } from './workload-state.js';

export interface ReassignmentOptions extends TeamQueryOptions {
  /** Agents online now (host presence data); every active agent when absent. */
  availableAgentIds?: readonly string[];
}

export type StopReason = 'no_overloaded_agent' | 'no_move_reduces_max_load' | 'max_moves_reached';

/** A greedy rebalancing plan: at most `maxMoves` explainable moves (SCORING §4.2). */
export interface ReassignmentPlan {
  configVersion: string;
  teamId: string | null;
  asOf: string;
  thresholds: Pick<ReassignmentConfig, 'maxMoves' | 'targetMaxLoad' | 'movedWithinHours' | 'customerActiveHours' | 'idleBusinessHours' | 'costWeights'>;
  moves: ReassignmentMove[];
  loadsBefore: { agentId: string; load: number }[];
  loadsAfter: { agentId: string; load: number }[];
  maxLoadBefore: number | null;
  maxLoadAfter: number | null;
  stopReason: StopReason;
  /** Tickets of overloaded agents that the rules kept in place, by rule. */
  blockedTickets: Partial<Record<MoveBlock, number>>;
  reason: string;
}

interface Candidate {
  entry: OpenTicketState;
  from: Agent;
  to: Agent;
  cost: MoveCost;
  fromLoadAfter: number;
  toLoadAfter: number;
  skill: string | null;
}

/**
 * Recommends up to `maxMoves` reassignments: repeatedly take the most overloaded agent that has a
 * valid move, move the movable ticket to the eligible agent with the lowest cost such that neither
 * agent ends at or above the source's load (so the team's max load never rises), then recompute.
 * @example recommendReassignments(data, { now, teamId: 'team-billing' }).moves[0].reason
 */
export function recommendReassignments(data: SupportData, options: ReassignmentOptions): ReassignmentPlan {
  const config = resolveTeamScoringConfig(options.config);
  const rules = config.reassignment;
  const scope = teamScopeOf(data, options.teamId);
  const nowMs = options.now.getTime();
  const state = workloadState(data, scope, options.now, config.workload);
  const loads = new Map(state.loads);
  const queues = new Map([...state.queues].map(([agentId, queue]) => [agentId, [...queue]]));
  const csat = csatCredits(indexTickets(data.tickets), scope, nowMs - config.performance.windowDays * DAY_MS, nowMs);
  const teamCsat = csat.team.rate;
  const available = options.availableAgentIds ? new Set(options.availableAgentIds) : null;
  const targets = scope.agents.filter((agent) => available === null || available.has(agent.id));
  const skills = new Map(scope.agents.map((agent) => [agent.id, skillSet(agent)]));
  const knownSkills = new Set([...skills.values()].flatMap((set) => [...set]));
  const setup = optionalSlaSetup(data);
  const calendarOfAgent = agentCalendarResolver(data);
  const moved = new Set<string>();
  const blocked: Partial<Record<MoveBlock, number>> = {};
  const blockCache = new Map<string, MoveBlock | null>();
  const blockOf = (entry: OpenTicketState, owner: Agent) => {
    if (!blockCache.has(entry.ticket.id)) {
      const calendar = setup?.calendarFor(entry.ticket) ?? calendarOfAgent(owner);
      const block = moveBlockOf(entry.ticket, ticketFacts(entry.ticket, nowMs), calendar, nowMs, rules);
      blockCache.set(entry.ticket.id, block);
      if (block) blocked[block] = (blocked[block] ?? 0) + 1;
    }
    return blockCache.get(entry.ticket.id)!;
  };

  const moves: ReassignmentMove[] = [];
  let stopReason: StopReason = 'max_moves_reached';
  while (moves.length < rules.maxMoves) {
    const values = [...loads.values()];
    const spread = { meanLoad: mean(values), loadStandardDeviation: standardDeviation(values) };
    const overloaded = scope.agents
      .filter((agent) => levelOf(loads.get(agent.id)!, spread, config.workload).level === 'overloaded')
      .sort((left, right) => loads.get(right.id)! - loads.get(left.id)! || left.id.localeCompare(right.id));
    if (overloaded.length === 0) {
      stopReason = 'no_overloaded_agent';
      break;
    }
    let best: Candidate | null = null;
    for (const from of overloaded) {
      best = bestMoveFrom(from);
      if (best) break;
    }
    if (!best) {
      stopReason = 'no_move_reduces_max_load';
      break;
    }
    const chosen: Candidate = best;
    const move = toMove(chosen);
    moves.push({ ...move, reason: moveReason(move) });
    moved.add(chosen.entry.ticket.id);
    queues.set(chosen.from.id, queues.get(chosen.from.id)!.filter((entry) => entry !== chosen.entry));
    queues.get(chosen.to.id)!.push(chosen.entry);
    loads.set(chosen.from.id, chosen.fromLoadAfter);
    loads.set(chosen.to.id, chosen.toLoadAfter);
  }

  function bestMoveFrom(from: Agent): Candidate | null {
    const fromLoad = loads.get(from.id)!;
    let best: Candidate | null = null;
    for (const entry of queues.get(from.id)!) {
      // Only SLA-active tickets make load, so only they can lower it.
      if (!entry.slaActive || moved.has(entry.ticket.id) || blockOf(entry, from) !== null) continue;
      const required = requiredSkillsOf(entry.ticket, rules);
      const optional = optionalSkillsOf(entry.ticket, knownSkills, required, rules);
      const fromLoadAfter = fromLoad - entry.weight / from.capacity;
      for (const to of targets) {
        if (to.id === from.id || (rules.sameTeamOnly && to.teamId !== from.teamId)) continue;
        const toSkills = skills.get(to.id)!;
        if (!required.every((skill) => toSkills.has(skill.toLowerCase()))) continue;
        const toLoadAfter = loads.get(to.id)! + entry.weight / to.capacity;
        if (toLoadAfter > rules.targetMaxLoad || Math.max(fromLoadAfter, toLoadAfter) >= fromLoad) continue;
        const toCsat = adjustedCsat(csat, to.id, config.performance.shrinkageStrength);
        const cost = moveCost(
          {
            missingOptionalSkills: optional.filter((skill) => !toSkills.has(skill)).length,
            contextLoss: ticketFacts(entry.ticket, nowMs).repliedBy.has(from.id),
            targetLoadAfter: toLoadAfter,
            slaRisk: entry.risk?.riskScore ?? 0,
            csatDifference: toCsat === null || teamCsat === null ? 0 : toCsat - teamCsat,
          },
          rules,
        );
        const candidate = { entry, from, to, cost, fromLoadAfter, toLoadAfter, skill: required[0] ?? null };
        if (best === null || isBetter(candidate, best)) best = candidate;
      }
    }
    return best;
  }

  function toMove(candidate: Candidate): Omit<ReassignmentMove, 'reason'> {
    const { entry, from, to } = candidate;
    return {
      ticketId: entry.ticket.id,
      priority: entry.ticket.priority,
      metric: entry.risk?.metric ?? null,
      breachInMinutes: entry.risk?.breachInMinutes ?? null,
      probability: entry.risk?.probability ?? null,
      riskScore: entry.risk?.riskScore ?? 0,
      from: {
        agentId: from.id,
        name: from.name,
        loadBefore: loads.get(from.id)!,
        loadAfter: candidate.fromLoadAfter,
        openTickets: queues.get(from.id)!.length,
        capacity: from.capacity,
      },
      to: {
        agentId: to.id,
        name: to.name,
        loadBefore: loads.get(to.id)!,
        loadAfter: candidate.toLoadAfter,
        skill: candidate.skill,
        csatRate: adjustedCsat(csat, to.id, config.performance.shrinkageStrength),
      },
      cost: candidate.cost,
    };
  }

  const loadsBefore = [...state.loads].map(([agentId, load]) => ({ agentId, load }));
  const loadsAfter = [...loads].map(([agentId, load]) => ({ agentId, load }));
  const maxOf = (list: { load: number }[]) => (list.length === 0 ? null : Math.max(...list.map((item) => item.load)));
  const plan = {
    configVersion: config.version,
    teamId: scope.teamId,
    asOf: options.now.toISOString(),
    thresholds: {
      maxMoves: rules.maxMoves,
      targetMaxLoad: rules.targetMaxLoad,
      movedWithinHours: rules.movedWithinHours,
      customerActiveHours: rules.customerActiveHours,
      idleBusinessHours: rules.idleBusinessHours,
      costWeights: rules.costWeights,
    },
    moves,
    loadsBefore,
    loadsAfter,
    maxLoadBefore: maxOf(loadsBefore),
    maxLoadAfter: maxOf(loadsAfter),
    stopReason,
    blockedTickets: blocked,
  };
  return { ...plan, reason: planSentence(plan) };
}

/** Lower cost first; then the riskier ticket, then stable ids so the plan is deterministic. */
function isBetter(candidate: Candidate, best: Candidate): boolean {
  if (candidate.cost.total !== best.cost.total) return candidate.cost.total < best.cost.total;
  const riskDifference = (candidate.entry.risk?.riskScore ?? 0) - (best.entry.risk?.riskScore ?? 0);
  if (riskDifference !== 0) return riskDifference > 0;
  const byTicket = candidate.entry.ticket.id.localeCompare(best.entry.ticket.id);
  return byTicket !== 0 ? byTicket < 0 : candidate.to.id.localeCompare(best.to.id) < 0;
}

function planSentence(plan: Omit<ReassignmentPlan, 'reason'>): string {
  const stop = {
    no_overloaded_agent: 'no agent is overloaded any more',
    no_move_reduces_max_load: 'no allowed move lowers the highest load',
    max_moves_reached: `the limit of ${plan.thresholds.maxMoves} moves was reached`,
  }[plan.stopReason];
  if (plan.moves.length === 0) return `No reassignment recommended: ${plan.stopReason === 'no_overloaded_agent' ? 'no agent is overloaded' : stop}.`;
  const moves = `${plan.moves.length} move${plan.moves.length === 1 ? '' : 's'}`;
  return `${moves} take the highest load from ${decimal(plan.maxLoadBefore)} to ${decimal(plan.maxLoadAfter)}; stopped because ${stop}.`;
}
