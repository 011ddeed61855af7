// Accounts, usage and feedback for the call-prep tests. Not exported from the package.
import type { Account } from '../../contracts/account.js';
import type { NpsResponse } from '../../contracts/nps-response.js';
import type { UsageSnapshot } from '../../contracts/usage-snapshot.js';

/** A weekly usage snapshot ending on `end`. */
export function week(end: string, activeUsers: number, accountId = 'acc-1', logins = activeUsers * 5, licences = 100): UsageSnapshot {
  const start = new Date(Date.parse(end) - 6 * 86_400_000).toISOString().slice(0, 10);
  return { accountId, period: { start, end }, activeUsers, licences, logins, featureUsage: {} };
}

/** An account with defaults; override any field. */
export function account(overrides: Partial<Account> & { id: string }): Account {
  return { name: overrides.id, arr: { amountCents: 12_000_000, currency: 'USD' }, plan: 'Business', segment: 'mid_market', renewalDate: '2026-12-31', csmId: 'csm-1', licences: 100, ...overrides };
}

/** An NPS answer. */
export function nps(id: string, score: number, respondedAt: string, contactId?: string, accountId = 'acc-1'): NpsResponse {
  return { id, accountId, score, respondedAt, ...(contactId === undefined ? {} : { contactId }) };
}
