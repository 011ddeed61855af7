import type { Ticket } from '../contracts/ticket.js';
import type { UsageSnapshot } from '../contracts/usage-snapshot.js';
import type { SupportData } from '../data/support-data.js';
import { evaluateTicketSla, slaSetupOf } from '../data/ticket-sla.js';
import type { DemoAccount } from './accounts.js';
import type { AgentRole, DemoAgent } from './agents.js';
import { DAY_MS, MINUTE_MS, utcDayStart } from './demo-time.js';
import type { ChurnRiskTruth, DemoTruth } from './types.js';

type TruthInputs = Pick<SupportData, 'tickets' | 'usage' | 'teams' | 'slaPolicies' | 'calendars'> & {
  accounts: readonly DemoAccount[];
  agents: readonly DemoAgent[];
  nowMs: number;
};

/** Declining adoption: the last 4 weeks' mean at most 65 % of the 4 weeks before, from 20+ users. */
export const DECLINE_THRESHOLD = 0.65;
export const DECLINE_MINIMUM_BASE_USERS = 20;
/** At-risk window: first-reply deadlines within this many minutes of `now`. */
export const AT_RISK_WINDOW_MINUTES = 60;
export const RENEWAL_WINDOW_DAYS = 90;

/** What was planted, read back from the generated data where a definition allows (renewals, decline, at-risk). */
export function computeTruth(inputs: TruthInputs): DemoTruth {
  const byRole = (role: AgentRole) => inputs.agents.find((agent) => agent.role === role)!.agent.id;
  const idsOf = (role: DemoAccount['role']) => inputs.accounts.filter((account) => account.role === role).map((account) => account.account.id);
  const windows = adoptionWindows(inputs.usage);
  const churnIds = new Set(idsOf('churn'));
  // One pass over the tickets for the churn risks' recent history.
  const recentByAccount = new Map<string, Ticket[]>([...churnIds].map((id) => [id, []]));
  for (const ticket of inputs.tickets) {
    if (churnIds.has(ticket.accountId) && Date.parse(ticket.createdAt) > inputs.nowMs - 90 * DAY_MS) recentByAccount.get(ticket.accountId)!.push(ticket);
  }
  return {
    decliningAdoptionAccountIds: decliningAccountIds(windows),
    highChurnRiskAccountIds: inputs.accounts
      .filter((account) => account.role === 'churn')
      .map((account) => churnReason(account, windows.get(account.account.id)!, recentByAccount.get(account.account.id)!, inputs.nowMs)),
    overloadedAgentId: byRole('overloaded'),
    underloadedAgentId: byRole('underloaded'),
    bestAgentId: byRole('best'),
    worstAgentId: byRole('worst'),
    atRiskTicketIds: atRiskTicketIds(inputs),
    upsellAccountIds: idsOf('upsell'),
    renewalsWithin90DaysAccountIds: inputs.accounts
      .filter(({ account }) => {
        const days = (Date.parse(`${account.renewalDate}T00:00:00Z`) - utcDayStart(inputs.nowMs)) / DAY_MS;
        return days >= 0 && days <= RENEWAL_WINDOW_DAYS;
      })
      .map(({ account }) => account.id),
  };
}

/** Mean weekly active users of the last 4 and the 4 prior weeks, per account (snapshots oldest first). */
export function adoptionWindows(usage: readonly UsageSnapshot[]): Map<string, { last: number; prior: number }> {
  const series = new Map<string, number[]>();
  for (const snapshot of usage) {
    const list = series.get(snapshot.accountId) ?? [];
    list.push(snapshot.activeUsers);
    series.set(snapshot.accountId, list);
  }
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const windows = new Map<string, { last: number; prior: number }>();
  for (const [accountId, values] of series) {
    if (values.length >= 8) windows.set(accountId, { last: mean(values.slice(-4)), prior: mean(values.slice(-8, -4)) });
  }
  return windows;
}

function decliningAccountIds(windows: ReadonlyMap<string, { last: number; prior: number }>): string[] {
  return [...windows]
    .filter(([, { last, prior }]) => prior >= DECLINE_MINIMUM_BASE_USERS && last <= DECLINE_THRESHOLD * prior)
    .map(([accountId]) => accountId);
}

/** Open tickets without any agent reply whose first-reply deadline is within the window, by the SLA engine. */
function atRiskTicketIds(inputs: TruthInputs): string[] {
  const setup = slaSetupOf(inputs);
  const now = new Date(inputs.nowMs);
  const windowEnd = inputs.nowMs + AT_RISK_WINDOW_MINUTES * MINUTE_MS;
  return inputs.tickets
    .filter((ticket) => ticket.status !== 'solved' && ticket.status !== 'closed' && !ticket.events.some((event) => event.type === 'agent_reply'))
    .filter((ticket) => {
      const firstReply = evaluateTicketSla(ticket, setup, now).metrics.firstReply ?? [];
      return firstReply.some((instance) => {
        const deadlineMs = instance.state === 'active' && instance.deadline !== null ? Date.parse(instance.deadline) : Number.NaN;
        return deadlineMs > inputs.nowMs && deadlineMs <= windowEnd;
      });
    })
    .map((ticket) => ticket.id);
}

function churnReason({ account }: DemoAccount, window: { last: number; prior: number }, recent: readonly Ticket[], nowMs: number): ChurnRiskTruth {
  const ratings = recent.filter((ticket) => ticket.csat !== null);
  const good = ratings.filter((ticket) => ticket.csat?.rating === 'good').length;
  const escalations = recent.filter((ticket) => ticket.escalated).length;
  const percent = (value: number) => `${Math.round(value * 100)}%`;
  const championDays = account.champion?.leftOn ? Math.round((utcDayStart(nowMs) - Date.parse(`${account.champion.leftOn}T00:00:00Z`)) / DAY_MS) : 0;
  const reason = [
    `seat use ${percent(window.last / account.licences)} with weekly active users down ${percent(1 - window.last / window.prior)} over 4 weeks`,
    `CSAT ${percent(ratings.length === 0 ? 0 : good / ratings.length)} on ${ratings.length} ratings and ${escalations} escalations in 90 days`,
    `champion ${account.champion?.name ?? 'unknown'} left ${championDays} days ago`,
    `invoice ${account.invoiceDaysOverdue ?? 0} days overdue`,
    'last contract change was a contraction',
  ].join('; ');
  return { accountId: account.id, reason: `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.` };
}
