// Independent measures of the demo data, for the planted-signal tests. Not exported from the package.
import type { Ticket } from '../../contracts/ticket.js';
import { evaluateTicketSla, slaSetupOf } from '../../data/ticket-sla.js';
import { median } from '../../scoring/statistics.js';
import type { DemoDataset } from '../types.js';

const WEIGHTS = { urgent: 3, high: 2, normal: 1, low: 0.5 } as const;
const DAY_MS = 86_400_000;

export function isOpen(ticket: Ticket): boolean {
  return ticket.status !== 'solved' && ticket.status !== 'closed';
}

/** Open tickets of an agent and their priority-weighted load over capacity. */
export function loadOf(dataset: DemoDataset, agentId: string): { open: Ticket[]; points: number; load: number } {
  const agent = dataset.agents.find((candidate) => candidate.id === agentId)!;
  const open = dataset.tickets.filter((ticket) => ticket.assigneeId === agentId && isOpen(ticket));
  const points = open.reduce((sum, ticket) => sum + WEIGHTS[ticket.priority], 0);
  return { open, points, load: points / agent.capacity };
}

/** CSAT credited to an agent at rating time. */
export function csatOf(dataset: DemoDataset, agentId: string): { rate: number; ratings: number } {
  const rated = dataset.tickets.filter((ticket) => ticket.csat?.assigneeIdAtRating === agentId);
  const good = rated.filter((ticket) => ticket.csat?.rating === 'good').length;
  return { rate: good / rated.length, ratings: rated.length };
}

/** Median first-reply time (minutes counted by the SLA engine) over an agent's solved tickets. */
export function medianFirstReplyMinutes(dataset: DemoDataset, agentId: string): number {
  const setup = slaSetupOf(dataset);
  const now = new Date(dataset.now);
  const minutes = dataset.tickets
    .filter((ticket) => ticket.assigneeId === agentId && ticket.solvedAt !== null)
    .map((ticket) => evaluateTicketSla(ticket, setup, now).metrics.firstReply?.[0])
    .filter((instance) => instance?.fulfilledAt)
    .map((instance) => instance!.elapsedMinutes);
  return median(minutes)!;
}

/** Weekly active users of an account, oldest week first. */
export function weeklyActiveUsers(dataset: DemoDataset, accountId: string): number[] {
  return dataset.usage.filter((snapshot) => snapshot.accountId === accountId).map((snapshot) => snapshot.activeUsers);
}

export function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Good share of the account's ratings on tickets created in the last 90 days. */
export function accountCsat(dataset: DemoDataset, accountId: string): number {
  const since = Date.parse(dataset.now) - 90 * DAY_MS;
  const rated = dataset.tickets.filter((ticket) => ticket.accountId === accountId && ticket.csat && Date.parse(ticket.createdAt) > since);
  return rated.filter((ticket) => ticket.csat?.rating === 'good').length / rated.length;
}

/** Days from the demo's date to a `YYYY-MM-DD` date. */
export function daysUntil(dataset: DemoDataset, date: string): number {
  const today = Math.floor(Date.parse(dataset.now) / DAY_MS) * DAY_MS;
  return Math.round((Date.parse(`${date}T00:00:00Z`) - today) / DAY_MS);
}
