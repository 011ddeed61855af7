import { SupportAIError } from '../errors/supportai-error.js';
import type { DemoSize } from './types.js';

/** Counts derived from a size: how many of each entity, and how many accounts carry each planted signal. */
export interface DemoScale {
  accounts: number;
  tickets: number;
  /** Agents per team (two teams). */
  agentsPerTeam: number;
  csms: number;
  /** Accounts planted per account signal (churn risk, upsell, declining adoption). */
  plantedAccountsPerSignal: number;
  /** Days of ticket history before `now`. */
  historyDays: number;
}

const MINIMUM_ACCOUNTS = 20;
const MINIMUM_TICKETS = 1500;
const MAXIMUM_ACCOUNTS = 50_000;
const MAXIMUM_TICKETS = 1_000_000;

/** The demo's 40 accounts and 3,000 tickets, or a benchmark size scaled from it. */
export function resolveScale(size: DemoSize): DemoScale {
  if (size === 'small') return { accounts: 40, tickets: 3000, agentsPerTeam: 6, csms: 3, plantedAccountsPerSignal: 3, historyDays: 183 };
  if (typeof size !== 'object' || size === null) {
    throw new SupportAIError('invalid_input', 'Invalid demo size', [{ path: 'size', message: "must be 'small' or { accounts, tickets }" }]);
  }
  const issues = [
    ...countIssues('size.accounts', size.accounts, MINIMUM_ACCOUNTS, MAXIMUM_ACCOUNTS),
    ...countIssues('size.tickets', size.tickets, MINIMUM_TICKETS, MAXIMUM_TICKETS),
  ];
  if (issues.length > 0) throw new SupportAIError('invalid_input', 'Invalid demo size', issues);
  return {
    accounts: size.accounts,
    tickets: size.tickets,
    // About 250 tickets per agent over the six months, as in the small demo.
    agentsPerTeam: Math.max(6, Math.round(size.tickets / 500)),
    csms: Math.max(2, Math.ceil(size.accounts / 15)),
    plantedAccountsPerSignal: Math.max(3, Math.round(size.accounts * 0.04)),
    historyDays: 183,
  };
}

function countIssues(path: string, value: unknown, minimum: number, maximum: number) {
  if (typeof value === 'number' && Number.isInteger(value) && value >= minimum && value <= maximum) return [];
  return [{ path, message: `must be a whole number from ${minimum} to ${maximum}` }];
}
