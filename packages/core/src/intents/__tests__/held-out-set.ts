import type { Persona } from '../../contracts/common.js';
import type { IntentId } from '../intent-ids.js';

/** One held-out phrasing: written blind (without the catalogue or golden set), for an allowed persona. */
export interface HeldOutItem {
  text: string;
  persona: Persona;
  intent: IntentId;
}

/**
 * Generalisation check for the router: 4 new phrasings per intent, in the register people actually use in a
 * chat box (abbreviations, typos, entities). Never tune the catalogue against these.
 */
export const HELD_OUT: readonly HeldOutItem[] = [
  // tickets.list — all personas (scoped)
  { text: 'list every open ticket', persona: 'manager', intent: 'tickets.list' },
  { text: "what's in the support backlog right now?", persona: 'executive', intent: 'tickets.list' },
  { text: 'pull up the full ticket queue pls', persona: 'csm', intent: 'tickets.list' },
  { text: 'can I see all the tickets currently in the system, any status', persona: 'manager', intent: 'tickets.list' },

  // tickets.mine — agent
  { text: "what's assigned to me", persona: 'agent', intent: 'tickets.mine' },
  { text: 'my open tix', persona: 'agent', intent: 'tickets.mine' },
  { text: 'which of my tickets came in over the last day?', persona: 'agent', intent: 'tickets.mine' },
  { text: 'show the urgent ones sitting in my queue', persona: 'agent', intent: 'tickets.mine' },

  // tickets.escalated — manager, agent
  { text: 'anything escalated that needs me?', persona: 'manager', intent: 'tickets.escalated' },
  { text: 'list escalations', persona: 'manager', intent: 'tickets.escalated' },
  { text: 'which tickets got bumped up to tier 2 / escalated today', persona: 'agent', intent: 'tickets.escalated' },
  { text: 'show me the escalted tickets waiting on a manager', persona: 'manager', intent: 'tickets.escalated' },

  // tickets.byAccount — manager, agent, csm
  { text: 'all tickets from Initech', persona: 'csm', intent: 'tickets.byAccount' },
  { text: 'which customers have more than one ticket open right now?', persona: 'manager', intent: 'tickets.byAccount' },
  { text: 'show me the ticket history for Stark Industries', persona: 'agent', intent: 'tickets.byAccount' },
  { text: "what has Globex been raising with support lately", persona: 'csm', intent: 'tickets.byAccount' },

  // ticket.show — all personas (scoped)
  { text: 'open ACME-5521', persona: 'agent', intent: 'ticket.show' },
  { text: "what's the status on #88213?", persona: 'manager', intent: 'ticket.show' },
  { text: 'pull up ticket 40917 for me', persona: 'csm', intent: 'ticket.show' },
  { text: 'details of HELP-207 please', persona: 'executive', intent: 'ticket.show' },

  // sla.performance — executive, manager
  { text: 'how are we doing against our SLAs this quarter', persona: 'executive', intent: 'sla.performance' },
  { text: 'SLA compliance last month', persona: 'manager', intent: 'sla.performance' },
  { text: 'are we hitting first response targets? breakdown by priority', persona: 'manager', intent: 'sla.performance' },
  { text: 'what % of tickets breached SLA in Q3 2026', persona: 'executive', intent: 'sla.performance' },

  // sla.atRisk — manager, agent
  { text: 'anything about to breach?', persona: 'manager', intent: 'sla.atRisk' },
  { text: "which tickets are gonna blow the SLA in the next 4 hours", persona: 'agent', intent: 'sla.atRisk' },
  { text: "what's burning — tickets close to missing their deadline", persona: 'manager', intent: 'sla.atRisk' },
  { text: 'sla risk list for today', persona: 'agent', intent: 'sla.atRisk' },

  // accounts.churnRisk — executive, manager, csm
  { text: 'who are we likely to lose this year?', persona: 'executive', intent: 'accounts.churnRisk' },
  { text: 'customers going quiet — anyone at risk of leaving?', persona: 'csm', intent: 'accounts.churnRisk' },
  { text: 'churn risk', persona: 'manager', intent: 'accounts.churnRisk' },
  { text: 'which accounts look like they might cancel and how much ARR is that', persona: 'executive', intent: 'accounts.churnRisk' },

  // accounts.priority — manager
  { text: 'which key customers need attention from my team right now', persona: 'manager', intent: 'accounts.priority' },
  { text: 'high priority accounts needing follow up', persona: 'manager', intent: 'accounts.priority' },
  { text: 'VIP customers that are unhappy at the moment?', persona: 'manager', intent: 'accounts.priority' },
  { text: 'show the priority customer list that needs action', persona: 'manager', intent: 'accounts.priority' },

  // accounts.highValue — executive
  { text: 'how are our biggest customers doing', persona: 'executive', intent: 'accounts.highValue' },
  { text: 'top 10 accounts by ARR and their status', persona: 'executive', intent: 'accounts.highValue' },
  { text: 'status of the enterprise / strategic accounts', persona: 'executive', intent: 'accounts.highValue' },
  { text: 'give me a look at our highest-revenue clients', persona: 'executive', intent: 'accounts.highValue' },

  // executive.summary — executive
  { text: 'give me the exec overview', persona: 'executive', intent: 'executive.summary' },
  { text: "how's support doing overall? high level pls", persona: 'executive', intent: 'executive.summary' },
  { text: 'summarize the state of customer support for me this week', persona: 'executive', intent: 'executive.summary' },
  { text: 'quick executive snapshot — key KPIs and anything I should worry about', persona: 'executive', intent: 'executive.summary' },

  // executive.boardMetrics — executive
  { text: 'I need numbers for the board deck', persona: 'executive', intent: 'executive.boardMetrics' },
  { text: 'board meeting prep — support metrics', persona: 'executive', intent: 'executive.boardMetrics' },
  { text: 'put together the support slide for the investor update', persona: 'executive', intent: 'executive.boardMetrics' },
  { text: 'metrics pack for the board next thursday', persona: 'executive', intent: 'executive.boardMetrics' },

  // executive.goals — executive
  { text: 'how are we tracking on our OKRs', persona: 'executive', intent: 'executive.goals' },
  { text: 'progress on this year\'s company goals for support', persona: 'executive', intent: 'executive.goals' },
  { text: 'are we on track for our Q4 targets?', persona: 'executive', intent: 'executive.goals' },
  { text: 'status of the strategic initatives', persona: 'executive', intent: 'executive.goals' },

  // csat.summary — executive, manager
  { text: 'how happy are customers with support lately', persona: 'executive', intent: 'csat.summary' },
  { text: 'csat this month', persona: 'manager', intent: 'csat.summary' },
  { text: 'what are the satisfaction ratings looking like after the last release', persona: 'manager', intent: 'csat.summary' },
  { text: 'customer sentiment breakdown', persona: 'executive', intent: 'csat.summary' },

  // trends.performance — executive, manager
  { text: 'are escalations going up or down over the last quarter?', persona: 'manager', intent: 'trends.performance' },
  { text: 'ticket volume trend over the past 6 months', persona: 'executive', intent: 'trends.performance' },
  { text: "what's driving the spike in tickets — root causes?", persona: 'manager', intent: 'trends.performance' },
  { text: 'show how support performance has changed over time', persona: 'executive', intent: 'trends.performance' },

  // support.costs — executive, manager
  { text: 'how much are we spending on support', persona: 'executive', intent: 'support.costs' },
  { text: 'cost per ticket this quarter', persona: 'manager', intent: 'support.costs' },
  { text: 'team budget vs actual spend', persona: 'manager', intent: 'support.costs' },
  { text: 'what ROI are we getting from the zendesk integration and the AI tooling', persona: 'executive', intent: 'support.costs' },

  // agents.performance — manager
  { text: 'how is the team performing this week, per agent', persona: 'manager', intent: 'agents.performance' },
  { text: 'agent stats', persona: 'manager', intent: 'agents.performance' },
  { text: 'compare handle time and csat across my agents', persona: 'manager', intent: 'agents.performance' },
  { text: "how's Dana doing compared to the rest of the team?", persona: 'manager', intent: 'agents.performance' },

  // agents.top — manager
  { text: "who's my best agent right now", persona: 'manager', intent: 'agents.top' },
  { text: 'top 3 perfomers this month', persona: 'manager', intent: 'agents.top' },
  { text: 'who deserves a shout-out this week?', persona: 'manager', intent: 'agents.top' },
  { text: 'which rep is crushing it', persona: 'manager', intent: 'agents.top' },

  // agents.lowest — manager
  { text: 'who is underperforming', persona: 'manager', intent: 'agents.lowest' },
  { text: 'weakest agents this month', persona: 'manager', intent: 'agents.lowest' },
  { text: 'which agent needs coaching the most?', persona: 'manager', intent: 'agents.lowest' },
  { text: "who's falling behind on the team", persona: 'manager', intent: 'agents.lowest' },

  // team.workload — manager
  { text: "who's swamped right now?", persona: 'manager', intent: 'team.workload' },
  { text: 'how are tickets spread across the team', persona: 'manager', intent: 'team.workload' },
  { text: 'open ticket count per agent', persona: 'manager', intent: 'team.workload' },
  { text: 'is anyone overloaded or sitting idle?', persona: 'manager', intent: 'team.workload' },

  // team.rebalance — manager
  { text: 'move some tickets off Dana, she is drowning', persona: 'manager', intent: 'team.rebalance' },
  { text: 'sugest how to redistribute the queue', persona: 'manager', intent: 'team.rebalance' },
  { text: 'rebalance workload', persona: 'manager', intent: 'team.rebalance' },
  { text: 'who should I reassign tickets to so nobody is overloaded', persona: 'manager', intent: 'team.rebalance' },

  // team.capacity — manager, executive
  { text: 'do we have enough people for next week', persona: 'manager', intent: 'team.capacity' },
  { text: 'staffing forecast for the holiday rush', persona: 'executive', intent: 'team.capacity' },
  { text: 'can the team handle the expected volume next month?', persona: 'manager', intent: 'team.capacity' },
  { text: 'capacity planning — headcount vs demand', persona: 'executive', intent: 'team.capacity' },

  // agent.dashboard — agent
  { text: 'morning! what do I have today', persona: 'agent', intent: 'agent.dashboard' },
  { text: 'where should I start today?', persona: 'agent', intent: 'agent.dashboard' },
  { text: 'my day at a glance', persona: 'agent', intent: 'agent.dashboard' },
  { text: "hey, what's on deck for me", persona: 'agent', intent: 'agent.dashboard' },

  // agent.myPerformance — agent
  { text: 'how am I doing this month', persona: 'agent', intent: 'agent.myPerformance' },
  { text: 'my stats compared to the rest of the team', persona: 'agent', intent: 'agent.myPerformance' },
  { text: "what's my csat and avg resolution time", persona: 'agent', intent: 'agent.myPerformance' },
  { text: 'am I above or below team average on handle time?', persona: 'agent', intent: 'agent.myPerformance' },

  // ai.resolved — agent, manager, executive
  { text: 'how many tickets did the bot close this week', persona: 'manager', intent: 'ai.resolved' },
  { text: 'what did AI handle for me today?', persona: 'agent', intent: 'ai.resolved' },
  { text: 'automation deflection rate last month', persona: 'executive', intent: 'ai.resolved' },
  { text: 'tickets auto-resolved without a human', persona: 'manager', intent: 'ai.resolved' },

  // tickets.similar — agent
  { text: 'have we seen something like ACME-5521 before?', persona: 'agent', intent: 'tickets.similar' },
  { text: 'past tickets similar to #88213', persona: 'agent', intent: 'tickets.similar' },
  { text: 'find resolved cases like this one', persona: 'agent', intent: 'tickets.similar' },
  { text: 'any previous tickets with the same issue as 40917 and how were they fixed', persona: 'agent', intent: 'tickets.similar' },

  // kb.search — agent
  { text: 'kb article on SSO setup', persona: 'agent', intent: 'kb.search' },
  { text: 'is there a help doc about refunds?', persona: 'agent', intent: 'kb.search' },
  { text: 'look up how to reset 2FA in the knowledge base', persona: 'agent', intent: 'kb.search' },
  { text: 'search docs for webhook retries', persona: 'agent', intent: 'kb.search' },

  // reply.draft — agent, manager
  { text: 'spin up a reply for ACME-5521', persona: 'agent', intent: 'reply.draft' },
  { text: 'write a response to the customer on #88213, they are pretty upset', persona: 'agent', intent: 'reply.draft' },
  { text: 'help me answer ticket 40917, keep it formal', persona: 'manager', intent: 'reply.draft' },
  { text: 'draft an apologetic reply to this ticket', persona: 'agent', intent: 'reply.draft' },

  // message.draft — manager, csm, executive
  { text: 'write an email to Initech about the outage yesterday', persona: 'csm', intent: 'message.draft' },
  { text: 'draft a note to Stark Industries about their renewal', persona: 'executive', intent: 'message.draft' },
  { text: 'compose a message to the team about the new escalation process', persona: 'manager', intent: 'message.draft' },
  { text: 'help me write a check-in email to Globex, friendly tone', persona: 'csm', intent: 'message.draft' },

  // call.prep — agent, csm
  { text: 'prep me for my call with Initech at 3', persona: 'csm', intent: 'call.prep' },
  { text: 'QBR prep for Stark Industries', persona: 'csm', intent: 'call.prep' },
  { text: 'talking points before I hop on the phone with the customer', persona: 'agent', intent: 'call.prep' },
  { text: 'briefing notes for my customer call this afternoon', persona: 'agent', intent: 'call.prep' },

  // meetings.schedule — manager, csm, executive
  { text: 'set up a 1:1 with Dana next week', persona: 'manager', intent: 'meetings.schedule' },
  { text: 'book a QBR with Initech', persona: 'csm', intent: 'meetings.schedule' },
  { text: 'find time for a meeting with the Stark Industries exec sponsor', persona: 'executive', intent: 'meetings.schedule' },
  { text: 'schedule business reviews with my top accounts', persona: 'csm', intent: 'meetings.schedule' },

  // meetings.today — agent, csm
  { text: 'what meetings do I have today', persona: 'csm', intent: 'meetings.today' },
  { text: 'my calls today?', persona: 'agent', intent: 'meetings.today' },
  { text: "who am I meeting with this afternoon", persona: 'csm', intent: 'meetings.today' },
  { text: "today's customer calendar", persona: 'agent', intent: 'meetings.today' },

  // tickets.links — agent
  { text: 'any updates on the jira bugs linked to my tickets?', persona: 'agent', intent: 'tickets.links' },
  { text: 'status of engineering issues tied to my queue', persona: 'agent', intent: 'tickets.links' },
  { text: 'has dev fixed the bug linked to ACME-5521', persona: 'agent', intent: 'tickets.links' },
  { text: 'linked jira tickets', persona: 'agent', intent: 'tickets.links' },

  // accounts.health — csm, executive
  { text: 'how healthy are my accounts', persona: 'csm', intent: 'accounts.health' },
  { text: 'health score for Initech', persona: 'csm', intent: 'accounts.health' },
  { text: 'which of my clients are in the red on health?', persona: 'csm', intent: 'accounts.health' },
  { text: 'customer health overview across the book', persona: 'executive', intent: 'accounts.health' },

  // accounts.adoption — csm
  { text: 'which customers stopped using the product as much', persona: 'csm', intent: 'accounts.adoption' },
  { text: 'usage dropping anywhere?', persona: 'csm', intent: 'accounts.adoption' },
  { text: 'product adoption by account', persona: 'csm', intent: 'accounts.adoption' },
  { text: 'who has fewer active users / logins than last quarter', persona: 'csm', intent: 'accounts.adoption' },

  // renewals.upcoming — csm, executive
  { text: "what's up for renewal this quarter", persona: 'csm', intent: 'renewals.upcoming' },
  { text: 'contracts expiring in the next 60 days', persona: 'executive', intent: 'renewals.upcoming' },
  { text: 'renewal pipeline', persona: 'csm', intent: 'renewals.upcoming' },
  { text: 'which accounts renew before end of year and are any at risk', persona: 'executive', intent: 'renewals.upcoming' },

  // accounts.upsell — csm
  { text: 'where can we expand revenue', persona: 'csm', intent: 'accounts.upsell' },
  { text: 'upsell candidates', persona: 'csm', intent: 'accounts.upsell' },
  { text: 'which accounts are ready for an upgrade to a higher tier?', persona: 'csm', intent: 'accounts.upsell' },
  { text: 'any cross sell opps with Stark Industries', persona: 'csm', intent: 'accounts.upsell' },

  // nps.summary — csm, executive
  { text: "what's our NPS", persona: 'executive', intent: 'nps.summary' },
  { text: 'latest survey feedback from customers', persona: 'csm', intent: 'nps.summary' },
  { text: 'promoters vs detractors this quarter', persona: 'executive', intent: 'nps.summary' },
  { text: 'what are customers saying in recent nps comments?', persona: 'csm', intent: 'nps.summary' },

  // help — all personas
  { text: 'what can I ask you?', persona: 'agent', intent: 'help' },
  { text: 'help', persona: 'manager', intent: 'help' },
  { text: 'what are you able to do for me', persona: 'csm', intent: 'help' },
  { text: 'how does this assistant work, what commands are there', persona: 'executive', intent: 'help' },
];
