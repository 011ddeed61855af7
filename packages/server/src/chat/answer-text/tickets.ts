import type { TicketLink, TicketRow } from '@supportai/core';
import { bold, capitalise, countOf, formatCount, formatDuration, formatPercent, formatSpan, listInWords, quote, slaMetricName } from './format.js';
import { askedPeriodOf, spanWordsOf, templateOf, type AnswerTemplate } from './template.js';

/** What the ticket-table templates read (tickets.list, tickets.mine, tickets.escalated). */
export interface TicketTableView {
  rows: TicketRow[];
  total: number;
  filters: { statuses: string[]; priority: string | null; from: string | null; to: string | null };
  counts: { open: number; breached: number; atRisk: number };
}

export interface TicketsByAccountView {
  groups: { accountName: string; openCount: number; totalCount: number; tickets: TicketRow[] }[];
  matchedAccountId: string | null;
  minimumOpen: number;
}

export interface TicketDetailView {
  ticket: TicketRow & { csat: 'good' | 'bad' | null; resolvedBy: 'human' | 'ai' | null };
  events: unknown[];
  links: TicketLink[];
  sla: { instances: { metric: string; breached: boolean; state: string; remainingMinutes: number }[] };
}

export interface LinkedIssuesView {
  items: { ticket: TicketRow; links: TicketLink[] }[];
  byStatus: Record<string, number>;
}

export interface AiResolvedView {
  from: string;
  to: string;
  aiResolvedCount: number;
  solvedCount: number;
  aiShareOfSolved: number | null;
}

/** A ticket by id and subject: `**DESK-12** “Login fails”`. */
export function ticketLabel(row: { id: string; subject: string }): string {
  return `${bold(row.id)} ${quote(row.subject)}`;
}

/** `due in 29 min` or `overdue by 2 h`. */
export function dueIn(minutes: number): string {
  return minutes >= 0 ? `due in ${formatDuration(minutes)}` : `overdue by ${formatDuration(minutes)}`;
}

/** The row's SLA state in a few words, or null when there is nothing to flag. */
export function slaStateOf(row: TicketRow): string | null {
  if (row.slaLevel === 'breached') return 'SLA breached';
  if (row.slaLevel === 'at_risk') return row.minutesToNextDeadline === null ? 'SLA at risk' : `SLA ${dueIn(row.minutesToNextDeadline)}`;
  return null;
}

/** `**DESK-1** “Subject” (Acme, SLA breached)`: the facts a reader needs to pick the ticket up. */
export function ticketWithContext(row: TicketRow): string {
  const context = [row.accountName, slaStateOf(row)].filter((part): part is string => part !== null);
  return context.length === 0 ? ticketLabel(row) : `${ticketLabel(row)} (${context.join(', ')})`;
}

function statusWords(status: string): string {
  return status.replace(/_/g, ' ');
}

type TableKind = 'list' | 'mine' | 'escalated';

/** tickets.list / tickets.mine / tickets.escalated: how many, how many past or near SLA, the most urgent. */
function describeTicketTable(kind: TableKind): AnswerTemplate {
  return templateOf<TicketTableView>((data, answer) => {
    const { filters, counts, total, rows } = data;
    // With a period the table covers every status (tickets created in it), not only open ones.
    const everyStatus = filters.statuses.includes('solved') || filters.statuses.includes('closed');
    const priority = filters.priority ? `${filters.priority}-priority ` : '';
    const created = filters.from && filters.to ? ` created ${askedPeriodOf(answer) ?? formatSpan(filters.from, filters.to)}` : '';
    const noun = kind === 'escalated' ? `escalated ${priority}ticket` : `${priority}ticket`;
    if (total === 0) {
      if (kind === 'mine') return `You have no open ${noun}s${created}.`;
      if (everyStatus) return `No ${noun}s were${created || ' created in that period'}.`;
      return kind === 'escalated' ? `No ${noun}s are open${created}.` : `No open ${noun}s${created} in your view.`;
    }
    const counted = everyStatus ? `${bold(countOf(total, noun))}${created}, ${formatCount(counts.open)} still open` : `${bold(countOf(total, `open ${noun}`))}${created}`;
    const lead = kind === 'mine' ? `You have ${counted}` : counted;
    const sentences = [`${lead}: ${formatCount(counts.breached)} past SLA and ${formatCount(counts.atRisk)} at risk of breaching.`];
    const first = rows[0];
    if (first) sentences.push(`Most urgent: ${ticketWithContext(first)}.`);
    if (rows.length < total) sentences.push(`The table shows the first ${formatCount(rows.length)}.`);
    return sentences.join(' ');
  });
}

