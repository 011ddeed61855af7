import type { IntentParams, Persona } from '@supportai/core';
import { describe, expect, it } from 'vitest';
import { describeAnswer } from '../../src/chat/answer-text/index.js';
import type { ChurnRiskView, NpsSummaryView } from '../../src/chat/answer-text/accounts.js';
import type { MessageDraftView } from '../../src/chat/answer-text/assist.js';
import type { AgentComparisonView, WorkloadView } from '../../src/chat/answer-text/team.js';
import type { TicketsByAccountView, TicketTableView } from '../../src/chat/answer-text/tickets.js';
import { answerFor, dataset, dollarsIn, VIEWERS } from './demo-answers.js';

const account = dataset.accounts.find((candidate) => VIEWERS.csm.accountIds!.includes(candidate.id))!;
const teammate = dataset.agents.filter((agent) => agent.teamId === VIEWERS.manager.teamId)[1]!;
const openTicket = dataset.tickets.find((ticket) => ticket.assigneeId === VIEWERS.agent.agentId && ['new', 'open', 'pending'].includes(ticket.status))!;
const lastWeek = { label: 'last 7 days', from: new Date(Date.parse(dataset.now) - 7 * 86_400_000).toISOString(), to: dataset.now };

function described<View>(intent: string, persona: Persona, params: IntentParams) {
  const answer = answerFor(intent, persona, params);
  const text = describeAnswer(answer);
  // The same hygiene as every default answer.
  expect(text.length).toBeLessThan(600);
  expect(text).not.toMatch(/undefined|NaN|null|\[object/);
  return { text, data: answer.data as View };
}

describe('answers to questions that name an entity or a span', () => {
  it('a period widens the ticket list to tickets created in it, and says how many are still open', () => {
    const { text, data } = described<TicketTableView>('tickets.list', 'manager', { period: lastWeek });
    expect(text).toContain(`**${data.total} tickets** created in the last 7 days, ${data.counts.open} still open`);
  });

  it('a named account’s tickets, churn risk and NPS speak of that account', () => {
    const tickets = described<TicketsByAccountView>('tickets.byAccount', 'csm', { accountName: account.name });
    expect(tickets.text).toContain(`**${account.name}** has ${tickets.data.groups[0]!.openCount} open ticket`);
    const churn = described<ChurnRiskView>('accounts.churnRisk', 'csm', { accountName: account.name });
    const [loss, arr] = dollarsIn(churn.text);
    expect(churn.text.startsWith(`**${account.name}** is at ${churn.data.accounts[0]!.riskBand} churn risk`)).toBe(true);
    expect(Math.round(loss! * 100)).toBe(churn.data.accounts[0]!.expectedLossCents);
    expect(arr).toBe(account.arr.amountCents / 100);
    const nps = described<NpsSummaryView>('nps.summary', 'csm', { accountName: account.name });
    const row = nps.data.byAccount.find((candidate) => candidate.accountId === account.id)!;
    expect(nps.text).toContain(`NPS for **${account.name}**`);
    expect(nps.text).toContain(`from ${row.responseCount} answers`);
  });

  it('a named agent is described on their own in the comparison and the workload', () => {
    const comparison = described<AgentComparisonView>('agents.performance', 'manager', { agentName: teammate.name });
    const entry = comparison.data.agents.find((agent) => agent.agentId === teammate.id)!;
    expect(comparison.text).toMatch(new RegExp(`^\\*\\*${teammate.name}\\*\\* ranks ${entry.rank}(st|nd|rd|th) of ${comparison.data.team.agentsRanked}`));
    const workload = described<WorkloadView>('team.workload', 'manager', { agentName: teammate.name });
    const load = workload.data.agents.find((agent) => agent.agentId === teammate.id)!;
    expect(workload.text.startsWith(`**${teammate.name}** at ${Math.round(load.load * 100)}% of capacity (${load.openTickets} open`)).toBe(true);
  });

  it('an asked horizon is the one the text states', () => {
    expect(described('sla.atRisk', 'manager', { hours: 72 }).text).toContain('in the next 3 days');
  });

  it('a priority filter is named once, not repeated as where the breaches fall', () => {
    const { text } = described('sla.performance', 'executive', { priority: 'urgent' });
    expect(text).toContain('SLA compliance for urgent priority');
    expect(text).not.toContain('most in');
  });

  it('drafts name their tone, their addressee and that nothing is sent', () => {
    expect(described('reply.draft', 'agent', { ticketId: openTicket.id, tone: 'apologetic' }).text).toMatch(new RegExp(`^Drafted an apologetic reply \\(as asked\\) to \\*\\*${openTicket.id}\\*\\*`));
    const message = described<MessageDraftView>('message.draft', 'csm', { accountName: account.name, topic: 'the outage', tone: 'formal' });
    expect(message.text).toBe(`Drafted a formal message to **${account.name}**, subject “${message.data.subject}”${message.data.relatedTickets.length > 0 ? `, referring to ${message.data.relatedTickets.length} ticket${message.data.relatedTickets.length === 1 ? '' : 's'}` : ''}. Nothing is sent until you send it.`);
  });
});
