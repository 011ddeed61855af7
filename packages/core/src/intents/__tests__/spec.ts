/**
 * The router's contract as the tests read it from DESIGN §6, written down independently of the registry:
 * who may ask each intent, the catalogue's example questions, and small helpers shared by the test files.
 */
import { expect } from 'vitest';
import type { IntentId, Persona, RouteOptions, RouteResult } from '../../index.js';
import { routeQuery } from '../../index.js';
import type { IntentRegistry } from '../registry.js';

export const ALL_PERSONAS = ['executive', 'manager', 'agent', 'csm'] as const satisfies readonly Persona[];

/** Friday 27 November 2026, 10:00 UTC. Every test that resolves a period injects it. */
export const NOW = '2026-11-27T10:00:00.000Z';

/** DESIGN §6, column "personas" ("all" spelled out). */
export const ALLOWED: Readonly<Record<IntentId, readonly Persona[]>> = {
  'tickets.list': ALL_PERSONAS,
  'tickets.mine': ['agent'],
  'tickets.escalated': ['manager', 'agent'],
  'tickets.byAccount': ['manager', 'agent', 'csm'],
  'ticket.show': ALL_PERSONAS,
  'sla.performance': ['executive', 'manager'],
  'sla.atRisk': ['manager', 'agent'],
  'accounts.churnRisk': ['executive', 'manager', 'csm'],
  'accounts.priority': ['manager'],
  'accounts.highValue': ['executive'],
  'executive.summary': ['executive'],
  'executive.boardMetrics': ['executive'],
  'executive.goals': ['executive'],
  'csat.summary': ['executive', 'manager'],
  'trends.performance': ['executive', 'manager'],
  'support.costs': ['executive', 'manager'],
  'agents.performance': ['manager'],
  'agents.top': ['manager'],
  'agents.lowest': ['manager'],
  'team.workload': ['manager'],
  'team.rebalance': ['manager'],
  'team.capacity': ['manager', 'executive'],
  'agent.dashboard': ['agent'],
  'agent.myPerformance': ['agent'],
  'ai.resolved': ['agent', 'manager', 'executive'],
  'tickets.similar': ['agent'],
  'kb.search': ['agent'],
  'reply.draft': ['agent', 'manager'],
  'message.draft': ['manager', 'csm', 'executive'],
  'call.prep': ['agent', 'csm'],
  'meetings.schedule': ['manager', 'csm', 'executive'],
  'meetings.today': ['agent', 'csm'],
  'tickets.links': ['agent'],
  'accounts.health': ['csm', 'executive'],
  'accounts.adoption': ['csm'],
  'renewals.upcoming': ['csm', 'executive'],
  'accounts.upsell': ['csm'],
  'nps.summary': ['csm', 'executive'],
  help: ALL_PERSONAS,
};

/**
 * DESIGN §6, column "the question", split on ';' and kept verbatim. The agents.top / agents.lowest row holds
 * one question for each.
 */
export const CATALOGUE_EXAMPLES: Readonly<Record<IntentId, readonly string[]>> = {
  'tickets.list': ['Show me all my current tickets'],
  'tickets.mine': [
    'Show me all my currently open support tickets',
    'my urgent tickets',
    'received in last 24 hours',
    'tickets I can close today',
  ],
  'tickets.escalated': ['Show me all escalated tickets requiring manager attention', 'escalated to me'],
  'tickets.byAccount': ['Customers with multiple open tickets', 'conversation history with TechCorp'],
  'ticket.show': ['Show ticket TICK-001'],
  'sla.performance': ['Show me SLA performance dashboard for this quarter'],
  'sla.atRisk': ['Show me tickets at risk of SLA breach (next 24 hours)'],
  'accounts.churnRisk': ['Which customers are at highest risk of churning?'],
  'accounts.priority': ['Show me all high-priority customers needing attention'],
  'accounts.highValue': ['Show me status of top 20 high-value customer accounts'],
  'executive.summary': ['Generate comprehensive executive dashboard summary'],
  'executive.boardMetrics': ['Prepare metrics for board meeting presentation'],
  'executive.goals': ['Show me progress on strategic initiatives and OKRs'],
  'csat.summary': ['Show me customer satisfaction scores'],
  'trends.performance': ['Escalation trends over last 3 months', 'root causes'],
  'support.costs': ['Show team budget and department costs', 'integration ROI'],
  'agents.performance': ['Show me agent performance metrics for this week', 'compare resolution time vs CSAT'],
  'agents.top': ['Who is my top performing agent?'],
  'agents.lowest': ['Who is my most slacking agent?'],
  'team.workload': ['Show me agent workload distribution'],
  'team.rebalance': ['Recommend ticket reassignments for workload balance'],
  'team.capacity': ['Team capacity and forecast for next week'],
  'agent.dashboard': ["Good morning — what's on my plate?"],
  'agent.myPerformance': ['Show me my performance stats vs team average'],
  'ai.resolved': ['How many tickets did AI resolve for me today?'],
  'tickets.similar': ["Find similar tickets I've resolved (for a ticket)"],
  'kb.search': ['Search knowledge base for password reset'],
  'reply.draft': ['Draft response for angry customer in ticket DESK-1002'],
  'message.draft': ['Draft a message to Acme Corp about the outage'],
  'call.prep': ['Prep notes for my 2 PM customer call'],
  'meetings.schedule': ['Schedule a 1-on-1 with Marcus', 'schedule quarterly business reviews for top accounts'],
  'meetings.today': ['Show me my scheduled customer meetings for today'],
  'tickets.links': ['Show me status of Jira issues linked to my tickets'],
  'accounts.health': ['Show me health scores for my assigned clients'],
  'accounts.adoption': ['Which clients have declining product adoption?'],
  'renewals.upcoming': ['Show upcoming renewals in next 90 days'],
  'accounts.upsell': ['Identify upsell and cross-sell opportunities'],
  'nps.summary': ['Show recent customer feedback and NPS scores'],
  help: ['What can you do?'],
};