/** tickets.byAccount: one named account's tickets, or the accounts with several open tickets. */
const describeTicketsByAccount = templateOf<TicketsByAccountView>((data) => {
  const [busiest] = data.groups;
  if (data.matchedAccountId !== null) {
    if (!busiest) return 'That account has no tickets in your view.';
    const latest = busiest.tickets[0];
    const history = `${bold(busiest.accountName)} has ${countOf(busiest.openCount, 'open ticket')} (${countOf(busiest.totalCount, 'ticket')} in total).`;
    return latest ? `${history} Latest: ${ticketLabel(latest)}, ${statusWords(latest.status)}.` : history;
  }
  if (!busiest) return `No account has ${formatCount(data.minimumOpen)} or more open tickets.`;
  const accounts = countOf(data.groups.length, 'account');
  const lead = `${bold(accounts)} ${data.groups.length === 1 ? 'has' : 'have'} at least ${formatCount(data.minimumOpen)} open tickets; the busiest is ${bold(busiest.accountName)} with ${formatCount(busiest.openCount)} open (${countOf(busiest.totalCount, 'ticket')} in total).`;
  const urgent = busiest.tickets[0];
  return urgent ? `${lead} Its most urgent: ${ticketWithContext(urgent)}.` : lead;
});

/** ticket.show: status, priority, account, assignee and the SLA clocks. */
const describeTicketShow = templateOf<TicketDetailView>((data) => {
  const { ticket, sla } = data;
  const owner = ticket.assigneeName ? `assigned to ${ticket.assigneeName}` : ticket.resolvedBy === 'ai' ? 'resolved by AI' : 'unassigned';
  const account = ticket.accountName ? ` for ${ticket.accountName}` : '';
  const sentences = [`${ticketLabel(ticket)} is ${statusWords(ticket.status)}, ${ticket.priority} priority${account ? `,${account}` : ''}, ${owner}.`];
  const breached = sla.instances.filter((instance) => instance.breached);
  const running = sla.instances.filter((instance) => instance.state === 'active' && !instance.breached);
  if (sla.instances.length === 0) sentences.push('No SLA clock applies to it.');
  else {
    const breachedWords = breached.length === 0 ? 'none breached' : `${formatCount(breached.length)} breached (${listInWords(breached.map((instance) => slaMetricName(instance.metric)))})`;
    const soonest = running.sort((left, right) => left.remainingMinutes - right.remainingMinutes)[0];
    const next = soonest ? `; ${slaMetricName(soonest.metric)} ${dueIn(soonest.remainingMinutes)}` : '';
    sentences.push(`SLA: ${countOf(sla.instances.length, 'clock')}, ${breachedWords}${next}.`);
  }
  const extras = [`${countOf(data.events.length, 'event')} in its timeline`];
  if (data.links.length > 0) extras.push(`${countOf(data.links.length, 'linked issue')}`);
  if (ticket.csat) extras.push(`rated ${ticket.csat} by the customer`);
  sentences.push(`${capitalise(extras.join('; '))}.`);
  return sentences.join(' ');
});

/** tickets.links: how many tickets wait on external issues, and where those issues stand. */
const describeTicketLinks = templateOf<LinkedIssuesView>((data) => {
  if (data.items.length === 0) return 'None of your open tickets is linked to an external issue.';
  const issues = data.items.reduce((sum, item) => sum + item.links.length, 0);
  const statuses = Object.entries(data.byStatus)
    .sort((left, right) => right[1] - left[1])
    .map(([status, count]) => `${formatCount(count)} ${status}`);
  const [first] = data.items;
  const firstLink = first?.links[0];
  const example = first && firstLink ? ` First: ${ticketLabel(first.ticket)} → ${firstLink.key}${firstLink.status ? ` (${firstLink.status})` : ''}.` : '';
  return `${bold(countOf(data.items.length, 'ticket'))} ${data.items.length === 1 ? 'is' : 'are'} linked to ${countOf(issues, 'external issue')}: ${listInWords(statuses)}.${example}`;
});

/** ai.resolved: the AI's share of the tickets solved in the period. */
const describeAiResolved = templateOf<AiResolvedView>((data, answer) => {
  const span = spanWordsOf(answer, data.from, data.to);
  if (data.solvedCount === 0 || data.aiShareOfSolved === null) return `No tickets were solved ${span}, so none by AI.`;
  return `AI resolved ${bold(`${formatCount(data.aiResolvedCount)} of ${countOf(data.solvedCount, 'ticket')}`)} solved ${span} (${formatPercent(data.aiShareOfSolved)}).`;
});

export const TICKET_TEMPLATES: Readonly<Record<string, AnswerTemplate>> = {
  'tickets.list': describeTicketTable('list'),
  'tickets.mine': describeTicketTable('mine'),
  'tickets.escalated': describeTicketTable('escalated'),
  'tickets.byAccount': describeTicketsByAccount,
  'ticket.show': describeTicketShow,
  'tickets.links': describeTicketLinks,
  'ai.resolved': describeAiResolved,
};
