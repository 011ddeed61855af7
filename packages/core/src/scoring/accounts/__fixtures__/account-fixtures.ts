// Small hand-built datasets for the account-score tests. Not exported from the package.
import type { Account, Meeting, NpsResponse, Ticket, UsageSnapshot } from '../../../contracts/index.js';
import type { AccountScoringData } from '../account-index.js';

/** Monday 2026-06-01 12:00 UTC, the "today" of every fixture. */
export const NOW = new Date('2026-06-01T12:00:00Z');
const DAY = 86_400_000;

/** An ISO instant `days` before NOW (fractions allowed). */
export function daysAgo(days: number): string {
  return new Date(NOW.getTime() - days * DAY).toISOString();
}

/** A `YYYY-MM-DD` date `days` before NOW (negative: in the future). */
export function dateDaysAgo(days: number): string {
  return daysAgo(days).slice(0, 10);
}

export function makeAccount(overrides: Partial<Account> & { id: string }): Account {
  return {
    name: overrides.id.toUpperCase(),
    arr: { amountCents: 10_000_000, currency: 'USD' },
    plan: 'Business',
    segment: 'mid_market',
    renewalDate: dateDaysAgo(-200),
    csmId: 'csm-1',
    licences: 100,
    createdAt: daysAgo(400),
    ...overrides,
  };
}

let ticketSequence = 0;

export function makeTicket(overrides: Partial<Ticket> & { accountId: string; createdAt?: string }): Ticket {
  ticketSequence += 1;
  const createdAt = overrides.createdAt ?? daysAgo(10);
  return {
    id: `T-${ticketSequence}`,
    subject: 'Question',
    description: '',
    status: 'solved',
    priority: 'normal',
    channel: 'email',
    category: 'general',
    requesterId: 'user-1',
    assigneeId: 'agent-1',
    teamId: 'team-1',
    tags: [],
    updatedAt: createdAt,
    solvedAt: createdAt,
    events: [],
    links: [],
    resolvedBy: 'human',
    csat: null,
    ...overrides,
    createdAt,
  };
}

/** Weekly snapshots, oldest first; the last one ends the day before NOW. */
export function weeklySnapshots(accountId: string, activeUsers: readonly number[], options: { licences?: number; features?: (week: number) => Record<string, number> } = {}): UsageSnapshot[] {
  return activeUsers.map((users, week) => {
    const endDaysAgo = 1 + 7 * (activeUsers.length - 1 - week);
    return {
      accountId,
      period: { start: dateDaysAgo(endDaysAgo + 6), end: dateDaysAgo(endDaysAgo) },
      activeUsers: users,
      licences: options.licences ?? 100,
      logins: users * 3,
      featureUsage: options.features?.(week) ?? {},
    };
  });
}

let responseSequence = 0;

export function makeNps(accountId: string, score: number, respondedAt: string, extra: Partial<NpsResponse> = {}): NpsResponse {
  responseSequence += 1;
  return { id: `nps-${responseSequence}`, accountId, score, respondedAt, ...extra };
}

export function makeMeeting(accountId: string, startsAt: string, kind: Meeting['kind'] = 'call', attendeeIds: string[] = ['csm-1']): Meeting {
  const endsAt = new Date(Date.parse(startsAt) + 3_600_000).toISOString();
  return { id: `m-${accountId}-${startsAt}`, title: 'Meeting', startsAt, endsAt, accountId, attendeeIds, kind };
}

/** A dataset with one calendar-time SLA policy (first reply: urgent 60 min, high 240 min). */
export function makeData(parts: Partial<AccountScoringData> = {}): AccountScoringData {
  return {
    accounts: [],
    tickets: [],
    usage: [],
    npsResponses: [],
    meetings: [],
    teams: [],
    agents: [],
    calendars: [],
    slaPolicies: [{ id: 'sla-1', targets: [{ metric: 'firstReply', priority: 'urgent', targetMinutes: 60 }, { metric: 'firstReply', priority: 'high', targetMinutes: 240 }] }],
    settings: { costs: { currency: 'USD', monthlyOpexCents: 0, aiPricePerResolutionCents: 0, aiPlatformFeeMonthlyCents: 0 }, goals: [] },
    ...parts,
  };
}