/** How a refusal may name each persona to the user. */
export const PERSONA_NAME_PATTERNS: Readonly<Record<Persona, RegExp>> = {
  executive: /\bexecutives?\b/i,
  manager: /\bmanagers?\b/i,
  agent: /\bagents?\b/i,
  csm: /\bclient success\b|\bcustomer success\b|\bCSMs?\b/i,
};

/** What a test expects of `params`: every field optional; periods are checked by label only. */
export interface ExpectedParams {
  ticketId?: string;
  accountName?: string;
  agentName?: string;
  limit?: number;
  days?: number;
  hours?: number;
  period?: { label: string };
  priority?: 'low' | 'normal' | 'high' | 'urgent';
  tone?: 'empathetic' | 'apologetic' | 'formal' | 'friendly' | 'concise' | 'firm';
  /** The actual topic must contain this (case-insensitive). */
  topic?: string;
}

/**
 * Differences between expected and actual params, as readable lines (empty when they match).
 * Ids, numbers, priority and tone must be equal; names and period labels equal ignoring case;
 * the topic must contain the expected words.
 */
export function paramIssues(expected: ExpectedParams, actual: RouteResult['params'] | undefined): string[] {
  const got = (actual ?? {}) as Record<string, unknown>;
  const issues: string[] = [];
  for (const [key, want] of Object.entries(expected) as [keyof ExpectedParams, unknown][]) {
    const have = got[key];
    let ok: boolean;
    switch (key) {
      case 'accountName':
      case 'agentName':
        ok = typeof have === 'string' && have.toLowerCase() === String(want).toLowerCase();
        break;
      case 'topic':
        ok = typeof have === 'string' && have.toLowerCase().includes(String(want).toLowerCase());
        break;
      case 'period': {
        const label = (have as { label?: unknown } | undefined)?.label;
        ok = typeof label === 'string' && label.toLowerCase() === (want as { label: string }).label.toLowerCase();
        break;
      }
      default:
        ok = have === want;
    }
    if (!ok) issues.push(`${key}: expected ${JSON.stringify(want)}, got ${JSON.stringify(have)}`);
  }
  return issues;
}

/** routeQuery with the fixed clock. */
export function route(text: string, persona: Persona, options: Omit<RouteOptions, 'persona'> = {}, registry?: IntentRegistry): RouteResult {
  return routeQuery(text, { now: NOW, ...options, persona }, registry);
}

/** Asserts a resolved period: its label (case-insensitive) and `[from, to)` as instants. */
export function expectPeriod(
  period: { label: string; from: string; to: string } | undefined,
  label: string,
  from: string,
  to: string,
): void {
  expect(period, `period ${label}`).toBeDefined();
  if (!period) return;
  expect(period.label.toLowerCase()).toBe(label.toLowerCase());
  expect(new Date(period.from).toISOString(), `${label}: from`).toBe(new Date(from).toISOString());
  expect(new Date(period.to).toISOString(), `${label}: to`).toBe(new Date(to).toISOString());
}

/** A compact description of a result for failure messages. */
export function describeResult(result: RouteResult): string {
  const flags = [result.refused ? 'refused' : '', result.confirmed ? 'confirmed' : '', result.cancelled ? 'cancelled' : '']
    .filter(Boolean)
    .join(',');
  return `${result.intent ?? '(none)'}${flags ? ` [${flags}]` : ''} @${result.confidence.toFixed(2)} ${JSON.stringify(result.params)}`;
}
