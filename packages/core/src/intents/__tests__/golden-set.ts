/**
 * Golden set for the deterministic router: questions phrased the way support people type them (terse, lowercase,
 * typos, abbreviations), none copied from DESIGN §6's examples. Each item names the intent a human would pick;
 * `params` lists the entities the phrasing carries (checked with `paramIssues` in spec.ts, periods by label);
 * `refused` marks a question the persona may not ask (the intent is then the one it would have been).
 */
import type { IntentId, Persona } from '../../index.js';
import type { ExpectedParams } from './spec.js';

export interface GoldenItem {
  text: string;
  persona: Persona;
  intent: IntentId;
  params?: ExpectedParams;
  refused?: true;
}

const thisWeek = { label: 'this week' };
const thisMonth = { label: 'this month' };
const lastMonth = { label: 'last month' };
const thisQuarter = { label: 'this quarter' };
const lastQuarter = { label: 'last quarter' };

export const GOLDEN_SET: readonly GoldenItem[] = [
  // ── tickets.list (all, scoped) ─────────────────────────────────────────────
  { text: 'list all open tickets', persona: 'manager', intent: 'tickets.list' },
  { text: 'what tickets are open right now', persona: 'executive', intent: 'tickets.list' },
  { text: 'show me the ticket list', persona: 'csm', intent: 'tickets.list' },
  { text: 'list current tickets', persona: 'agent', intent: 'tickets.list' },
  { text: 'all tikets pls', persona: 'manager', intent: 'tickets.list' },
  { text: 'show me current tickets', persona: 'executive', intent: 'tickets.list' },
  { text: 'view all open tickets', persona: 'csm', intent: 'tickets.list' },
  { text: 'show tickets', persona: 'agent', intent: 'tickets.list' },

  // ── tickets.mine (agent) ───────────────────────────────────────────────────
  { text: 'my urgent tikets', persona: 'agent', intent: 'tickets.mine', params: { priority: 'urgent' } },
  { text: 'which of my tickets are high priority', persona: 'agent', intent: 'tickets.mine', params: { priority: 'high' } },
  { text: 'tickets assigned to me that are still open', persona: 'agent', intent: 'tickets.mine' },
  { text: 'tickets i received in the past 24 hours', persona: 'agent', intent: 'tickets.mine', params: { hours: 24 } },
  { text: 'my open tickets', persona: 'agent', intent: 'tickets.mine' },
  { text: 'which of my tickets can i close out today', persona: 'agent', intent: 'tickets.mine' },
  { text: 'my tickets from the last 2 days', persona: 'agent', intent: 'tickets.mine', params: { days: 2 } },
  { text: 'show my pending tickets', persona: 'agent', intent: 'tickets.mine' },

  // ── tickets.escalated (manager, agent) ─────────────────────────────────────
  { text: 'escalated tickets', persona: 'manager', intent: 'tickets.escalated' },
  { text: 'anything escalted to me?', persona: 'agent', intent: 'tickets.escalated' },
  { text: 'which tickets got escalated to management', persona: 'manager', intent: 'tickets.escalated' },
  { text: 'show escalations from this week', persona: 'manager', intent: 'tickets.escalated', params: { period: thisWeek } },
  { text: 'show the tickets i escalated', persona: 'agent', intent: 'tickets.escalated' },
  { text: 'list open escalations', persona: 'manager', intent: 'tickets.escalated' },
  { text: 'my escalated tickets', persona: 'agent', intent: 'tickets.escalated' },
  { text: 'urgent escalated tickets', persona: 'manager', intent: 'tickets.escalated', params: { priority: 'urgent' } },

  // ── tickets.byAccount (manager, agent, csm) ────────────────────────────────
  { text: 'all tickets from Globex', persona: 'csm', intent: 'tickets.byAccount', params: { accountName: 'Globex' } },
  { text: 'ticket history for Initech', persona: 'agent', intent: 'tickets.byAccount', params: { accountName: 'Initech' } },
  { text: 'which customers have more than one open ticket', persona: 'manager', intent: 'tickets.byAccount' },
  { text: 'custmers with lots of open tickets', persona: 'csm', intent: 'tickets.byAccount' },
  { text: 'tickets grouped by account', persona: 'manager', intent: 'tickets.byAccount' },
  { text: 'previous tickets from Umbrella', persona: 'agent', intent: 'tickets.byAccount', params: { accountName: 'Umbrella' } },
  { text: 'open tickets for Hooli', persona: 'csm', intent: 'tickets.byAccount', params: { accountName: 'Hooli' } },
  { text: 'which accounts have the most open tickets', persona: 'manager', intent: 'tickets.byAccount' },

  // ── ticket.show (all, scoped) ──────────────────────────────────────────────
  { text: 'ticket 4521', persona: 'agent', intent: 'ticket.show', params: { ticketId: '4521' } },
  { text: 'pull up DESK-77', persona: 'manager', intent: 'ticket.show', params: { ticketId: 'DESK-77' } },
  { text: 'whats the status of #8812', persona: 'executive', intent: 'ticket.show', params: { ticketId: '8812' } },
  { text: 'show me TICK-042', persona: 'csm', intent: 'ticket.show', params: { ticketId: 'TICK-042' } },
  { text: 'open tikcet 99812', persona: 'agent', intent: 'ticket.show', params: { ticketId: '99812' } },
  { text: 'details for ticket SUP-20431', persona: 'manager', intent: 'ticket.show', params: { ticketId: 'SUP-20431' } },
  { text: '#300127', persona: 'agent', intent: 'ticket.show', params: { ticketId: '300127' } },
  { text: 'where are we on ticket 7781', persona: 'csm', intent: 'ticket.show', params: { ticketId: '7781' } },

  // ── sla.performance (executive, manager) ───────────────────────────────────
  { text: 'sla compliance this quarter', persona: 'executive', intent: 'sla.performance', params: { period: thisQuarter } },
  { text: 'how are we doing on slas', persona: 'manager', intent: 'sla.performance' },
  { text: 'sla report for last month', persona: 'manager', intent: 'sla.performance', params: { period: lastMonth } },
  { text: 'first response sla vs target', persona: 'executive', intent: 'sla.performance' },
  { text: 'sla breaches by priority this week', persona: 'manager', intent: 'sla.performance', params: { period: thisWeek } },
  { text: 'are we hitting our sla targets', persona: 'executive', intent: 'sla.performance' },
  { text: 'resolution sla perfomance Q3 2026', persona: 'manager', intent: 'sla.performance', params: { period: { label: 'Q3 2026' } } },
  { text: 'sla dashbord', persona: 'executive', intent: 'sla.performance' },

  // ── sla.atRisk (manager, agent) ────────────────────────────────────────────
  { text: 'tickets about to breach sla', persona: 'agent', intent: 'sla.atRisk' },
  { text: 'whats going to breach in the next 4 hours', persona: 'manager', intent: 'sla.atRisk', params: { hours: 4 } },
  { text: 'any sla breaches coming up today', persona: 'agent', intent: 'sla.atRisk' },
  { text: 'at risk tickets', persona: 'manager', intent: 'sla.atRisk' },
  { text: 'which of my tickets are close to breaching', persona: 'agent', intent: 'sla.atRisk' },
  { text: 'sla risk next 48 hours', persona: 'manager', intent: 'sla.atRisk', params: { hours: 48 } },
  { text: 'tickets nearing the sla deadline', persona: 'agent', intent: 'sla.atRisk' },
  { text: 'what will miss sla soon', persona: 'manager', intent: 'sla.atRisk' },

  // ── accounts.churnRisk (executive, manager, csm) ───────────────────────────
  { text: 'churn risk accounts', persona: 'csm', intent: 'accounts.churnRisk' },
  { text: 'who is likely to cancel', persona: 'executive', intent: 'accounts.churnRisk' },
  { text: 'custmers likely to churn', persona: 'manager', intent: 'accounts.churnRisk' },
  { text: 'how much arr is at risk from churn', persona: 'executive', intent: 'accounts.churnRisk' },
  { text: 'which of my clients might leave us', persona: 'csm', intent: 'accounts.churnRisk' },
  { text: 'top 10 churn risks', persona: 'manager', intent: 'accounts.churnRisk', params: { limit: 10 } },
  { text: 'accounts at risk of churning this quarter', persona: 'executive', intent: 'accounts.churnRisk', params: { period: thisQuarter } },
  { text: 'churn risk for Globex', persona: 'csm', intent: 'accounts.churnRisk', params: { accountName: 'Globex' } },
  { text: 'which custmers are about to churn', persona: 'agent', intent: 'accounts.churnRisk', refused: true },

  // ── accounts.priority (manager) ────────────────────────────────────────────
  { text: 'which priority customers need attention', persona: 'manager', intent: 'accounts.priority' },
  { text: 'high priority accounts needing follow up', persona: 'manager', intent: 'accounts.priority' },
  { text: 'key accounts that need me right now', persona: 'manager', intent: 'accounts.priority' },
  { text: 'vip customers needing attention', persona: 'manager', intent: 'accounts.priority' },
  { text: 'which important customers should i look at today', persona: 'manager', intent: 'accounts.priority' },
  { text: 'priority accounts with open issues', persona: 'manager', intent: 'accounts.priority' },
  { text: 'high-prio custmers that need action', persona: 'manager', intent: 'accounts.priority' },

  // ── accounts.highValue (executive) ─────────────────────────────────────────
  { text: 'top 10 accounts by arr', persona: 'executive', intent: 'accounts.highValue', params: { limit: 10 } },
  { text: 'how are our biggest customers doing', persona: 'executive', intent: 'accounts.highValue' },
  { text: 'status of high value accounts', persona: 'executive', intent: 'accounts.highValue' },
  { text: 'top 50 customers', persona: 'executive', intent: 'accounts.highValue', params: { limit: 50 } },
  { text: 'our largest enterprise accounts', persona: 'executive', intent: 'accounts.highValue' },
  { text: 'key accounts by revenue', persona: 'executive', intent: 'accounts.highValue' },
  { text: 'high-value custmer status', persona: 'executive', intent: 'accounts.highValue' },

  // ── executive.summary (executive) ──────────────────────────────────────────
  { text: 'exec summary', persona: 'executive', intent: 'executive.summary' },
  { text: 'give me the executive overview', persona: 'executive', intent: 'executive.summary' },
  { text: 'high level summary of support', persona: 'executive', intent: 'executive.summary' },
  { text: 'summarize support kpis for me', persona: 'executive', intent: 'executive.summary' },
  { text: 'how is support doing overall', persona: 'executive', intent: 'executive.summary' },
  { text: 'executive dashboard', persona: 'executive', intent: 'executive.summary' },
  { text: 'weekly summary for leadership', persona: 'executive', intent: 'executive.summary' },

  // ── executive.boardMetrics (executive) ─────────────────────────────────────
  { text: 'metrics for the board', persona: 'executive', intent: 'executive.boardMetrics' },
  { text: 'board deck numbers', persona: 'executive', intent: 'executive.boardMetrics' },
  { text: 'prep the board pack', persona: 'executive', intent: 'executive.boardMetrics' },
  { text: 'kpis for next weeks board meeting', persona: 'executive', intent: 'executive.boardMetrics' },
  { text: 'what should i show the board', persona: 'executive', intent: 'executive.boardMetrics' },
  { text: 'board presentation metrics', persona: 'executive', intent: 'executive.boardMetrics' },
  { text: 'numbers for the board update', persona: 'executive', intent: 'executive.boardMetrics' },
  { text: 'numbers for the board meeting', persona: 'agent', intent: 'executive.boardMetrics', refused: true },

  // ── executive.goals (executive) ────────────────────────────────────────────
  { text: 'okr progress', persona: 'executive', intent: 'executive.goals' },
  { text: 'how are we tracking against our goals', persona: 'executive', intent: 'executive.goals' },
  { text: 'status of strategic initiatives', persona: 'executive', intent: 'executive.goals' },
  { text: 'are we on track for our goals this year', persona: 'executive', intent: 'executive.goals' },
  { text: 'progress on company okrs', persona: 'executive', intent: 'executive.goals' },
  { text: 'goal attainment this quarter', persona: 'executive', intent: 'executive.goals', params: { period: thisQuarter } },
  { text: 'how close are we to our kpi goals', persona: 'executive', intent: 'executive.goals' },

  // ── csat.summary (executive, manager) ──────────────────────────────────────
  { text: 'csat scores', persona: 'manager', intent: 'csat.summary' },
  { text: 'customer satisfaction this month', persona: 'executive', intent: 'csat.summary', params: { period: thisMonth } },
  { text: 'how happy are customers', persona: 'manager', intent: 'csat.summary' },
  { text: 'sentiment breakdown', persona: 'executive', intent: 'csat.summary' },
  { text: 'csat for the last 30 days', persona: 'manager', intent: 'csat.summary', params: { days: 30 } },
  { text: 'whats our csat', persona: 'executive', intent: 'csat.summary' },
  { text: 'customer satisfction by channel', persona: 'manager', intent: 'csat.summary' },
  { text: 'csat last quarter', persona: 'executive', intent: 'csat.summary', params: { period: lastQuarter } },

  // ── trends.performance (executive, manager) ────────────────────────────────
  { text: 'escalation trends', persona: 'manager', intent: 'trends.performance' },
  { text: 'root causes of escalations', persona: 'executive', intent: 'trends.performance' },
  { text: 'ticket volume trend last 6 months', persona: 'manager', intent: 'trends.performance' },
  { text: 'why are escalations going up', persona: 'executive', intent: 'trends.performance' },
  { text: 'whats driving ticket volume', persona: 'manager', intent: 'trends.performance' },
  { text: 'performance trends this year', persona: 'executive', intent: 'trends.performance' },
  { text: 'top root causes this month', persona: 'manager', intent: 'trends.performance', params: { period: thisMonth } },
  { text: 'escalation trend over the past 2 weeks', persona: 'executive', intent: 'trends.performance', params: { days: 14 } },

  // ── support.costs (executive, manager) ─────────────────────────────────────
  { text: 'support costs', persona: 'executive', intent: 'support.costs' },
  { text: 'team budget', persona: 'manager', intent: 'support.costs' },
  { text: 'cost per ticket', persona: 'executive', intent: 'support.costs' },
  { text: 'how much are we spending on support this quarter', persona: 'manager', intent: 'support.costs', params: { period: thisQuarter } },
  { text: 'roi on our integrations', persona: 'executive', intent: 'support.costs' },
  { text: 'dept costs breakdown', persona: 'manager', intent: 'support.costs' },
  { text: 'are we over budget', persona: 'executive', intent: 'support.costs' },
  { text: 'what does support cost us per month', persona: 'manager', intent: 'support.costs' },

  // ── agents.performance (manager) ───────────────────────────────────────────
  { text: 'agent metrics this week', persona: 'manager', intent: 'agents.performance', params: { period: thisWeek } },
  { text: 'how is each agent performing', persona: 'manager', intent: 'agents.performance' },
  { text: 'compare agents on resolution time and csat', persona: 'manager', intent: 'agents.performance' },
  { text: 'agent performance last month', persona: 'manager', intent: 'agents.performance', params: { period: lastMonth } },
  { text: 'team performance by agent', persona: 'manager', intent: 'agents.performance' },
  { text: 'how is Priya performing', persona: 'manager', intent: 'agents.performance', params: { agentName: 'Priya' } },
  { text: 'agent stats', persona: 'manager', intent: 'agents.performance' },
  { text: 'compare first response times across agents', persona: 'manager', intent: 'agents.performance' },

  // ── agents.top (manager) ───────────────────────────────────────────────────
  { text: "who's my best agent", persona: 'manager', intent: 'agents.top' },
  { text: 'top performer this month', persona: 'manager', intent: 'agents.top', params: { period: thisMonth } },
  { text: 'which agent is crushing it', persona: 'manager', intent: 'agents.top' },
  { text: 'best agent by csat', persona: 'manager', intent: 'agents.top' },
  { text: "who's my strongest agent", persona: 'manager', intent: 'agents.top' },
  { text: 'top 3 agents', persona: 'manager', intent: 'agents.top', params: { limit: 3 } },
  { text: 'highest performing agent this week', persona: 'manager', intent: 'agents.top', params: { period: thisWeek } },
  { text: 'whos the top agent', persona: 'csm', intent: 'agents.top', refused: true },

  // ── agents.lowest (manager) ────────────────────────────────────────────────
  { text: "who's my worst agent", persona: 'manager', intent: 'agents.lowest' },
  { text: 'which agent is underperforming', persona: 'manager', intent: 'agents.lowest' },
  { text: 'lowest performing agent this week', persona: 'manager', intent: 'agents.lowest', params: { period: thisWeek } },
  { text: "who's slacking", persona: 'manager', intent: 'agents.lowest' },
  { text: 'weakest agent on the team', persona: 'manager', intent: 'agents.lowest' },
  { text: 'bottom 5 agents', persona: 'manager', intent: 'agents.lowest', params: { limit: 5 } },
  { text: 'which agent needs coaching', persona: 'manager', intent: 'agents.lowest' },

  // ── team.workload (manager) ────────────────────────────────────────────────
  { text: 'workload distribution', persona: 'manager', intent: 'team.workload' },
  { text: 'who has the most tickets right now', persona: 'manager', intent: 'team.workload' },
  { text: 'how loaded is the team', persona: 'manager', intent: 'team.workload' },
  { text: 'ticket load per agent', persona: 'manager', intent: 'team.workload' },
  { text: 'is anyone overloaded', persona: 'manager', intent: 'team.workload' },
  { text: 'team workload', persona: 'manager', intent: 'team.workload' },
  { text: 'how many tickets does each agent have', persona: 'manager', intent: 'team.workload' },

  // ── team.rebalance (manager) ───────────────────────────────────────────────
  { text: 'rebalance the queue', persona: 'manager', intent: 'team.rebalance' },
  { text: 'suggest ticket reassignments', persona: 'manager', intent: 'team.rebalance' },
  { text: 'redistribute tickets evenly', persona: 'manager', intent: 'team.rebalance' },
  { text: 'who should i move tickets to', persona: 'manager', intent: 'team.rebalance' },
  { text: 'balance the workload across agents', persona: 'manager', intent: 'team.rebalance' },
  { text: 'reassign tickets from overloaded agents', persona: 'manager', intent: 'team.rebalance' },
  { text: 'even out the load', persona: 'manager', intent: 'team.rebalance' },
  { text: 'rebalance ticket assignments', persona: 'csm', intent: 'team.rebalance', refused: true },

  // ── team.capacity (manager, executive) ─────────────────────────────────────
  { text: 'do we have enough capacity next week', persona: 'manager', intent: 'team.capacity' },
  { text: 'staffing forecast', persona: 'executive', intent: 'team.capacity' },
  { text: 'capacity vs demand for next month', persona: 'manager', intent: 'team.capacity' },
  { text: 'are we understaffed', persona: 'executive', intent: 'team.capacity' },
  { text: 'team capacity planning', persona: 'manager', intent: 'team.capacity' },
  { text: 'headcount needed for next quarter', persona: 'executive', intent: 'team.capacity' },
  { text: 'forecast ticket volume vs capacity', persona: 'manager', intent: 'team.capacity' },

  // ── agent.dashboard (agent) ────────────────────────────────────────────────
  { text: 'morning! whats on my plate', persona: 'agent', intent: 'agent.dashboard' },
  { text: 'what should i work on first', persona: 'agent', intent: 'agent.dashboard' },
  { text: 'my dashboard', persona: 'agent', intent: 'agent.dashboard' },
  { text: "what's on deck for me today", persona: 'agent', intent: 'agent.dashboard' },
  { text: 'where do i start today', persona: 'agent', intent: 'agent.dashboard' },
  { text: 'my day at a glance', persona: 'agent', intent: 'agent.dashboard' },
  { text: 'what needs my attention today', persona: 'agent', intent: 'agent.dashboard' },

  // ── agent.myPerformance (agent) ────────────────────────────────────────────
  { text: 'my stats', persona: 'agent', intent: 'agent.myPerformance' },
  { text: 'how am i doing vs the team', persona: 'agent', intent: 'agent.myPerformance' },
  { text: 'my performance this month', persona: 'agent', intent: 'agent.myPerformance', params: { period: thisMonth } },
  { text: 'am i above team average', persona: 'agent', intent: 'agent.myPerformance' },
  { text: 'my csat compared to the team', persona: 'agent', intent: 'agent.myPerformance' },
  { text: 'how do my numbers look', persona: 'agent', intent: 'agent.myPerformance' },
  { text: 'my resolution time vs everyone else', persona: 'agent', intent: 'agent.myPerformance' },

  // ── ai.resolved (agent, manager, executive) ────────────────────────────────
  { text: 'how many tickets did ai close for me today', persona: 'agent', intent: 'ai.resolved', params: { period: { label: 'today' } } },
  { text: 'ai resolutions this week', persona: 'manager', intent: 'ai.resolved', params: { period: thisWeek } },
  { text: 'how many tickets did the ai resolve last month', persona: 'executive', intent: 'ai.resolved', params: { period: lastMonth } },
  { text: 'what did the bot resolve for me', persona: 'agent', intent: 'ai.resolved' },
  { text: 'ai resolved tickets', persona: 'manager', intent: 'ai.resolved' },
  { text: 'ai resolution rate', persona: 'executive', intent: 'ai.resolved' },
  { text: 'tickets the ai handled today', persona: 'agent', intent: 'ai.resolved' },
  { text: 'how much is ai resolving', persona: 'manager', intent: 'ai.resolved' },

  // ── tickets.similar (agent) ────────────────────────────────────────────────
  { text: 'similar tickets to DESK-2210', persona: 'agent', intent: 'tickets.similar', params: { ticketId: 'DESK-2210' } },
  { text: 'have we seen this before? TICK-318', persona: 'agent', intent: 'tickets.similar', params: { ticketId: 'TICK-318' } },
  { text: 'find related resolved tickets for 4521', persona: 'agent', intent: 'tickets.similar', params: { ticketId: '4521' } },
  { text: 'past tickets like #3344', persona: 'agent', intent: 'tickets.similar', params: { ticketId: '3344' } },
  { text: "any similar issues i've solved before", persona: 'agent', intent: 'tickets.similar' },
  { text: 'tickets similar to this one', persona: 'agent', intent: 'tickets.similar' },
  { text: 'show me simlar tickets for ZD-9901', persona: 'agent', intent: 'tickets.similar', params: { ticketId: 'ZD-9901' } },

  // ── kb.search (agent) ──────────────────────────────────────────────────────
  { text: 'kb search sso login', persona: 'agent', intent: 'kb.search', params: { topic: 'sso login' } },
  { text: 'search kb for refund policy', persona: 'agent', intent: 'kb.search', params: { topic: 'refund policy' } },
  { text: 'any articles about 2fa', persona: 'agent', intent: 'kb.search', params: { topic: '2fa' } },
  { text: 'look up docs on api rate limits', persona: 'agent', intent: 'kb.search', params: { topic: 'api rate limits' } },
  { text: 'knowledge base: billing cycle change', persona: 'agent', intent: 'kb.search', params: { topic: 'billing cycle' } },
  { text: 'is there a help article for exporting invoices', persona: 'agent', intent: 'kb.search', params: { topic: 'exporting invoices' } },
  { text: 'find kb article on resetting mfa', persona: 'agent', intent: 'kb.search', params: { topic: 'resetting mfa' } },
  { text: 'search the knowlege base for webhook retries', persona: 'agent', intent: 'kb.search', params: { topic: 'webhook retries' } },
  { text: 'search kb for sso', persona: 'executive', intent: 'kb.search', refused: true },

  // ── reply.draft (agent, manager) ───────────────────────────────────────────
  { text: 'draft reply for DESK-1003', persona: 'agent', intent: 'reply.draft', params: { ticketId: 'DESK-1003' } },
  { text: 'write a response to ticket 5521', persona: 'agent', intent: 'reply.draft', params: { ticketId: '5521' } },
  { text: 'help me respond to this angry customer', persona: 'agent', intent: 'reply.draft', params: { tone: 'empathetic' } },
  { text: 'formal reply for #771', persona: 'manager', intent: 'reply.draft', params: { ticketId: '771', tone: 'formal' } },
  { text: 'draft an apology reply for TICK-12', persona: 'agent', intent: 'reply.draft', params: { ticketId: 'TICK-12' } },
  { text: 'write a reply to the customer on DESK-88', persona: 'manager', intent: 'reply.draft', params: { ticketId: 'DESK-88' } },
  { text: 'suggest a reply for ticket 6610', persona: 'agent', intent: 'reply.draft', params: { ticketId: '6610' } },
  { text: 'draft a response to the frustrated customer in 90211', persona: 'manager', intent: 'reply.draft', params: { ticketId: '90211' } },

  // ── message.draft (manager, csm, executive) ────────────────────────────────
  { text: 'write an email to Globex about the maintenance window', persona: 'csm', intent: 'message.draft', params: { accountName: 'Globex', topic: 'maintenance' } },
  { text: 'draft a note to TechCorp about the price change', persona: 'executive', intent: 'message.draft', params: { accountName: 'TechCorp', topic: 'price change' } },
  { text: 'draft a message to customers about the outage', persona: 'manager', intent: 'message.draft', params: { topic: 'outage' } },
  { text: 'send Initech a message about the new onboarding', persona: 'csm', intent: 'message.draft', params: { accountName: 'Initech' } },
  { text: 'draft an email to Hooli about the incident', persona: 'executive', intent: 'message.draft', params: { accountName: 'Hooli', topic: 'incident' } },
  { text: 'compose a message to Umbrella about the delay', persona: 'manager', intent: 'message.draft', params: { accountName: 'Umbrella', topic: 'delay' } },
  { text: 'draft a check-in email to Stark Industries', persona: 'csm', intent: 'message.draft', params: { accountName: 'Stark Industries' } },

  // ── call.prep (agent, csm) ─────────────────────────────────────────────────
  { text: 'prep for my 3pm call', persona: 'csm', intent: 'call.prep' },
  { text: 'notes for my call with Globex', persona: 'agent', intent: 'call.prep', params: { accountName: 'Globex' } },
  { text: 'get me ready for the Initech call', persona: 'csm', intent: 'call.prep', params: { accountName: 'Initech' } },
  { text: "talking points for tomorrow's customer call", persona: 'agent', intent: 'call.prep' },
  { text: 'call prep Hooli', persona: 'csm', intent: 'call.prep', params: { accountName: 'Hooli' } },
  { text: 'brief me before my call with Umbrella', persona: 'agent', intent: 'call.prep', params: { accountName: 'Umbrella' } },
  { text: 'prepare me for the 10am customer call', persona: 'csm', intent: 'call.prep' },

  // ── meetings.schedule (manager, csm, executive) ────────────────────────────
  { text: 'set up a 1:1 with Priya', persona: 'manager', intent: 'meetings.schedule', params: { agentName: 'Priya' } },
  { text: 'book a qbr with Globex', persona: 'csm', intent: 'meetings.schedule', params: { accountName: 'Globex' } },
  { text: 'schedule a meeting with Marcus on thursday', persona: 'manager', intent: 'meetings.schedule' },
  { text: 'set up a meeting with TechCorp next week', persona: 'executive', intent: 'meetings.schedule' },
  { text: 'schedule qbrs for my top accounts', persona: 'csm', intent: 'meetings.schedule' },
  { text: 'book a 1on1 with Dana', persona: 'manager', intent: 'meetings.schedule', params: { agentName: 'Dana' } },
  { text: 'schedule exec sponsor calls with our top 5 accounts', persona: 'executive', intent: 'meetings.schedule' },
  { text: 'can you book a check-in with Initech', persona: 'csm', intent: 'meetings.schedule' },

  // ── meetings.today (agent, csm) ────────────────────────────────────────────
  { text: 'my meetings today', persona: 'csm', intent: 'meetings.today' },
  { text: 'what calls do i have today', persona: 'agent', intent: 'meetings.today' },
  { text: 'whats on my calendar', persona: 'csm', intent: 'meetings.today' },
  { text: 'any customer meetings this afternoon', persona: 'agent', intent: 'meetings.today' },
  { text: 'todays meetings', persona: 'csm', intent: 'meetings.today' },
  { text: 'do i have any meetings today', persona: 'agent', intent: 'meetings.today' },
  { text: 'customer calls scheduled for today', persona: 'csm', intent: 'meetings.today' },

  // ── tickets.links (agent) ──────────────────────────────────────────────────
  { text: 'jira issues linked to my tickets', persona: 'agent', intent: 'tickets.links' },
  { text: 'status of linked jira bugs', persona: 'agent', intent: 'tickets.links' },
  { text: 'which of my tickets are waiting on engineering', persona: 'agent', intent: 'tickets.links' },
  { text: 'linked issues', persona: 'agent', intent: 'tickets.links' },
  { text: 'any updates on the jira tickets for my cases', persona: 'agent', intent: 'tickets.links' },
  { text: 'show jira links', persona: 'agent', intent: 'tickets.links' },
  { text: 'eng issues linked to my queue', persona: 'agent', intent: 'tickets.links' },

  // ── accounts.health (csm, executive) ───────────────────────────────────────
  { text: 'health scores', persona: 'csm', intent: 'accounts.health' },
  { text: 'account health overview', persona: 'executive', intent: 'accounts.health' },
  { text: 'which of my clients are in the red', persona: 'csm', intent: 'accounts.health' },
  { text: 'health of Globex', persona: 'csm', intent: 'accounts.health', params: { accountName: 'Globex' } },
  { text: 'customer health by segment', persona: 'executive', intent: 'accounts.health' },
  { text: 'how healthy are my accounts', persona: 'csm', intent: 'accounts.health' },
  { text: 'health score trend for key accounts', persona: 'executive', intent: 'accounts.health' },

  // ── accounts.adoption (csm) ────────────────────────────────────────────────
  { text: 'which clients are using the product less', persona: 'csm', intent: 'accounts.adoption' },
  { text: 'declining adoption', persona: 'csm', intent: 'accounts.adoption' },
  { text: 'usage drop by account', persona: 'csm', intent: 'accounts.adoption' },
  { text: 'feature adoption for my accounts', persona: 'csm', intent: 'accounts.adoption' },
  { text: 'who stopped logging in', persona: 'csm', intent: 'accounts.adoption' },
  { text: 'accounts with falling usage', persona: 'csm', intent: 'accounts.adoption' },
  { text: 'adoption dropping anywhere?', persona: 'csm', intent: 'accounts.adoption' },

  // ── renewals.upcoming (csm, executive) ─────────────────────────────────────
  { text: 'renewals next 90 days', persona: 'csm', intent: 'renewals.upcoming', params: { days: 90 } },
  { text: "who's up for renewal this quarter", persona: 'executive', intent: 'renewals.upcoming', params: { period: thisQuarter } },
  { text: 'upcoming renewals', persona: 'csm', intent: 'renewals.upcoming' },
  { text: 'contracts expiring soon', persona: 'executive', intent: 'renewals.upcoming' },
  { text: 'renewal pipeline', persona: 'csm', intent: 'renewals.upcoming' },
  { text: 'which accounts renew in the next 60 days', persona: 'csm', intent: 'renewals.upcoming', params: { days: 60 } },
  { text: 'big renewals coming up', persona: 'executive', intent: 'renewals.upcoming' },

  // ── accounts.upsell (csm) ──────────────────────────────────────────────────
  { text: 'upsell opportunities', persona: 'csm', intent: 'accounts.upsell' },
  { text: 'cross-sell ideas for my accounts', persona: 'csm', intent: 'accounts.upsell' },
  { text: 'who could buy more seats', persona: 'csm', intent: 'accounts.upsell' },
  { text: 'expansion opportunities', persona: 'csm', intent: 'accounts.upsell' },
  { text: 'which clients are ready to upgrade', persona: 'csm', intent: 'accounts.upsell' },
  { text: 'upsell ops for Globex', persona: 'csm', intent: 'accounts.upsell', params: { accountName: 'Globex' } },
  { text: 'accounts with expansion potential', persona: 'csm', intent: 'accounts.upsell' },
  { text: 'any upsell opps?', persona: 'agent', intent: 'accounts.upsell', refused: true },

  // ── nps.summary (csm, executive) ───────────────────────────────────────────
  { text: 'nps scores', persona: 'csm', intent: 'nps.summary' },
  { text: 'recent customer feedback', persona: 'executive', intent: 'nps.summary' },
  { text: 'promoters vs detractors', persona: 'csm', intent: 'nps.summary' },
  { text: 'what are customers saying in surveys', persona: 'executive', intent: 'nps.summary' },
  { text: 'latest nps', persona: 'csm', intent: 'nps.summary' },
  { text: 'nps this quarter', persona: 'executive', intent: 'nps.summary', params: { period: thisQuarter } },
  { text: 'detractor comments from last month', persona: 'csm', intent: 'nps.summary', params: { period: lastMonth } },
  { text: 'our nps', persona: 'manager', intent: 'nps.summary', refused: true },

  // ── help (all) ─────────────────────────────────────────────────────────────
  { text: 'help', persona: 'agent', intent: 'help' },
  { text: 'what can i ask you', persona: 'manager', intent: 'help' },
  { text: 'how do i use this', persona: 'executive', intent: 'help' },
  { text: 'what are my options', persona: 'csm', intent: 'help' },
  { text: 'what can u do', persona: 'agent', intent: 'help' },
  { text: 'show me what you can do', persona: 'manager', intent: 'help' },
  { text: 'what kinds of questions can you answer', persona: 'csm', intent: 'help' },
  { text: 'hi, what can you help with', persona: 'executive', intent: 'help' },
];
