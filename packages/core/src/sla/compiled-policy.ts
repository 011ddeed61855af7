import { PRIORITIES, TICKET_STATUSES, type Priority, type TicketStatus } from '../contracts/common.js';
import { toInputIssues } from '../contracts/parse.js';
import { SLA_METRICS, SlaPolicySchema, type SlaMetric, type SlaPolicy } from '../contracts/sla-policy.js';
import { SlaInputError } from './errors.js';

/** A target as the clocks use it. */
export interface ResolvedTarget {
  minutes: number;
  seconds: number;
  businessHours: boolean;
}

/** Statuses that pause each metric unless the policy says otherwise (Zendesk's defaults). */
export const DEFAULT_PAUSE_ON: Record<SlaMetric, readonly TicketStatus[]> = {
  firstReply: [],
  nextReply: [],
  periodicUpdate: [],
  pausableUpdate: ['pending'],
  requesterWait: ['pending'],
  agentWork: ['pending', 'on_hold'],
  resolution: [],
};

/** @default 15 */
export const DEFAULT_WARN_BEFORE_MINUTES = 15;

/** A validated policy with its targets indexed by metric and priority. */
export interface CompiledPolicy {
  targetFor(metric: SlaMetric, priority: Priority | null): ResolvedTarget | null;
  pausesOn(metric: SlaMetric, status: TicketStatus): boolean;
  /** For one metric: which statuses pause its clock (a table, read at every status change). */
  pauseTableOf(metric: SlaMetric): Readonly<Record<TicketStatus, boolean>>;
  /** Whether any priority has a target for the metric; clocks of other metrics are never tracked. */
  tracks(metric: SlaMetric): boolean;
  usesBusinessHours: boolean;
  nextReplyIncludesFirst: boolean;
  warnBeforeSeconds: number;
}

const compiledByPolicy = new WeakMap<object, CompiledPolicy>();

/** Validates and indexes a policy once per policy object. @throws SlaInputError listing every bad field. */
export function compilePolicy(policy: SlaPolicy): CompiledPolicy {
  const cached = typeof policy === 'object' && policy !== null ? compiledByPolicy.get(policy) : undefined;
  if (cached) return cached;
  const result = SlaPolicySchema.safeParse(policy);
  if (!result.success) throw new SlaInputError('Invalid SLA policy', toInputIssues(result.error.issues, 'policy'));
  const parsed = result.data;

  // Resolved once per (metric, priority): a priority's own target wins over the any-priority one.
  const table = new Map<SlaMetric, Map<Priority | null, ResolvedTarget>>(SLA_METRICS.map((metric) => [metric, new Map()]));
  const anyPriorityFirst = [...parsed.targets].sort((left, right) => Number(left.priority !== undefined) - Number(right.priority !== undefined));
  for (const target of anyPriorityFirst) {
    const resolved = { minutes: target.targetMinutes, seconds: Math.round(target.targetMinutes * 60), businessHours: target.businessHours ?? false };
    const byPriority = table.get(target.metric)!;
    for (const priority of target.priority ? [target.priority] : [null, ...PRIORITIES]) byPriority.set(priority, resolved);
  }
  // Plain lookup tables: these are read for every clock at every status change.
  const pauseTable = {} as Record<SlaMetric, Record<TicketStatus, boolean>>;
  for (const metric of SLA_METRICS) {
    const configured: readonly TicketStatus[] = (Array.isArray(parsed.pauseOn) ? parsed.pauseOn : parsed.pauseOn?.[metric]) ?? DEFAULT_PAUSE_ON[metric];
    pauseTable[metric] = Object.fromEntries(TICKET_STATUSES.map((status) => [status, configured.includes(status)])) as Record<TicketStatus, boolean>;
  }
  const trackedMetrics = new Set(parsed.targets.map((target) => target.metric));

  const compiled: CompiledPolicy = {
    targetFor: (metric, priority) => table.get(metric)!.get(priority) ?? null,
    pausesOn: (metric, status) => pauseTable[metric][status],
    pauseTableOf: (metric) => pauseTable[metric],
    tracks: (metric) => trackedMetrics.has(metric),
    usesBusinessHours: parsed.targets.some((target) => target.businessHours === true),
    nextReplyIncludesFirst: parsed.nextReplyIncludesFirst ?? false,
    warnBeforeSeconds: Math.round((parsed.warnBeforeMinutes ?? DEFAULT_WARN_BEFORE_MINUTES) * 60),
  };
  compiledByPolicy.set(policy, compiled);
  return compiled;
}
