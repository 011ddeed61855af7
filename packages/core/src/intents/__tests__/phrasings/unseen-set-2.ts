/**
 * UNSEEN_SET_2 — a second held-out phrasing set for the router.
 *
 * Written blind on 2026-12-07, without reading the router, its vocabulary (synonyms, idioms, catalogue),
 * the tuning sets or the first unseen set; only DESIGN §1/§6, the intent ids, the params schema, the
 * PhrasingItem type and KNOWN_NAMES were consulted. It measures the router on phrasings no developer has
 * seen: nobody may tune the router on it. If it is ever used for tuning, write a new held-out set.
 */
import type { PhrasingItem } from './phrasing-item.js';

export const UNSEEN_SET_2: readonly PhrasingItem[] = [
  // ── tickets.list (all, scoped) ─────────────────────────────────────────────
  { text: 'Show me all open tickets across the team.', persona: 'manager', intent: 'tickets.list', class: 'plain' },
  { text: 'can I see the current ticket list?', persona: 'executive', intent: 'tickets.list', class: 'casual' },
  { text: 'open tickets list', persona: 'csm', intent: 'tickets.list', class: 'terse' },
  { text: 'List every open support case we have right now.', persona: 'executive', intent: 'tickets.list', class: 'synonym' },
  { text: 'shwo me all the urgnet tickets', persona: 'manager', intent: 'tickets.list', params: { priority: 'urgent' }, class: 'typo' },
  { text: 'Which tickets were opened this week?', persona: 'manager', intent: 'tickets.list', params: { period: 'this week' }, class: 'time' },
  { text: 'I want to see every ticket that is still open.', persona: 'csm', intent: 'tickets.list', class: 'non-question' },
  { text: 'Show all high priority tickets that are still unresolved.', persona: 'executive', intent: 'tickets.list', params: { priority: 'high' }, class: 'plain' },

  // ── tickets.mine (agent) ───────────────────────────────────────────────────
  { text: 'Show me all my open support tickets.', persona: 'agent', intent: 'tickets.mine', class: 'plain' },
  { text: 'what tickets do i have assigned rn?', persona: 'agent', intent: 'tickets.mine', class: 'casual' },
  { text: 'my urgent tickets', persona: 'agent', intent: 'tickets.mine', params: { priority: 'urgent' }, class: 'terse' },
  { text: 'Which of my tickets came in during the last 24 hours?', persona: 'agent', intent: 'tickets.mine', params: { hours: 24 }, class: 'time' },
  { text: 'Which of my tickets can I close out today?', persona: 'agent', intent: 'tickets.mine', params: { period: 'today' }, class: 'time' },
  { text: 'show my hgih priority tikcets', persona: 'agent', intent: 'tickets.mine', params: { priority: 'high' }, class: 'typo' },
  { text: 'List the cases assigned to me that are still unresolved.', persona: 'agent', intent: 'tickets.mine', class: 'synonym' },
  { text: 'Which low priority tickets of mine could I knock out quickly?', persona: 'agent', intent: 'tickets.mine', params: { priority: 'low' }, class: 'idiom' },

  // ── tickets.escalated (manager, agent) ─────────────────────────────────────
  { text: 'Show me all escalated tickets requiring manager attention.', persona: 'manager', intent: 'tickets.escalated', class: 'plain' },
  { text: 'anything escalated to me?', persona: 'agent', intent: 'tickets.escalated', class: 'casual' },
  { text: 'Which tickets have been kicked upstairs to me?', persona: 'manager', intent: 'tickets.escalated', class: 'idiom' },
  { text: 'Which of my cases got bumped up to a supervisor?', persona: 'agent', intent: 'tickets.escalated', class: 'synonym' },
  { text: 'I need to see everything that has been escalated and is still open.', persona: 'manager', intent: 'tickets.escalated', class: 'non-question' },
  { text: 'Which tickets were escalated today?', persona: 'manager', intent: 'tickets.escalated', params: { period: 'today' }, class: 'time' },
  { text: 'Show me escalated tickets with urgent priority.', persona: 'agent', intent: 'tickets.escalated', params: { priority: 'urgent' }, class: 'plain' },

  // ── tickets.byAccount (manager, agent, csm) ────────────────────────────────
  { text: 'Which customers have multiple open tickets?', persona: 'manager', intent: 'tickets.byAccount', class: 'plain' },
  { text: 'Show me the open tickets for northwind', persona: 'csm', intent: 'tickets.byAccount', params: { accountName: 'Northwind Logistics' }, class: 'name' },
  { text: 'Pull up our conversation history with Kestrel Media Group.', persona: 'csm', intent: 'tickets.byAccount', params: { accountName: 'Kestrel Media Group' }, class: 'history' },
  { text: 'Any tickets from Cobalt Robtics?', persona: 'agent', intent: 'tickets.byAccount', params: { accountName: 'Cobalt Robotics' }, class: 'name' },
  { text: 'What has Meridian Foods raised with us in the past?', persona: 'agent', intent: 'tickets.byAccount', params: { accountName: 'Meridian Foods' }, class: 'history' },
  { text: "what's going on ticket-wise with silverline?", persona: 'csm', intent: 'tickets.byAccount', params: { accountName: 'Silverline Insurance' }, class: 'casual' },
  { text: 'Tickets opened by Aster Pharma last month', persona: 'csm', intent: 'tickets.byAccount', params: { accountName: 'Aster Pharma', period: 'last month' }, class: 'time' },
  { text: 'How many open tickets does Tidewater have?', persona: 'manager', intent: 'tickets.byAccount', params: { accountName: 'Tidewater Energy' }, class: 'name' },
  { text: 'open tickets for granite capital', persona: 'csm', intent: 'tickets.byAccount', params: { accountName: 'Granite Capital Partners' }, class: 'name' },
  { text: 'Show me every ticket Redwood Legal has opened since they signed with us.', persona: 'csm', intent: 'tickets.byAccount', params: { accountName: 'Redwood Legal' }, class: 'history' },
  { text: "What's our history with Falcon Aerospace? How many tickets have they logged with us?", persona: 'manager', intent: 'tickets.byAccount', params: { accountName: 'Falcon Aerospace' }, class: 'history' },

  // ── ticket.show (all, scoped) ──────────────────────────────────────────────
  { text: 'Show ticket DESK-1002.', persona: 'agent', intent: 'ticket.show', params: { ticketId: 'DESK-1002' }, class: 'plain' },
  { text: 'TICK-045', persona: 'manager', intent: 'ticket.show', params: { ticketId: 'TICK-045' }, class: 'terse' },
  { text: 'hey can you pull up #48213 for me', persona: 'csm', intent: 'ticket.show', params: { ticketId: '48213' }, class: 'casual' },
  { text: 'whats the staus of ticket 77310', persona: 'executive', intent: 'ticket.show', params: { ticketId: '77310' }, class: 'typo' },
  { text: "Walk me through everything that's happened on DESK-3310 so far.", persona: 'agent', intent: 'ticket.show', params: { ticketId: 'DESK-3310' }, class: 'history' },
  { text: 'Give me the details of case 90114.', persona: 'manager', intent: 'ticket.show', params: { ticketId: '90114' }, class: 'synonym' },
  { text: "What's the SLA clock looking like on ticket SUP-2290?", persona: 'executive', intent: 'ticket.show', params: { ticketId: 'SUP-2290' }, class: 'plain' },
  { text: 'I need the full details for ticket 5521.', persona: 'agent', intent: 'ticket.show', params: { ticketId: '5521' }, class: 'non-question' },
  { text: "What's been the back-and-forth on ticket 81230?", persona: 'agent', intent: 'ticket.show', params: { ticketId: '81230' }, class: 'history' },

  // ── sla.performance (executive, manager) ───────────────────────────────────
  { text: 'Show me the SLA performance dashboard for this quarter.', persona: 'executive', intent: 'sla.performance', params: { period: 'this quarter' }, class: 'plain' },
  { text: 'How did we do against our SLA targets last month?', persona: 'manager', intent: 'sla.performance', params: { period: 'last month' }, class: 'time' },
  { text: 'SLA compliance', persona: 'executive', intent: 'sla.performance', class: 'terse' },
  { text: 'Are we keeping our promises on response times?', persona: 'executive', intent: 'sla.performance', class: 'idiom' },
  { text: 'SLA performance for Q3 2026', persona: 'executive', intent: 'sla.performance', params: { period: 'Q3 2026' }, class: 'time' },
  { text: "What's our SLA compliance on urgent tickets?", persona: 'manager', intent: 'sla.performance', params: { priority: 'urgent' }, class: 'plain' },
  { text: 'how bad were our SLA misses last week?', persona: 'manager', intent: 'sla.performance', params: { period: 'last week' }, class: 'casual' },

  // ── sla.atRisk (manager, agent) ────────────────────────────────────────────
  { text: 'Show me tickets at risk of breaching SLA.', persona: 'manager', intent: 'sla.atRisk', class: 'plain' },
  { text: 'Which of my tickets could breach SLA in the next 4 hours?', persona: 'agent', intent: 'sla.atRisk', params: { hours: 4 }, class: 'time' },
  { text: "What's about to blow through its SLA?", persona: 'manager', intent: 'sla.atRisk', class: 'idiom' },
  { text: 'tickts about to breech sla', persona: 'agent', intent: 'sla.atRisk', class: 'typo' },
  { text: 'SLA at risk next 24h', persona: 'manager', intent: 'sla.atRisk', params: { hours: 24 }, class: 'terse' },
  { text: 'Which cases are close to missing their response deadline?', persona: 'manager', intent: 'sla.atRisk', class: 'synonym' },
  { text: 'anything of mine about to go past its SLA?', persona: 'agent', intent: 'sla.atRisk', class: 'casual' },
  { text: 'Urgent tickets likely to breach in the next 2 hours', persona: 'manager', intent: 'sla.atRisk', params: { hours: 2, priority: 'urgent' }, class: 'time' },

  // ── accounts.churnRisk (executive, manager, csm) ───────────────────────────
  { text: 'Which customers are at highest risk of churning?', persona: 'executive', intent: 'accounts.churnRisk', class: 'plain' },
  { text: "Which of my clients look like they're about to walk?", persona: 'csm', intent: 'accounts.churnRisk', class: 'idiom' },
  { text: 'churn risk', persona: 'executive', intent: 'accounts.churnRisk', class: 'terse' },
  { text: 'Which of my accounts are at risk of churning?', persona: 'csm', intent: 'accounts.churnRisk', class: 'plain' },
  { text: "who's thinking about leaving us?", persona: 'csm', intent: 'accounts.churnRisk', class: 'casual' },
  { text: 'Top 10 accounts most likely to cancel', persona: 'executive', intent: 'accounts.churnRisk', params: { limit: 10 }, class: 'synonym' },
  { text: 'Is Brightwater at risk of churning?', persona: 'csm', intent: 'accounts.churnRisk', params: { accountName: 'Brightwater Utilities' }, class: 'name' },

  // ── accounts.priority (manager) ────────────────────────────────────────────
  { text: 'Show me all high-priority customers needing attention.', persona: 'manager', intent: 'accounts.priority', class: 'plain' },
  { text: 'which key customers need some love from my team?', persona: 'manager', intent: 'accounts.priority', class: 'casual' },
  { text: 'Which VIP clients require attention right now?', persona: 'manager', intent: 'accounts.priority', class: 'synonym' },
  { text: 'high priorty custmers needing atention', persona: 'manager', intent: 'accounts.priority', class: 'typo' },
  { text: 'Which important customers are falling through the cracks?', persona: 'manager', intent: 'accounts.priority', class: 'idiom' },
  { text: 'priority accounts', persona: 'manager', intent: 'accounts.priority', class: 'terse' },
  { text: 'List the strategic customers my team should be focusing on.', persona: 'manager', intent: 'accounts.priority', class: 'non-question' },

  // ── accounts.highValue (executive) ─────────────────────────────────────────
  { text: 'Show me the status of the top 20 high-value customer accounts.', persona: 'executive', intent: 'accounts.highValue', params: { limit: 20 }, class: 'plain' },
  { text: 'how are our biggest customers doing?', persona: 'executive', intent: 'accounts.highValue', class: 'casual' },
  { text: 'How are our largest enterprise clients by revenue holding up?', persona: 'executive', intent: 'accounts.highValue', class: 'synonym' },
  { text: 'top 10 accounts by ARR', persona: 'executive', intent: 'accounts.highValue', params: { limit: 10 }, class: 'terse' },
  { text: 'status of top 5 high valeu acounts', persona: 'executive', intent: 'accounts.highValue', params: { limit: 5 }, class: 'typo' },
  { text: 'How are our whales doing?', persona: 'executive', intent: 'accounts.highValue', class: 'idiom' },
  { text: 'I want an update on our most valuable accounts.', persona: 'executive', intent: 'accounts.highValue', class: 'non-question' },

  // ── executive.summary (executive) ──────────────────────────────────────────
  { text: 'Generate a comprehensive executive dashboard summary.', persona: 'executive', intent: 'executive.summary', class: 'plain' },
  { text: 'Give me the 30,000-foot view of support.', persona: 'executive', intent: 'executive.summary', class: 'idiom' },
  { text: "how's support doing overall?", persona: 'executive', intent: 'executive.summary', class: 'casual' },
  { text: 'exec summary', persona: 'executive', intent: 'executive.summary', class: 'terse' },
  { text: 'executiv sumary pls', persona: 'executive', intent: 'executive.summary', class: 'typo' },
  { text: 'Executive summary for last week', persona: 'executive', intent: 'executive.summary', params: { period: 'last week' }, class: 'time' },
  { text: 'Give me a high-level overview of the support organisation.', persona: 'executive', intent: 'executive.summary', class: 'synonym' },

  // ── executive.boardMetrics (executive) ─────────────────────────────────────
  { text: 'Prepare metrics for the board meeting presentation.', persona: 'executive', intent: 'executive.boardMetrics', class: 'plain' },
  { text: 'need numbers for the board deck, can you pull them?', persona: 'executive', intent: 'executive.boardMetrics', class: 'casual' },
  { text: 'board metrics', persona: 'executive', intent: 'executive.boardMetrics', class: 'terse' },
  { text: 'prep bord meeting metrcs', persona: 'executive', intent: 'executive.boardMetrics', class: 'typo' },
  { text: 'Board pack for Q4 2026', persona: 'executive', intent: 'executive.boardMetrics', params: { period: 'Q4 2026' }, class: 'time' },
  { text: "Put together the support KPIs for our directors' meeting.", persona: 'executive', intent: 'executive.boardMetrics', class: 'synonym' },
  { text: 'Get me board-ready numbers I can put in front of investors.', persona: 'executive', intent: 'executive.boardMetrics', class: 'idiom' },

  // ── executive.goals (executive) ────────────────────────────────────────────
  { text: 'Show me progress on strategic initiatives and OKRs.', persona: 'executive', intent: 'executive.goals', class: 'plain' },
  { text: 'Are we on track to hit our targets this year?', persona: 'executive', intent: 'executive.goals', params: { period: 'this year' }, class: 'idiom' },
  { text: 'How are we tracking against our objectives and key results?', persona: 'executive', intent: 'executive.goals', class: 'synonym' },
  { text: 'OKR progress', persona: 'executive', intent: 'executive.goals', class: 'terse' },
  { text: 'progres on our strategic goals', persona: 'executive', intent: 'executive.goals', class: 'typo' },
  { text: 'are we hitting our goals or what?', persona: 'executive', intent: 'executive.goals', class: 'casual' },
  { text: 'Where do we stand on our Q1 2027 goals?', persona: 'executive', intent: 'executive.goals', params: { period: 'Q1 2027' }, class: 'time' },

  // ── csat.summary (executive, manager) ──────────────────────────────────────
  { text: 'Show me customer satisfaction scores.', persona: 'executive', intent: 'csat.summary', class: 'plain' },
  { text: 'What was CSAT last month?', persona: 'manager', intent: 'csat.summary', params: { period: 'last month' }, class: 'time' },
  { text: 'Give me a temperature check on how happy customers are with support.', persona: 'executive', intent: 'csat.summary', class: 'idiom' },
  { text: 'What are our satisfaction ratings looking like?', persona: 'manager', intent: 'csat.summary', class: 'synonym' },
  { text: 'csat scroes this week', persona: 'manager', intent: 'csat.summary', params: { period: 'this week' }, class: 'typo' },
  { text: 'csat breakdown', persona: 'executive', intent: 'csat.summary', class: 'terse' },
  { text: 'are customers happy with us lately?', persona: 'manager', intent: 'csat.summary', class: 'casual' },
  { text: 'Show me the sentiment breakdown from post-ticket surveys.', persona: 'manager', intent: 'csat.summary', class: 'plain' },

  // ── trends.performance (executive, manager) ────────────────────────────────
  { text: 'Show escalation trends over the last 3 months.', persona: 'manager', intent: 'trends.performance', params: { period: 'last 3 months' }, class: 'plain' },
  { text: 'What are the root causes behind our ticket volume?', persona: 'executive', intent: 'trends.performance', class: 'plain' },
  { text: 'How has ticket volume trended this year?', persona: 'executive', intent: 'trends.performance', params: { period: 'this year' }, class: 'time' },
  { text: 'Which categories are driving most of our cases?', persona: 'manager', intent: 'trends.performance', class: 'synonym' },
  { text: 'Are things getting better or worse in support?', persona: 'executive', intent: 'trends.performance', class: 'idiom' },
  { text: 'escaltion trends last 6 months', persona: 'manager', intent: 'trends.performance', params: { period: 'last 6 months' }, class: 'typo' },
  { text: 'why are we getting so many tickets lately?', persona: 'executive', intent: 'trends.performance', class: 'casual' },
  { text: 'How did first response times trend last quarter?', persona: 'manager', intent: 'trends.performance', params: { period: 'last quarter' }, class: 'time' },

  // ── support.costs (executive, manager) ─────────────────────────────────────
  { text: 'Show team budget and department costs.', persona: 'executive', intent: 'support.costs', class: 'plain' },
  { text: "What's the ROI on our integrations?", persona: 'executive', intent: 'support.costs', class: 'plain' },
  { text: "What's our support spend per ticket?", persona: 'manager', intent: 'support.costs', class: 'synonym' },
  { text: 'Where are we bleeding money in support?', persona: 'executive', intent: 'support.costs', class: 'idiom' },
  { text: 'How much did support cost us last year?', persona: 'executive', intent: 'support.costs', params: { period: 'last year' }, class: 'time' },
  { text: 'are we over budget?', persona: 'manager', intent: 'support.costs', class: 'casual' },

  // ── agents.performance (manager) ───────────────────────────────────────────
  { text: 'Show me agent performance metrics for this week.', persona: 'manager', intent: 'agents.performance', params: { period: 'this week' }, class: 'plain' },
  { text: 'Compare resolution time vs CSAT for each agent.', persona: 'manager', intent: 'agents.performance', class: 'plain' },
  { text: 'How is Priya doing?', persona: 'manager', intent: 'agents.performance', params: { agentName: 'Priya Raman' }, class: 'name' },
  { text: "show me okafor's numbers for last month", persona: 'manager', intent: 'agents.performance', params: { agentName: 'Daniel Okafor', period: 'last month' }, class: 'name' },
  { text: 'Agent stats for the past 2 weeks', persona: 'manager', intent: 'agents.performance', params: { days: 14 }, class: 'time' },
  { text: "Keiko's resolution times this month?", persona: 'manager', intent: 'agents.performance', params: { agentName: 'Keiko Tanaka', period: 'this month' }, class: 'name' },
  { text: "how's camile laurent performing", persona: 'manager', intent: 'agents.performance', params: { agentName: 'Camille Laurent' }, class: 'name' },

  // ── agents.top (manager) ───────────────────────────────────────────────────
  { text: 'Who is my top performing agent?', persona: 'manager', intent: 'agents.top', class: 'plain' },
  { text: "Who's been carrying the team lately?", persona: 'manager', intent: 'agents.top', class: 'idiom' },
  { text: 'top 3 agents', persona: 'manager', intent: 'agents.top', params: { limit: 3 }, class: 'terse' },
  { text: "who's my best performin agent this month", persona: 'manager', intent: 'agents.top', params: { period: 'this month' }, class: 'typo' },
  { text: 'Which rep is my strongest performer?', persona: 'manager', intent: 'agents.top', class: 'synonym' },
  { text: "who's crushing it on the team?", persona: 'manager', intent: 'agents.top', class: 'casual' },
  { text: 'Best agent last quarter?', persona: 'manager', intent: 'agents.top', params: { period: 'last quarter' }, class: 'time' },

  // ── agents.lowest (manager) ────────────────────────────────────────────────
  { text: 'Who is my lowest performing agent?', persona: 'manager', intent: 'agents.lowest', class: 'plain' },
  { text: "Who's dropping the ball on my team?", persona: 'manager', intent: 'agents.lowest', class: 'idiom' },
  { text: "who's slacking?", persona: 'manager', intent: 'agents.lowest', class: 'casual' },
  { text: 'worst perfroming agents', persona: 'manager', intent: 'agents.lowest', class: 'typo' },
  { text: 'bottom 5 agents', persona: 'manager', intent: 'agents.lowest', params: { limit: 5 }, class: 'terse' },
  { text: 'Who had the weakest numbers on the team last week?', persona: 'manager', intent: 'agents.lowest', params: { period: 'last week' }, class: 'time' },

  // ── team.workload (manager) ────────────────────────────────────────────────
  { text: 'Show me agent workload distribution.', persona: 'manager', intent: 'team.workload', class: 'plain' },
  { text: "Who's swamped right now?", persona: 'manager', intent: 'team.workload', class: 'idiom' },
  { text: 'workload distrubution for the team', persona: 'manager', intent: 'team.workload', class: 'typo' },
  { text: "How loaded is Elena's queue compared to everyone else's?", persona: 'manager', intent: 'team.workload', params: { agentName: 'Elena Petrova' }, class: 'name' },
  { text: "who's got the most on their plate?", persona: 'manager', intent: 'team.workload', class: 'casual' },
  { text: 'I want to see how busy each agent is.', persona: 'manager', intent: 'team.workload', class: 'non-question' },

  // ── team.rebalance (manager) ───────────────────────────────────────────────
  { text: 'Recommend ticket reassignments for workload balance.', persona: 'manager', intent: 'team.rebalance', class: 'plain' },
  { text: 'Help me spread the load more evenly.', persona: 'manager', intent: 'team.rebalance', class: 'idiom' },
  { text: "Move some of Hugo's tickets to someone who has room.", persona: 'manager', intent: 'team.rebalance', params: { agentName: 'Hugo Fischer' }, class: 'name' },
  { text: 'rebalnce the queues', persona: 'manager', intent: 'team.rebalance', class: 'typo' },
  { text: 'can we even things out? some folks are drowning', persona: 'manager', intent: 'team.rebalance', class: 'casual' },
  { text: 'Bruno is out sick tomorrow, so his tickets need to go to other people.', persona: 'manager', intent: 'team.rebalance', params: { agentName: 'Bruno Costa' }, class: 'non-question' },

  // ── team.capacity (manager, executive) ─────────────────────────────────────
  { text: 'Show team capacity and forecast for next week.', persona: 'manager', intent: 'team.capacity', params: { period: 'next week' }, class: 'plain' },
  { text: 'Do we have enough hands on deck for the holiday rush?', persona: 'executive', intent: 'team.capacity', class: 'idiom' },
  { text: 'Will our headcount cover projected demand?', persona: 'manager', intent: 'team.capacity', class: 'synonym' },
  { text: 'Capacity forecast for next month', persona: 'manager', intent: 'team.capacity', params: { period: 'next month' }, class: 'time' },
  { text: 'team capacty vs demand', persona: 'executive', intent: 'team.capacity', class: 'typo' },
  { text: 'are we understaffed?', persona: 'executive', intent: 'team.capacity', class: 'casual' },
  { text: 'Can the team handle the expected volume over the next 3 months?', persona: 'executive', intent: 'team.capacity', params: { period: 'next 3 months' }, class: 'time' },

  // ── agent.dashboard (agent) ────────────────────────────────────────────────
  { text: "Good morning — what's on my plate?", persona: 'agent', intent: 'agent.dashboard', class: 'plain' },
  { text: 'morning! where should I start?', persona: 'agent', intent: 'agent.dashboard', class: 'casual' },
  { text: 'my dashboard', persona: 'agent', intent: 'agent.dashboard', class: 'terse' },
  { text: "What's on deck for me this morning?", persona: 'agent', intent: 'agent.dashboard', class: 'idiom' },
  { text: 'Give me a snapshot of my workload and what is coming due.', persona: 'agent', intent: 'agent.dashboard', class: 'synonym' },
  { text: 'whats on my plaet', persona: 'agent', intent: 'agent.dashboard', class: 'typo' },
  { text: 'Just logged in, catch me up on my stuff.', persona: 'agent', intent: 'agent.dashboard', class: 'non-question' },
  { text: "Show me my queue and what's due soon.", persona: 'agent', intent: 'agent.dashboard', class: 'plain' },

  // ── agent.myPerformance (agent) ────────────────────────────────────────────
  { text: 'Show me my performance stats vs the team average.', persona: 'agent', intent: 'agent.myPerformance', class: 'plain' },
  { text: 'how am i doing compared to everyone else?', persona: 'agent', intent: 'agent.myPerformance', class: 'casual' },
  { text: 'my perfomance this mnth', persona: 'agent', intent: 'agent.myPerformance', params: { period: 'this month' }, class: 'typo' },
  { text: 'What was my average resolution time last week?', persona: 'agent', intent: 'agent.myPerformance', params: { period: 'last week' }, class: 'time' },
  { text: 'Am I pulling my weight?', persona: 'agent', intent: 'agent.myPerformance', class: 'idiom' },
  { text: 'Where do my KPIs rank against my colleagues?', persona: 'agent', intent: 'agent.myPerformance', class: 'synonym' },
  { text: 'my stats', persona: 'agent', intent: 'agent.myPerformance', class: 'terse' },
  { text: 'Curious how my CSAT compares to the rest of the team.', persona: 'agent', intent: 'agent.myPerformance', class: 'non-question' },

  // ── ai.resolved (agent, manager, executive) ────────────────────────────────
  { text: 'How many tickets did AI resolve for me today?', persona: 'agent', intent: 'ai.resolved', params: { period: 'today' }, class: 'plain' },
  { text: 'How many cases did the bot deflect this month?', persona: 'executive', intent: 'ai.resolved', params: { period: 'this month' }, class: 'synonym' },
  { text: 'AI resolutions over the last 30 days', persona: 'manager', intent: 'ai.resolved', params: { days: 30 }, class: 'time' },
  { text: 'how many tikets did the ai close for me', persona: 'agent', intent: 'ai.resolved', class: 'typo' },
  { text: 'is the AI actually closing tickets?', persona: 'manager', intent: 'ai.resolved', class: 'casual' },
  { text: 'AI resolution rate', persona: 'executive', intent: 'ai.resolved', class: 'terse' },
  { text: 'AI-resolved tickets in Q2 2026', persona: 'executive', intent: 'ai.resolved', params: { period: 'Q2 2026' }, class: 'time' },
  { text: 'How many tickets did AI resolve for Ana this week?', persona: 'manager', intent: 'ai.resolved', params: { agentName: 'Ana Ribeiro', period: 'this week' }, class: 'name' },

  // ── tickets.similar (agent) ────────────────────────────────────────────────
  { text: "Find similar tickets I've resolved for DESK-2201.", persona: 'agent', intent: 'tickets.similar', params: { ticketId: 'DESK-2201' }, class: 'plain' },
  { text: 'seen anything like 33817 before?', persona: 'agent', intent: 'tickets.similar', params: { ticketId: '33817' }, class: 'casual' },
  { text: 'Pull up past cases resembling TICK-108.', persona: 'agent', intent: 'tickets.similar', params: { ticketId: 'TICK-108' }, class: 'synonym' },
  { text: 'simlar resolved tikets to 4410', persona: 'agent', intent: 'tickets.similar', params: { ticketId: '4410' }, class: 'typo' },
  { text: 'Have we cracked this one before? Ticket DESK-5120.', persona: 'agent', intent: 'tickets.similar', params: { ticketId: 'DESK-5120' }, class: 'idiom' },
  { text: 'Looking for solved tickets that match the issue in 60233.', persona: 'agent', intent: 'tickets.similar', params: { ticketId: '60233' }, class: 'non-question' },
  { text: 'similar to DESK-9001', persona: 'agent', intent: 'tickets.similar', params: { ticketId: 'DESK-9001' }, class: 'terse' },
  { text: 'Show tickets similar to this one that were already solved.', persona: 'agent', intent: 'tickets.similar', class: 'plain' },

  // ── kb.search (agent) ──────────────────────────────────────────────────────
  { text: 'Search the knowledge base for password reset.', persona: 'agent', intent: 'kb.search', params: { topic: 'password reset' }, class: 'plain' },
  { text: 'got a kb article on SSO setup?', persona: 'agent', intent: 'kb.search', params: { topic: 'SSO setup' }, class: 'casual' },
  { text: 'Look up help docs about invoice export.', persona: 'agent', intent: 'kb.search', params: { topic: 'invoice export' }, class: 'synonym' },
  { text: 'kb: API rate limits', persona: 'agent', intent: 'kb.search', params: { topic: 'API rate limits' }, class: 'terse' },
  { text: 'serch knowlege base for two factor authentication', persona: 'agent', intent: 'kb.search', params: { topic: 'two factor authentication' }, class: 'typo' },
  { text: 'Need the article on configuring webhooks.', persona: 'agent', intent: 'kb.search', params: { topic: 'configuring webhooks' }, class: 'non-question' },
  { text: 'What does the playbook say about refund requests?', persona: 'agent', intent: 'kb.search', params: { topic: 'refund requests' }, class: 'idiom' },
  { text: 'Is there documentation on how to merge duplicate accounts?', persona: 'agent', intent: 'kb.search', params: { topic: 'merge duplicate accounts' }, class: 'plain' },

  // ── reply.draft (agent, manager) ───────────────────────────────────────────
  { text: 'Draft a response for the angry customer in ticket DESK-1002.', persona: 'agent', intent: 'reply.draft', params: { ticketId: 'DESK-1002' }, class: 'plain' },
  { text: 'Write an apologetic reply to ticket 58210.', persona: 'agent', intent: 'reply.draft', params: { ticketId: '58210', tone: 'apologetic' }, class: 'plain' },
  { text: 'Compose a sympathetic answer for TICK-330.', persona: 'agent', intent: 'reply.draft', params: { ticketId: 'TICK-330', tone: 'empathetic' }, class: 'synonym' },
  { text: "can you write up a firm reply to 71002, they keep asking for refunds they're not owed", persona: 'manager', intent: 'reply.draft', params: { ticketId: '71002', tone: 'firm' }, class: 'casual' },
  { text: 'draf a replay for DESK-4471', persona: 'agent', intent: 'reply.draft', params: { ticketId: 'DESK-4471' }, class: 'typo' },
  { text: 'reply to 66120, formal', persona: 'agent', intent: 'reply.draft', params: { ticketId: '66120', tone: 'formal' }, class: 'terse' },
  { text: 'Help me smooth things over with the customer on DESK-7781.', persona: 'agent', intent: 'reply.draft', params: { ticketId: 'DESK-7781' }, class: 'idiom' },
  { text: 'Ticket 30512 needs a friendly response from us.', persona: 'manager', intent: 'reply.draft', params: { ticketId: '30512', tone: 'friendly' }, class: 'non-question' },
  { text: 'Put together a brief reply for TICK-912.', persona: 'agent', intent: 'reply.draft', params: { ticketId: 'TICK-912', tone: 'concise' }, class: 'synonym' },

  // ── message.draft (manager, csm, executive) ────────────────────────────────
  { text: 'Draft a message to Juniper Health about the outage.', persona: 'csm', intent: 'message.draft', params: { accountName: 'Juniper Health', topic: 'outage' }, class: 'plain' },
  { text: "Write a note to lumen telecom's leadership about the pricing change.", persona: 'executive', intent: 'message.draft', params: { accountName: 'Lumen Telecom', topic: 'pricing change' }, class: 'name' },
  { text: 'can you write something for orchid retail about their renewal?', persona: 'csm', intent: 'message.draft', params: { accountName: 'Orchid Retail Co', topic: 'renewal' }, class: 'casual' },
  { text: 'draft an emial to Tidewater Energy about the new feature release', persona: 'csm', intent: 'message.draft', params: { accountName: 'Tidewater Energy', topic: 'new feature release' }, class: 'typo' },
  { text: 'Write a formal letter to Granite Capital Partners about the data migration.', persona: 'executive', intent: 'message.draft', params: { accountName: 'Granite Capital Partners', topic: 'data migration', tone: 'formal' }, class: 'plain' },
  { text: 'I want to send Redwood Legal a personal note about our partnership.', persona: 'executive', intent: 'message.draft', params: { accountName: 'Redwood Legal', topic: 'partnership' }, class: 'non-question' },
  { text: 'Help me write a check-in to Falcon Aerospace to get the relationship back on track.', persona: 'csm', intent: 'message.draft', params: { accountName: 'Falcon Aerospace' }, class: 'idiom' },
  { text: 'message to Bluepeak re: maintenance window', persona: 'manager', intent: 'message.draft', params: { accountName: 'Bluepeak Analytics', topic: 'maintenance window' }, class: 'terse' },
  { text: 'draft a note to halcyon about the API deprecation', persona: 'csm', intent: 'message.draft', params: { accountName: 'Halcyon Travel', topic: 'API deprecation' }, class: 'name' },

  // ── call.prep (agent, csm) ─────────────────────────────────────────────────
  { text: 'Prep notes for my 2 PM customer call.', persona: 'csm', intent: 'call.prep', class: 'plain' },
  { text: 'Get me ready for my call with pinecrest', persona: 'csm', intent: 'call.prep', params: { accountName: 'Pinecrest Hotels' }, class: 'name' },
  { text: 'Bring me up to speed before I hop on the phone with Vantage Mobility.', persona: 'agent', intent: 'call.prep', params: { accountName: 'Vantage Mobility' }, class: 'idiom' },
  { text: 'Put together a briefing for my upcoming call with Sable Security.', persona: 'csm', intent: 'call.prep', params: { accountName: 'Sable Security Inc' }, class: 'synonym' },
  { text: 'prep me for my cal with quartz software', persona: 'agent', intent: 'call.prep', params: { accountName: 'Quartz Software' }, class: 'typo' },
  { text: 'got a call with Halcyon in 10 min, what do I need to know?', persona: 'csm', intent: 'call.prep', params: { accountName: 'Halcyon Travel' }, class: 'casual' },
  { text: 'call prep Brightwater', persona: 'csm', intent: 'call.prep', params: { accountName: 'Brightwater Utilities' }, class: 'terse' },
  { text: 'What did we talk about with Aster Pharma last time? I have a call with them next.', persona: 'csm', intent: 'call.prep', params: { accountName: 'Aster Pharma' }, class: 'history' },
  { text: 'prep notes for the call with Lumen', persona: 'agent', intent: 'call.prep', params: { accountName: 'Lumen Telecom' }, class: 'name' },

  // ── meetings.schedule (manager, csm, executive) ────────────────────────────
  { text: 'Schedule a 1-on-1 with Grace Kim.', persona: 'manager', intent: 'meetings.schedule', params: { agentName: 'Grace Kim' }, class: 'plain' },
  { text: 'Schedule quarterly business reviews for my top accounts.', persona: 'csm', intent: 'meetings.schedule', class: 'plain' },
  { text: 'Set up a QBR with cobalt', persona: 'csm', intent: 'meetings.schedule', params: { accountName: 'Cobalt Robotics' }, class: 'name' },
  { text: 'Book time with the Silverline Insurance exec team.', persona: 'executive', intent: 'meetings.schedule', params: { accountName: 'Silverline Insurance' }, class: 'synonym' },
  { text: 'schedle a one on one with james', persona: 'manager', intent: 'meetings.schedule', params: { agentName: 'James Whitaker' }, class: 'typo' },
  { text: 'Set up a meeting with Meridian Foods next week.', persona: 'csm', intent: 'meetings.schedule', params: { accountName: 'Meridian Foods', period: 'next week' }, class: 'time' },
  { text: 'can you find a slot for me and farid this week?', persona: 'manager', intent: 'meetings.schedule', params: { agentName: 'Farid Haddad', period: 'this week' }, class: 'casual' },
  { text: "I'd like a sit-down with the Northwind Logistics CEO sometime next month.", persona: 'executive', intent: 'meetings.schedule', params: { accountName: 'Northwind Logistics', period: 'next month' }, class: 'non-question' },
  { text: 'set up a 1:1 with oliver', persona: 'manager', intent: 'meetings.schedule', params: { agentName: 'Oliver Brandt' }, class: 'name' },

  // ── meetings.today (agent, csm) ────────────────────────────────────────────
  { text: 'Show me my scheduled customer meetings for today.', persona: 'csm', intent: 'meetings.today', params: { period: 'today' }, class: 'plain' },
  { text: 'any customer calls on my calendar today?', persona: 'agent', intent: 'meetings.today', params: { period: 'today' }, class: 'casual' },
  { text: 'What meetings do I have with customers today?', persona: 'csm', intent: 'meetings.today', params: { period: 'today' }, class: 'plain' },
  { text: "today's meetings", persona: 'csm', intent: 'meetings.today', params: { period: 'today' }, class: 'terse' },
  { text: 'my meetngs tday', persona: 'csm', intent: 'meetings.today', params: { period: 'today' }, class: 'typo' },
  { text: 'What client appointments do I have today?', persona: 'csm', intent: 'meetings.today', params: { period: 'today' }, class: 'synonym' },
  { text: "Which customer meetings do I still have for the rest of the day?", persona: 'agent', intent: 'meetings.today', class: 'idiom' },
  { text: "Tell me who I'm meeting with today.", persona: 'csm', intent: 'meetings.today', params: { period: 'today' }, class: 'non-question' },

  // ── tickets.links (agent) ──────────────────────────────────────────────────
  { text: 'Show me the status of Jira issues linked to my tickets.', persona: 'agent', intent: 'tickets.links', class: 'plain' },
  { text: 'any movement on the jira bugs tied to my tickets?', persona: 'agent', intent: 'tickets.links', class: 'casual' },
  { text: "What's the state of the engineering issues attached to my cases?", persona: 'agent', intent: 'tickets.links', class: 'synonym' },
  { text: 'status of linkd jira isues', persona: 'agent', intent: 'tickets.links', class: 'typo' },
  { text: 'Is the Jira issue linked to DESK-2044 fixed yet?', persona: 'agent', intent: 'tickets.links', params: { ticketId: 'DESK-2044' }, class: 'plain' },
  { text: 'linked jira issues', persona: 'agent', intent: 'tickets.links', class: 'terse' },
  { text: 'Has engineering moved the needle on the bugs linked to my tickets?', persona: 'agent', intent: 'tickets.links', class: 'idiom' },

  // ── accounts.health (csm, executive) ───────────────────────────────────────
  { text: 'Show me health scores for my assigned clients.', persona: 'csm', intent: 'accounts.health', class: 'plain' },
  { text: "What's kestrel's health score?", persona: 'csm', intent: 'accounts.health', params: { accountName: 'Kestrel Media Group' }, class: 'name' },
  { text: 'How healthy is the Granite Capital account?', persona: 'executive', intent: 'accounts.health', params: { accountName: 'Granite Capital Partners' }, class: 'name' },
  { text: 'Show me account wellbeing ratings across my portfolio.', persona: 'csm', intent: 'accounts.health', class: 'synonym' },
  { text: 'helth scores for my acounts', persona: 'csm', intent: 'accounts.health', class: 'typo' },
  { text: 'Which accounts are in the red health-wise?', persona: 'executive', intent: 'accounts.health', class: 'idiom' },
  { text: 'health scores', persona: 'csm', intent: 'accounts.health', class: 'terse' },
  { text: 'How did the health scores of my accounts move over the last 30 days?', persona: 'csm', intent: 'accounts.health', params: { days: 30 }, class: 'time' },
  { text: 'health of Bluepeek Analytics', persona: 'executive', intent: 'accounts.health', params: { accountName: 'Bluepeak Analytics' }, class: 'name' },

  // ── accounts.adoption (csm) ────────────────────────────────────────────────
  { text: 'Which clients have declining product adoption?', persona: 'csm', intent: 'accounts.adoption', class: 'plain' },
  { text: 'Which customers are using the product less than before?', persona: 'csm', intent: 'accounts.adoption', class: 'synonym' },
  { text: "Who's going cold on the product?", persona: 'csm', intent: 'accounts.adoption', class: 'idiom' },
  { text: "How's adoption trending at quartz?", persona: 'csm', intent: 'accounts.adoption', params: { accountName: 'Quartz Software' }, class: 'name' },
  { text: 'Show me product adoption for each of my accounts.', persona: 'csm', intent: 'accounts.adoption', class: 'plain' },
  { text: 'decling adoption acounts', persona: 'csm', intent: 'accounts.adoption', class: 'typo' },
  { text: 'Usage drops by account over the last 3 months', persona: 'csm', intent: 'accounts.adoption', params: { period: 'last 3 months' }, class: 'time' },
  { text: 'which of my customers stopped logging in?', persona: 'csm', intent: 'accounts.adoption', class: 'casual' },

  // ── renewals.upcoming (csm, executive) ─────────────────────────────────────
  { text: 'Show upcoming renewals in the next 90 days.', persona: 'csm', intent: 'renewals.upcoming', params: { days: 90 }, class: 'plain' },
  { text: 'What renewals are coming up this quarter?', persona: 'executive', intent: 'renewals.upcoming', params: { period: 'this quarter' }, class: 'time' },
  { text: 'What renewals are coming down the pipe?', persona: 'csm', intent: 'renewals.upcoming', class: 'idiom' },
  { text: 'Which contracts are up for renewal soon?', persona: 'executive', intent: 'renewals.upcoming', class: 'synonym' },
  { text: 'renewls next 60 days', persona: 'csm', intent: 'renewals.upcoming', params: { days: 60 }, class: 'typo' },
  { text: 'Show me the renewal pipeline ranked by risk.', persona: 'csm', intent: 'renewals.upcoming', class: 'plain' },
  { text: 'Which accounts renew in the next 6 months?', persona: 'csm', intent: 'renewals.upcoming', params: { period: 'next 6 months' }, class: 'time' },
  { text: 'renewal pipeline', persona: 'executive', intent: 'renewals.upcoming', class: 'terse' },
  { text: 'Renewals due next month', persona: 'csm', intent: 'renewals.upcoming', params: { period: 'next month' }, class: 'time' },
  { text: 'When is Pinecrest Hotels up for renewal?', persona: 'csm', intent: 'renewals.upcoming', params: { accountName: 'Pinecrest Hotels' }, class: 'name' },
  { text: 'When does vantage renew?', persona: 'executive', intent: 'renewals.upcoming', params: { accountName: 'Vantage Mobility' }, class: 'name' },

  // ── accounts.upsell (csm) ──────────────────────────────────────────────────
  { text: 'Identify upsell and cross-sell opportunities.', persona: 'csm', intent: 'accounts.upsell', class: 'plain' },
  { text: "Where's the low-hanging fruit for expansion?", persona: 'csm', intent: 'accounts.upsell', class: 'idiom' },
  { text: 'Which accounts are ready to buy more seats?', persona: 'csm', intent: 'accounts.upsell', class: 'synonym' },
  { text: 'upsel oportunities', persona: 'csm', intent: 'accounts.upsell', class: 'typo' },
  { text: 'Any expansion potential at Orchid Retail?', persona: 'csm', intent: 'accounts.upsell', params: { accountName: 'Orchid Retail Co' }, class: 'name' },
  { text: 'Which accounts have the best upsell potential?', persona: 'csm', intent: 'accounts.upsell', class: 'plain' },
  { text: 'who can I sell more to?', persona: 'csm', intent: 'accounts.upsell', class: 'casual' },
  { text: "Show me where we're leaving money on the table with existing customers.", persona: 'csm', intent: 'accounts.upsell', class: 'non-question' },

  // ── nps.summary (csm, executive) ───────────────────────────────────────────
  { text: 'Show recent customer feedback and NPS scores.', persona: 'executive', intent: 'nps.summary', class: 'plain' },
  { text: "What's our NPS this quarter?", persona: 'csm', intent: 'nps.summary', params: { period: 'this quarter' }, class: 'time' },
  { text: "How's our net promoter score?", persona: 'executive', intent: 'nps.summary', class: 'synonym' },
  { text: 'nps scroes', persona: 'csm', intent: 'nps.summary', class: 'typo' },
  { text: "What's the word on the street from our promoters and detractors?", persona: 'csm', intent: 'nps.summary', class: 'idiom' },
  { text: 'how many detractors do we have rn?', persona: 'csm', intent: 'nps.summary', class: 'casual' },
  { text: 'NPS trend over the last 6 months', persona: 'executive', intent: 'nps.summary', params: { period: 'last 6 months' }, class: 'time' },
  { text: 'What NPS score did Meridian give us?', persona: 'csm', intent: 'nps.summary', params: { accountName: 'Meridian Foods' }, class: 'name' },

  // ── help (all) ─────────────────────────────────────────────────────────────
  { text: 'What can you do?', persona: 'agent', intent: 'help', class: 'plain' },
  { text: 'hey, what kinds of things can I ask you?', persona: 'manager', intent: 'help', class: 'casual' },
  { text: 'help', persona: 'csm', intent: 'help', class: 'terse' },
  { text: 'waht can u do', persona: 'executive', intent: 'help', class: 'typo' },
  { text: 'List your capabilities.', persona: 'csm', intent: 'help', class: 'synonym' },
  { text: "I'm new here, show me the quick actions available to me.", persona: 'executive', intent: 'help', class: 'non-question' },
  { text: 'What tricks do you have up your sleeve?', persona: 'agent', intent: 'help', class: 'idiom' },
  { text: 'How do I use this assistant?', persona: 'manager', intent: 'help', class: 'plain' },

  // ── refusals: a persona clearly asking for an intent it may not ask ────────
  { text: 'Show me the metrics for the board meeting.', persona: 'agent', intent: 'executive.boardMetrics', refused: true, class: 'refusal' },
  { text: 'Who is the worst performing agent on our team?', persona: 'agent', intent: 'agents.lowest', refused: true, class: 'refusal' },
  { text: "What's our total support cost this quarter?", persona: 'agent', intent: 'support.costs', refused: true, params: { period: 'this quarter' }, class: 'refusal' },
  { text: 'Show me agent workload distribution.', persona: 'csm', intent: 'team.workload', refused: true, class: 'refusal' },
  { text: 'Recommend ticket reassignments to balance the support team.', persona: 'csm', intent: 'team.rebalance', refused: true, class: 'refusal' },
  { text: 'Search the knowledge base for SSO configuration.', persona: 'executive', intent: 'kb.search', refused: true, params: { topic: 'SSO configuration' }, class: 'refusal' },
  { text: 'Which renewals are coming up in the next 60 days?', persona: 'manager', intent: 'renewals.upcoming', refused: true, params: { days: 60 }, class: 'refusal' },
  { text: 'Show me the account health scores for our customers.', persona: 'manager', intent: 'accounts.health', refused: true, class: 'refusal' },
  { text: 'Where are the upsell opportunities in our customer base?', persona: 'manager', intent: 'accounts.upsell', refused: true, class: 'refusal' },
  { text: 'Which customers are most likely to churn?', persona: 'agent', intent: 'accounts.churnRisk', refused: true, class: 'refusal' },
  { text: 'Show me the SLA performance dashboard for this quarter.', persona: 'csm', intent: 'sla.performance', refused: true, params: { period: 'this quarter' }, class: 'refusal' },
  { text: 'Draft a reply to ticket DESK-1188.', persona: 'executive', intent: 'reply.draft', refused: true, params: { ticketId: 'DESK-1188' }, class: 'refusal' },
  { text: 'Who is the top performing agent on the support team?', persona: 'csm', intent: 'agents.top', refused: true, class: 'refusal' },
  { text: 'Generate the executive dashboard summary.', persona: 'agent', intent: 'executive.summary', refused: true, class: 'refusal' },
  { text: 'Show me our NPS scores.', persona: 'manager', intent: 'nps.summary', refused: true, class: 'refusal' },
  { text: "What's the support team's capacity forecast for next week?", persona: 'csm', intent: 'team.capacity', refused: true, params: { period: 'next week' }, class: 'refusal' },
  { text: 'Show me customer satisfaction scores for the whole team this month.', persona: 'agent', intent: 'csat.summary', refused: true, params: { period: 'this month' }, class: 'refusal' },
  { text: 'Which clients have declining product adoption?', persona: 'manager', intent: 'accounts.adoption', refused: true, class: 'refusal' },
  { text: 'Show me progress on our strategic OKRs.', persona: 'agent', intent: 'executive.goals', refused: true, class: 'refusal' },
  { text: 'Status of the top 20 high-value customer accounts', persona: 'manager', intent: 'accounts.highValue', refused: true, params: { limit: 20 }, class: 'refusal' },

  // ── out of the catalogue ───────────────────────────────────────────────────
  { text: "What's the weather like in Lisbon tomorrow?", persona: 'agent', intent: null, class: 'out-of-scope' },
  { text: 'Write me a poem about customer service.', persona: 'executive', intent: null, class: 'out-of-scope' },
  { text: 'Book me a flight to Chicago for next Tuesday.', persona: 'csm', intent: null, class: 'out-of-scope' },
  { text: 'Can you order pizza for the team lunch?', persona: 'manager', intent: null, class: 'out-of-scope' },
  { text: "What's a good recipe for banana bread?", persona: 'agent', intent: null, class: 'out-of-scope' },
  { text: "How is our company's stock price doing today?", persona: 'executive', intent: null, class: 'out-of-scope' },
  { text: 'Remind me to pick up my dry cleaning at 5.', persona: 'csm', intent: null, class: 'out-of-scope' },
  { text: 'Who won the football game last night?', persona: 'agent', intent: null, class: 'out-of-scope' },
  { text: 'Recommend a restaurant near the office for a team dinner.', persona: 'manager', intent: null, class: 'out-of-scope' },
  { text: 'Find me a hotel in London for the conference.', persona: 'executive', intent: null, class: 'out-of-scope' },
  { text: "Translate 'happy birthday' into Japanese for my friend.", persona: 'csm', intent: null, class: 'out-of-scope' },
  { text: 'Tell me a joke.', persona: 'agent', intent: null, class: 'out-of-scope' },
  { text: 'What are good birthday gift ideas for my sister?', persona: 'manager', intent: null, class: 'out-of-scope' },
  { text: "What's the exchange rate from dollars to euros?", persona: 'executive', intent: null, class: 'out-of-scope' },
  { text: 'Draft a limerick about my cat.', persona: 'csm', intent: null, class: 'out-of-scope' },
  { text: 'Schedule my dentist appointment for Friday.', persona: 'manager', intent: null, class: 'out-of-scope' },
];
