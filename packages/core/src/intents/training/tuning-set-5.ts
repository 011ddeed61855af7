/**
 * Fifth tuning set for the question router: realistic support-portal chat phrasings with the expected
 * intent, refusal flag and entity slots, written only for the two leadership personas, `executive`
 * (CEO / CFO / CTO) and `manager` (support-operations manager), roughly half each, covering every intent
 * either persona may ask (DESIGN §6) with about 8–10 phrasings each: full questions, fragments, commands,
 * business jargon (OKRs, QoQ, run-rate, headcount, FTE, backlog, SLA attainment, burn, PIP, AHT, FCR),
 * idioms, casual openers, typos, time spans and named agents / accounts, plus clear refusals (a leader
 * asking an intent their persona may not ask) and out-of-scope questions. Developers MAY tune the router
 * on this set.
 *
 * Written blind on 2026-12-07: without reading the router, its catalogue, vocabulary (synonyms, idioms)
 * or its golden / held-out / unseen sets; only DESIGN.md §1 and §6, intent-ids.ts, params.ts,
 * phrasing-item.ts, known-names.ts and ./tuning-set.ts … ./tuning-set-4.ts (for their format, and to
 * avoid near-duplicates of them) were consulted. Names refer to ../__tests__/phrasings/known-names.ts; expected name slots
 * carry the canonical full name. Period conventions as in ./tuning-set-4.ts: "YTD" / "year to date" =
 * 'this year', "MTD" = 'this month', "QTD" = 'this quarter'; spans in weeks or days are `days`
 * ("past 2 weeks" = 14), spans in hours are `hours`. "QoQ" / "week-over-week" name a comparison, not a
 * period, and carry no period slot.
 */
import type { PhrasingItem } from './phrasing-item.js';

export const TUNING_SET_5: readonly PhrasingItem[] = [
  // tickets.list
  { text: 'how many tickets do we have open company-wide right now?', persona: 'executive', intent: 'tickets.list', class: 'plain' },
  { text: 'whole-company ticket backlog', persona: 'executive', intent: 'tickets.list', class: 'terse' },
  { text: 'what\'s on the docket in support? every open ticket please', persona: 'executive', intent: 'tickets.list', class: 'idiom' },
  { text: 'list every ticket logged this month', persona: 'executive', intent: 'tickets.list', params: { period: 'this month' }, class: 'time' },
  { text: 'tickts opened in Q4 2026', persona: 'executive', intent: 'tickets.list', params: { period: 'Q4 2026' }, class: 'typo' },
  { text: 'full open-ticket inventory across all queues', persona: 'executive', intent: 'tickets.list', class: 'synonym' },
  { text: 'dump the whole list of open tix for me', persona: 'manager', intent: 'tickets.list', class: 'non-question' },
  { text: 'high-priority tickets across every queue', persona: 'manager', intent: 'tickets.list', params: { priority: 'high' }, class: 'plain' },
  { text: 'morning, can u pull every open ticket we\'ve got? coffee\'s still brewing ☕', persona: 'manager', intent: 'tickets.list', class: 'casual' },
  { text: 'tickets created in the past 10 days', persona: 'manager', intent: 'tickets.list', params: { days: 10 }, class: 'time' },

  // ticket.show
  { text: 'what happened with DESK-7781? their CEO just pinged me', persona: 'executive', intent: 'ticket.show', params: { ticketId: 'DESK-7781' }, class: 'casual' },
  { text: 'TICK-3310 status', persona: 'executive', intent: 'ticket.show', params: { ticketId: 'TICK-3310' }, class: 'terse' },
  { text: 'I need the full picture on ticket 84120', persona: 'executive', intent: 'ticket.show', params: { ticketId: '84120' }, class: 'non-question' },
  { text: 'fill me in on case 33871', persona: 'executive', intent: 'ticket.show', params: { ticketId: '33871' }, class: 'synonym' },
  { text: 'where does DESK-9150 stand right now?', persona: 'executive', intent: 'ticket.show', params: { ticketId: 'DESK-9150' }, class: 'plain' },
  { text: 'show me DESK-1450 with its SLA timers', persona: 'manager', intent: 'ticket.show', params: { ticketId: 'DESK-1450' }, class: 'plain' },
  { text: 'shwo ticket 60992', persona: 'manager', intent: 'ticket.show', params: { ticketId: '60992' }, class: 'typo' },
  { text: 'what\'s the story on TICK-7020?', persona: 'manager', intent: 'ticket.show', params: { ticketId: 'TICK-7020' }, class: 'idiom' },
  { text: 'drill into DESK-2604', persona: 'manager', intent: 'ticket.show', params: { ticketId: 'DESK-2604' }, class: 'synonym' },

  // sla.performance
  { text: 'SLA attainment QoQ', persona: 'executive', intent: 'sla.performance', class: 'terse' },
  { text: 'are we hitting our SLAs or bleeding breaches?', persona: 'executive', intent: 'sla.performance', class: 'idiom' },
  { text: 'first-response and resolution SLA compliance for Q3 2026', persona: 'executive', intent: 'sla.performance', params: { period: 'Q3 2026' }, class: 'time' },
  { text: 'hey, a customer exec asked me about our service levels — what % of tickets met SLA last quarter?', persona: 'executive', intent: 'sla.performance', params: { period: 'last quarter' }, class: 'casual' },
  { text: 'sla compliace vs target', persona: 'executive', intent: 'sla.performance', class: 'typo' },
  { text: 'What percentage of our SLAs did we meet this year?', persona: 'executive', intent: 'sla.performance', params: { period: 'this year' }, class: 'plain' },
  { text: 'SLA attainment by priority for the past 30 days', persona: 'manager', intent: 'sla.performance', params: { days: 30 }, class: 'time' },
  { text: 'how many breaches did we rack up this week?', persona: 'manager', intent: 'sla.performance', params: { period: 'this week' }, class: 'idiom' },
  { text: 'SLA report for the ops review', persona: 'manager', intent: 'sla.performance', class: 'non-question' },
  { text: 'are urgent tickets meeting their response targets?', persona: 'manager', intent: 'sla.performance', params: { priority: 'urgent' }, class: 'synonym' },

  // sla.atRisk
  { text: 'what\'s going to breach before end of shift?', persona: 'manager', intent: 'sla.atRisk', class: 'idiom' },
  { text: 'breach risk next 6 hrs', persona: 'manager', intent: 'sla.atRisk', params: { hours: 6 }, class: 'terse' },
  { text: 'anything set to breach in the coming hour?', persona: 'manager', intent: 'sla.atRisk', params: { hours: 1 }, class: 'time' },
  { text: 'which of Grace\'s tickets are about to blow the SLA?', persona: 'manager', intent: 'sla.atRisk', params: { agentName: 'Grace Kim' }, class: 'name' },
  { text: 'sla at rsik queue', persona: 'manager', intent: 'sla.atRisk', class: 'typo' },
  { text: 'before I log off for the day, is anything on the brink of breaching? 🙏', persona: 'manager', intent: 'sla.atRisk', class: 'casual' },
  { text: 'high-priority tickets in danger of missing SLA', persona: 'manager', intent: 'sla.atRisk', params: { priority: 'high' }, class: 'synonym' },
  { text: 'show me breach candidates for the next 12 hours, soonest first', persona: 'manager', intent: 'sla.atRisk', params: { hours: 12 }, class: 'non-question' },
  { text: 'which tickets are skating close to the SLA line?', persona: 'manager', intent: 'sla.atRisk', class: 'idiom' },

  // accounts.churnRisk
  { text: 'how much ARR is at risk from churn right now?', persona: 'executive', intent: 'accounts.churnRisk', class: 'plain' },
  { text: 'which customers are wobbling?', persona: 'executive', intent: 'accounts.churnRisk', class: 'idiom' },
  { text: 'churn exposure by account for next quarter', persona: 'executive', intent: 'accounts.churnRisk', params: { period: 'next quarter' }, class: 'time' },
  { text: 'is Lumen Telecom at risk of leaving us?', persona: 'executive', intent: 'accounts.churnRisk', params: { accountName: 'Lumen Telecom' }, class: 'name' },
  { text: 'retention risk list', persona: 'executive', intent: 'accounts.churnRisk', class: 'terse' },
  { text: 'hey, before the leadership offsite — which accounts are heading for the exit? 😬', persona: 'executive', intent: 'accounts.churnRisk', class: 'casual' },
  { text: 'accounts likely to defect to a competitor', persona: 'manager', intent: 'accounts.churnRisk', class: 'synonym' },
  { text: 'is Halcyon Travel about to churn?', persona: 'manager', intent: 'accounts.churnRisk', params: { accountName: 'Halcyon Travel' }, class: 'name' },
  { text: 'chrun risk top accounts', persona: 'manager', intent: 'accounts.churnRisk', class: 'typo' },
  { text: 'which customers are one bad ticket away from leaving?', persona: 'manager', intent: 'accounts.churnRisk', class: 'idiom' },

  // accounts.priority
  { text: 'which top-tier customers have open issues that need my team today?', persona: 'manager', intent: 'accounts.priority', params: { period: 'today' }, class: 'time' },
  { text: 'flag the enterprise customers we\'re neglecting', persona: 'manager', intent: 'accounts.priority', class: 'synonym' },
  { text: 'priority-account watchlist', persona: 'manager', intent: 'accounts.priority', class: 'terse' },
  { text: 'any key accounts falling through the cracks?', persona: 'manager', intent: 'accounts.priority', class: 'idiom' },
  { text: 'high-touch customers needing action this week', persona: 'manager', intent: 'accounts.priority', params: { period: 'this week' }, class: 'time' },
  { text: 'which premium customers are waiting on a follow-up from us?', persona: 'manager', intent: 'accounts.priority', class: 'synonym' },
  { text: 'hey, prepping for standup — which important accounts do we need to jump on first?', persona: 'manager', intent: 'accounts.priority', class: 'casual' },
  { text: 'hgih priority acounts that need atention', persona: 'manager', intent: 'accounts.priority', class: 'typo' },
  { text: 'Which of our high-priority customers need attention from support right now?', persona: 'manager', intent: 'accounts.priority', class: 'plain' },

  // accounts.highValue
  { text: 'status check on the top 40 accounts by ARR', persona: 'executive', intent: 'accounts.highValue', params: { limit: 40 }, class: 'plain' },
  { text: 'how are our tier-1 customers doing?', persona: 'executive', intent: 'accounts.highValue', class: 'synonym' },
  { text: 'our biggest logos — how are they looking?', persona: 'executive', intent: 'accounts.highValue', class: 'idiom' },
  { text: 'show me the strategic accounts that make up most of our revenue', persona: 'executive', intent: 'accounts.highValue', class: 'non-question' },
  { text: 'top 8 customers by contract value, status pls', persona: 'executive', intent: 'accounts.highValue', params: { limit: 8 }, class: 'terse' },
  { text: 'high-vaule customer status', persona: 'executive', intent: 'accounts.highValue', class: 'typo' },
  { text: 'hey, quick one between meetings — how are our top 5 accounts doing? 🙏', persona: 'executive', intent: 'accounts.highValue', params: { limit: 5 }, class: 'casual' },
  { text: 'where do the accounts over $1M ARR stand?', persona: 'executive', intent: 'accounts.highValue', class: 'synonym' },
  { text: 'top 20 accounts by revenue this year and how they\'re doing', persona: 'executive', intent: 'accounts.highValue', params: { limit: 20, period: 'this year' }, class: 'time' },
  { text: 'which of our most lucrative clients should I be worried about?', persona: 'executive', intent: 'accounts.highValue', class: 'plain' },

  // executive.summary
  { text: 'state of the union for support', persona: 'executive', intent: 'executive.summary', class: 'idiom' },
  { text: 'exec brief for this week', persona: 'executive', intent: 'executive.summary', params: { period: 'this week' }, class: 'time' },
  { text: 'give me the one-pager on support', persona: 'executive', intent: 'executive.summary', class: 'synonym' },
  { text: 'morning ☕ what do I need to know about support?', persona: 'executive', intent: 'executive.summary', class: 'casual' },
  { text: 'Summarize our support KPIs and tell me what needs my attention.', persona: 'executive', intent: 'executive.summary', class: 'plain' },
  { text: 'executive snapshot', persona: 'executive', intent: 'executive.summary', class: 'terse' },
  { text: 'exec sumary pls', persona: 'executive', intent: 'executive.summary', class: 'typo' },
  { text: 'support KPIs, insights and recommended actions in one view', persona: 'executive', intent: 'executive.summary', class: 'non-question' },
  { text: 'ok, big-picture question: is support in good shape or not?', persona: 'executive', intent: 'executive.summary', class: 'casual' },
  { text: 'support overview QTD', persona: 'executive', intent: 'executive.summary', params: { period: 'this quarter' }, class: 'time' },

  // executive.boardMetrics
  { text: 'numbers for the board deck: cost per ticket, SLA and CSAT', persona: 'executive', intent: 'executive.boardMetrics', class: 'non-question' },
  { text: 'board-ready support metrics for this quarter', persona: 'executive', intent: 'executive.boardMetrics', params: { period: 'this quarter' }, class: 'time' },
  { text: 'prep the support section of the board pack', persona: 'executive', intent: 'executive.boardMetrics', class: 'synonym' },
  { text: 'what goes in the Q4 2026 board deck for support?', persona: 'executive', intent: 'executive.boardMetrics', params: { period: 'Q4 2026' }, class: 'time' },
  { text: 'presenting to the board on Thursday, can you build me the support slide? 🙏', persona: 'executive', intent: 'executive.boardMetrics', class: 'casual' },
  { text: 'support figures for the quarterly shareholder letter', persona: 'executive', intent: 'executive.boardMetrics', class: 'synonym' },
  { text: 'baord meeting numbers pls', persona: 'executive', intent: 'executive.boardMetrics', class: 'typo' },
  { text: 'YTD board numbers', persona: 'executive', intent: 'executive.boardMetrics', params: { period: 'this year' }, class: 'terse' },
  { text: 'make me look good in front of the board', persona: 'executive', intent: 'executive.boardMetrics', class: 'idiom' },
  { text: 'What support metrics do the directors need for next week\'s board meeting?', persona: 'executive', intent: 'executive.boardMetrics', class: 'plain' },

  // executive.goals
  { text: 'where are we versus the OKRs we committed to?', persona: 'executive', intent: 'executive.goals', class: 'plain' },
  { text: 'are we green on our Q4 2026 objectives?', persona: 'executive', intent: 'executive.goals', params: { period: 'Q4 2026' }, class: 'time' },
  { text: 'OKR status, red/amber/green', persona: 'executive', intent: 'executive.goals', class: 'terse' },
  { text: 'key results check-in', persona: 'executive', intent: 'executive.goals', class: 'synonym' },
  { text: 'which strategic goals are slipping?', persona: 'executive', intent: 'executive.goals', class: 'idiom' },
  { text: 'progress to plan on our support targets this year', persona: 'executive', intent: 'executive.goals', params: { period: 'this year' }, class: 'time' },
  { text: 'okr progess', persona: 'executive', intent: 'executive.goals', class: 'typo' },
  { text: 'hey, before the all-hands — are we going to hit our goals this year? 🤞', persona: 'executive', intent: 'executive.goals', params: { period: 'this year' }, class: 'casual' },
  { text: 'initiative tracker update for the leadership team', persona: 'executive', intent: 'executive.goals', class: 'non-question' },
  { text: 'how close are we to hitting the support KPI goals in our plan?', persona: 'executive', intent: 'executive.goals', class: 'plain' },

  // csat.summary
  { text: 'CSAT quarter to date', persona: 'executive', intent: 'csat.summary', params: { period: 'this quarter' }, class: 'time' },
  { text: 'do customers give our support a thumbs up or a thumbs down?', persona: 'executive', intent: 'csat.summary', class: 'idiom' },
  { text: 'customer satisfaction readout', persona: 'executive', intent: 'csat.summary', class: 'synonym' },
  { text: 'csat scroe', persona: 'executive', intent: 'csat.summary', class: 'typo' },
  { text: 'hey — seeing some grumpy tweets, how\'s our CSAT actually? 😕', persona: 'executive', intent: 'csat.summary', class: 'casual' },
  { text: 'What is our CSAT this month compared with our target?', persona: 'executive', intent: 'csat.summary', params: { period: 'this month' }, class: 'plain' },
  { text: 'CSAT by priority for the last 14 days', persona: 'manager', intent: 'csat.summary', params: { days: 14 }, class: 'time' },
  { text: 'what\'s the average satisfaction rating on closed tickets?', persona: 'manager', intent: 'csat.summary', class: 'plain' },
  { text: 'sentiment breakdown for last week\'s tickets', persona: 'manager', intent: 'csat.summary', params: { period: 'last week' }, class: 'synonym' },
  { text: 'satisfaction survey results', persona: 'manager', intent: 'csat.summary', class: 'terse' },
  { text: 'csta numbers today', persona: 'manager', intent: 'csat.summary', params: { period: 'today' }, class: 'typo' },

  // trends.performance
  { text: 'QoQ trends in ticket volume and resolution time', persona: 'executive', intent: 'trends.performance', class: 'synonym' },
  { text: 'what\'s behind the uptick in escalations?', persona: 'executive', intent: 'trends.performance', class: 'idiom' },
  { text: 'ticket volume trend over the last 3 months', persona: 'executive', intent: 'trends.performance', params: { period: 'last 3 months' }, class: 'time' },
  { text: 'are we getting faster or slower at resolving tickets?', persona: 'executive', intent: 'trends.performance', class: 'plain' },
  { text: 'tredns in support metrics', persona: 'executive', intent: 'trends.performance', class: 'typo' },
  { text: 'hey, the CTO wants to know — is the new release driving more tickets? 🤔', persona: 'executive', intent: 'trends.performance', class: 'casual' },
  { text: 'top contact drivers this quarter', persona: 'manager', intent: 'trends.performance', params: { period: 'this quarter' }, class: 'time' },
  { text: 'week-over-week escalation rate', persona: 'manager', intent: 'trends.performance', class: 'terse' },
  { text: 'what\'s causing all the billing tickets lately?', persona: 'manager', intent: 'trends.performance', class: 'plain' },
  { text: 'root-cause breakdown for the last 90 days', persona: 'manager', intent: 'trends.performance', params: { days: 90 }, class: 'non-question' },

  // support.costs
  { text: 'what\'s our support run-rate?', persona: 'executive', intent: 'support.costs', class: 'synonym' },
  { text: 'cost per ticket QoQ', persona: 'executive', intent: 'support.costs', class: 'terse' },
  { text: 'support burn for Q3 2026', persona: 'executive', intent: 'support.costs', params: { period: 'Q3 2026' }, class: 'time' },
  { text: 'what ROI are we getting from the Salesforce integration?', persona: 'executive', intent: 'support.costs', class: 'synonym' },
  { text: 'How much does each support FTE cost us, fully loaded?', persona: 'executive', intent: 'support.costs', class: 'plain' },
  { text: 'is support a money pit?', persona: 'executive', intent: 'support.costs', class: 'idiom' },
  { text: 'are we tracking to budget this month?', persona: 'manager', intent: 'support.costs', params: { period: 'this month' }, class: 'plain' },
  { text: 'spend vs plan for the support org', persona: 'manager', intent: 'support.costs', class: 'synonym' },
  { text: 'budjet vs actuals', persona: 'manager', intent: 'support.costs', class: 'typo' },
  { text: 'cost per contact last quarter', persona: 'manager', intent: 'support.costs', params: { period: 'last quarter' }, class: 'time' },

  // agents.performance
  { text: 'how\'s Bruno tracking against his targets?', persona: 'manager', intent: 'agents.performance', params: { agentName: 'Bruno Costa' }, class: 'name' },
  { text: 'agent KPIs MTD', persona: 'manager', intent: 'agents.performance', params: { period: 'this month' }, class: 'terse' },
  { text: 'handle time and CSAT for each rep last month', persona: 'manager', intent: 'agents.performance', params: { period: 'last month' }, class: 'time' },
  { text: 'pull Elena Petrova\'s metrics for Q3 2026', persona: 'manager', intent: 'agents.performance', params: { agentName: 'Elena Petrova', period: 'Q3 2026' }, class: 'time' },
  { text: 'give me a performance snapshot on Camille Laurent', persona: 'manager', intent: 'agents.performance', params: { agentName: 'Camille Laurent' }, class: 'name' },
  { text: 'how is jmes whitaker performing', persona: 'manager', intent: 'agents.performance', params: { agentName: 'James Whitaker' }, class: 'typo' },
  { text: 'side-by-side of every agent: FCR, AHT and CSAT', persona: 'manager', intent: 'agents.performance', class: 'synonym' },
  { text: 'hey, review season 😅 can you pull the numbers on Keiko?', persona: 'manager', intent: 'agents.performance', params: { agentName: 'Keiko Tanaka' }, class: 'casual' },
  { text: 'is Hugo hitting his numbers this quarter?', persona: 'manager', intent: 'agents.performance', params: { agentName: 'Hugo Fischer', period: 'this quarter' }, class: 'idiom' },
  { text: 'individual agent stats for the last 2 weeks', persona: 'manager', intent: 'agents.performance', params: { days: 14 }, class: 'time' },

  // agents.top
  { text: 'who closed the most tickets this week?', persona: 'manager', intent: 'agents.top', params: { period: 'this week' }, class: 'plain' },
  { text: 'top 5 reps by FCR', persona: 'manager', intent: 'agents.top', params: { limit: 5 }, class: 'synonym' },
  { text: 'who\'s the rockstar on my team?', persona: 'manager', intent: 'agents.top', class: 'idiom' },
  { text: 'highest CSAT agent last quarter', persona: 'manager', intent: 'agents.top', params: { period: 'last quarter' }, class: 'time' },
  { text: 'hey, team lunch is on me for the best performer 🍕 who is it?', persona: 'manager', intent: 'agents.top', class: 'casual' },
  { text: 'best performing agnet this month', persona: 'manager', intent: 'agents.top', params: { period: 'this month' }, class: 'typo' },
  { text: 'leaderboard, top 3', persona: 'manager', intent: 'agents.top', params: { limit: 3 }, class: 'terse' },
  { text: 'name my top two agents for the quarterly award', persona: 'manager', intent: 'agents.top', params: { limit: 2 }, class: 'non-question' },
  { text: 'who\'s been on fire lately?', persona: 'manager', intent: 'agents.top', class: 'idiom' },

  // agents.lowest
  { text: 'who\'s at the bottom of the leaderboard?', persona: 'manager', intent: 'agents.lowest', class: 'idiom' },
  { text: 'which 3 agents might need a PIP?', persona: 'manager', intent: 'agents.lowest', params: { limit: 3 }, class: 'synonym' },
  { text: 'worst CSAT on the team over the past 30 days', persona: 'manager', intent: 'agents.lowest', params: { days: 30 }, class: 'time' },
  { text: 'who\'s underdelivering?', persona: 'manager', intent: 'agents.lowest', class: 'synonym' },
  { text: 'lowest-ranked agent', persona: 'manager', intent: 'agents.lowest', class: 'terse' },
  { text: 'hey, planning coaching sessions — who\'s trailing the rest of the team? 🙁', persona: 'manager', intent: 'agents.lowest', class: 'casual' },
  { text: 'wrost performing agent this week', persona: 'manager', intent: 'agents.lowest', params: { period: 'this week' }, class: 'typo' },
  { text: 'Which agent has the slowest resolution times?', persona: 'manager', intent: 'agents.lowest', class: 'plain' },
  { text: 'list the bottom 4 agents by resolution rate', persona: 'manager', intent: 'agents.lowest', params: { limit: 4 }, class: 'non-question' },

  // team.workload
  { text: 'open ticket count per head right now', persona: 'manager', intent: 'team.workload', class: 'synonym' },
  { text: 'is Daniel Okafor overloaded this week?', persona: 'manager', intent: 'team.workload', params: { agentName: 'Daniel Okafor', period: 'this week' }, class: 'name' },
  { text: 'who\'s maxed out right now?', persona: 'manager', intent: 'team.workload', class: 'idiom' },
  { text: 'workload heatmap for the team', persona: 'manager', intent: 'team.workload', class: 'terse' },
  { text: 'How evenly is the work spread across my agents?', persona: 'manager', intent: 'team.workload', class: 'plain' },
  { text: 'open assignments per agent, please', persona: 'manager', intent: 'team.workload', class: 'non-question' },
  { text: 'hey, feels like chaos today 😵 who\'s got the biggest pile?', persona: 'manager', intent: 'team.workload', class: 'casual' },
  { text: 'wrokload by agent', persona: 'manager', intent: 'team.workload', class: 'typo' },
  { text: 'how many tickets is James juggling?', persona: 'manager', intent: 'team.workload', params: { agentName: 'James Whitaker' }, class: 'name' },

  // team.rebalance
  { text: 'Camille\'s on PTO, reassign her open tickets', persona: 'manager', intent: 'team.rebalance', params: { agentName: 'Camille Laurent' }, class: 'name' },
  { text: 'balance the queues', persona: 'manager', intent: 'team.rebalance', class: 'terse' },
  { text: 'Suggest a reassignment plan to even out the backlog.', persona: 'manager', intent: 'team.rebalance', class: 'plain' },
  { text: 'move tickets from the overloaded folks to whoever has bandwidth', persona: 'manager', intent: 'team.rebalance', class: 'synonym' },
  { text: 'spread the love — redistribute tickets evenly', persona: 'manager', intent: 'team.rebalance', class: 'idiom' },
  { text: 'rebalanse the team queue', persona: 'manager', intent: 'team.rebalance', class: 'typo' },
  { text: 'Keiko\'s drowning, hand some of her stuff off to someone', persona: 'manager', intent: 'team.rebalance', params: { agentName: 'Keiko Tanaka' }, class: 'idiom' },
  { text: 'hey, can you redo assignments so nobody\'s buried going into the weekend? 🙏', persona: 'manager', intent: 'team.rebalance', class: 'casual' },
  { text: 'reassign Hugo Fischer\'s urgent tickets to someone who\'s free', persona: 'manager', intent: 'team.rebalance', params: { agentName: 'Hugo Fischer', priority: 'urgent' }, class: 'name' },

  // team.capacity
  { text: 'what\'s the FTE gap against forecast demand for Q1 2027?', persona: 'executive', intent: 'team.capacity', params: { period: 'Q1 2027' }, class: 'time' },
  { text: 'are we over- or under-staffed in support?', persona: 'executive', intent: 'team.capacity', class: 'synonym' },
  { text: 'headcount plan vs projected volume', persona: 'executive', intent: 'team.capacity', class: 'terse' },
  { text: 'will support buckle under the January spike?', persona: 'executive', intent: 'team.capacity', class: 'idiom' },
  { text: 'Can the support org cope with the ticket volume we\'re projecting for next month?', persona: 'executive', intent: 'team.capacity', params: { period: 'next month' }, class: 'plain' },
  { text: 'capacity outlook for the next 14 days', persona: 'manager', intent: 'team.capacity', params: { days: 14 }, class: 'time' },
  { text: 'do I have enough coverage for next week\'s launch?', persona: 'manager', intent: 'team.capacity', params: { period: 'next week' }, class: 'plain' },
  { text: 'forecasted demand vs available agent hours', persona: 'manager', intent: 'team.capacity', class: 'synonym' },
  { text: 'capcity plan for next month', persona: 'manager', intent: 'team.capacity', params: { period: 'next month' }, class: 'typo' },
  { text: 'can we absorb the holiday surge with the staff we have?', persona: 'manager', intent: 'team.capacity', class: 'idiom' },

  // ai.resolved
  { text: 'what % of tickets is the AI closing end to end?', persona: 'executive', intent: 'ai.resolved', class: 'plain' },
  { text: 'AI deflection QTD', persona: 'executive', intent: 'ai.resolved', params: { period: 'this quarter' }, class: 'terse' },
  { text: 'tickets resolved by the AI agent in Q2 2026', persona: 'executive', intent: 'ai.resolved', params: { period: 'Q2 2026' }, class: 'time' },
  { text: 'honest question — is the chatbot actually solving anything? 🤖', persona: 'executive', intent: 'ai.resolved', class: 'casual' },
  { text: 'self-service resolution numbers from the AI', persona: 'executive', intent: 'ai.resolved', class: 'synonym' },
  { text: 'how many tickets did the AI knock out today?', persona: 'manager', intent: 'ai.resolved', params: { period: 'today' }, class: 'idiom' },
  { text: 'AI-solved tickets last 30 days', persona: 'manager', intent: 'ai.resolved', params: { days: 30 }, class: 'time' },
  { text: 'ai resolutoin count this week', persona: 'manager', intent: 'ai.resolved', params: { period: 'this week' }, class: 'typo' },
  { text: 'show me the tickets the assistant resolved without an agent', persona: 'manager', intent: 'ai.resolved', class: 'non-question' },

  // reply.draft
  { text: 'draft an apologetic reply for DESK-5501', persona: 'manager', intent: 'reply.draft', params: { ticketId: 'DESK-5501', tone: 'apologetic' }, class: 'plain' },
  { text: 'write back on TICK-930, keep it friendly', persona: 'manager', intent: 'reply.draft', params: { ticketId: 'TICK-930', tone: 'friendly' }, class: 'non-question' },
  { text: 'I need a firm reply on 44190, they want a refund outside policy', persona: 'manager', intent: 'reply.draft', params: { ticketId: '44190', tone: 'firm' }, class: 'plain' },
  { text: 'help me talk this customer off the ledge on DESK-6674', persona: 'manager', intent: 'reply.draft', params: { ticketId: 'DESK-6674' }, class: 'idiom' },
  { text: 'respond to 71003 concisely', persona: 'manager', intent: 'reply.draft', params: { ticketId: '71003', tone: 'concise' }, class: 'synonym' },
  { text: 'draf a formal reponse for DESK-1288', persona: 'manager', intent: 'reply.draft', params: { ticketId: 'DESK-1288', tone: 'formal' }, class: 'typo' },
  { text: 'hey, the agent on TICK-4102 is out — can you draft the reply for me?', persona: 'manager', intent: 'reply.draft', params: { ticketId: 'TICK-4102' }, class: 'casual' },
  { text: 'reply to DESK-8090', persona: 'manager', intent: 'reply.draft', params: { ticketId: 'DESK-8090' }, class: 'terse' },
  { text: 'craft an empathetic response on 30877', persona: 'manager', intent: 'reply.draft', params: { ticketId: '30877', tone: 'empathetic' }, class: 'synonym' },

  // message.draft
  { text: 'write a note from me to Granite Capital about the outage', persona: 'executive', intent: 'message.draft', params: { accountName: 'Granite Capital Partners', topic: 'outage' }, class: 'name' },
  { text: 'CEO letter to all customers re: the pricing update', persona: 'executive', intent: 'message.draft', params: { topic: 'pricing update' }, class: 'non-question' },
  { text: 'draft an apologetic email to Northwind Logistics about the data incident', persona: 'executive', intent: 'message.draft', params: { accountName: 'Northwind Logistics', tone: 'apologetic', topic: 'data incident' }, class: 'plain' },
  { text: 'friendly thank-you note to Meridian Foods for the case study', persona: 'executive', intent: 'message.draft', params: { accountName: 'Meridian Foods', tone: 'friendly', topic: 'case study' }, class: 'synonym' },
  { text: 'drft a mesage to Orchid Retail about the SLA credits', persona: 'executive', intent: 'message.draft', params: { accountName: 'Orchid Retail Co', topic: 'SLA credits' }, class: 'typo' },
  { text: 'email Quartz Software about the support backlog', persona: 'manager', intent: 'message.draft', params: { accountName: 'Quartz Software', topic: 'support backlog' }, class: 'plain' },
  { text: 'let Bluepeak know about the planned downtime, formal tone', persona: 'manager', intent: 'message.draft', params: { accountName: 'Bluepeak Analytics', tone: 'formal', topic: 'planned downtime' }, class: 'non-question' },
  { text: 'write a concise update to Vantage Mobility on the escalation', persona: 'manager', intent: 'message.draft', params: { accountName: 'Vantage Mobility', tone: 'concise', topic: 'escalation' }, class: 'name' },
  { text: 'hey, could you whip up a message to Lumen about the new support hours? ta', persona: 'manager', intent: 'message.draft', params: { accountName: 'Lumen Telecom', topic: 'new support hours' }, class: 'casual' },
  { text: 'outbound message to Aster Pharma re the ticket migration', persona: 'manager', intent: 'message.draft', params: { accountName: 'Aster Pharma', topic: 'ticket migration' }, class: 'synonym' },

  // meetings.schedule
  { text: 'get me 30 minutes with the Falcon Aerospace CEO next week', persona: 'executive', intent: 'meetings.schedule', params: { accountName: 'Falcon Aerospace', period: 'next week' }, class: 'time' },
  { text: 'pencil in a meeting with Brightwater Utilities', persona: 'executive', intent: 'meetings.schedule', params: { accountName: 'Brightwater Utilities' }, class: 'idiom' },
  { text: 'schedule QBRs with our top 10 accounts', persona: 'executive', intent: 'meetings.schedule', params: { limit: 10 }, class: 'plain' },
  { text: 'shedule a call with Pinecrest Hotels leadership', persona: 'executive', intent: 'meetings.schedule', params: { accountName: 'Pinecrest Hotels' }, class: 'typo' },
  { text: 'hey, could you find a slot for me to sit down with Kestrel Media Group this month? thanks', persona: 'executive', intent: 'meetings.schedule', params: { accountName: 'Kestrel Media Group', period: 'this month' }, class: 'casual' },
  { text: 'book a skip-level with Priya Raman', persona: 'manager', intent: 'meetings.schedule', params: { agentName: 'Priya Raman' }, class: 'synonym' },
  { text: 'coaching session with Daniel next week', persona: 'manager', intent: 'meetings.schedule', params: { agentName: 'Daniel Okafor', period: 'next week' }, class: 'time' },
  { text: 'find a slot for me and Elena to go over her numbers', persona: 'manager', intent: 'meetings.schedule', params: { agentName: 'Elena Petrova' }, class: 'name' },
  { text: 'set up a team huddle this week', persona: 'manager', intent: 'meetings.schedule', params: { period: 'this week' }, class: 'non-question' },
  { text: 'schedual a check-in with Oliver', persona: 'manager', intent: 'meetings.schedule', params: { agentName: 'Oliver Brandt' }, class: 'typo' },

  // tickets.escalated
  { text: 'what got escalated over the weekend?', persona: 'manager', intent: 'tickets.escalated', class: 'plain' },
  { text: 'escalations waiting for my sign-off', persona: 'manager', intent: 'tickets.escalated', class: 'synonym' },
  { text: 'which tickets have customers asked to take to a manager?', persona: 'manager', intent: 'tickets.escalated', class: 'synonym' },
  { text: 'urgent escalations', persona: 'manager', intent: 'tickets.escalated', params: { priority: 'urgent' }, class: 'terse' },
  { text: 'escalations raised over the last 36 hours', persona: 'manager', intent: 'tickets.escalated', params: { hours: 36 }, class: 'time' },
  { text: 'anything on fire that\'s been escalated to me?', persona: 'manager', intent: 'tickets.escalated', class: 'idiom' },
  { text: 'escalted tickets needing me', persona: 'manager', intent: 'tickets.escalated', class: 'typo' },
  { text: 'which of Ana Ribeiro\'s tickets got escalated this week?', persona: 'manager', intent: 'tickets.escalated', params: { agentName: 'Ana Ribeiro', period: 'this week' }, class: 'name' },
  { text: 'hey, back from PTO 🌴 what escalations piled up while I was out?', persona: 'manager', intent: 'tickets.escalated', class: 'casual' },

  // tickets.byAccount
  { text: 'which customers have 3 or more open tickets?', persona: 'manager', intent: 'tickets.byAccount', class: 'plain' },
  { text: 'what\'s our ticket history with Redwood Legal?', persona: 'manager', intent: 'tickets.byAccount', params: { accountName: 'Redwood Legal' }, class: 'history' },
  { text: 'open tickets for Aster Pharma', persona: 'manager', intent: 'tickets.byAccount', params: { accountName: 'Aster Pharma' }, class: 'name' },
  { text: 'has Pinecrest Hotels raised anything this month?', persona: 'manager', intent: 'tickets.byAccount', params: { accountName: 'Pinecrest Hotels', period: 'this month' }, class: 'time' },
  { text: 'Brightwater\'s past tickets, oldest first', persona: 'manager', intent: 'tickets.byAccount', params: { accountName: 'Brightwater Utilities' }, class: 'history' },
  { text: 'tickets by account, most open first', persona: 'manager', intent: 'tickets.byAccount', class: 'terse' },
  { text: 'which clients are hammering the help desk?', persona: 'manager', intent: 'tickets.byAccount', class: 'idiom' },
  { text: 'meridan foods tikets', persona: 'manager', intent: 'tickets.byAccount', params: { accountName: 'Meridian Foods' }, class: 'typo' },
  { text: 'hey, Quartz Software\'s CTO is unhappy 😬 what have they been sending us?', persona: 'manager', intent: 'tickets.byAccount', params: { accountName: 'Quartz Software' }, class: 'casual' },
  { text: 'previous conversations with Halcyon Travel', persona: 'manager', intent: 'tickets.byAccount', params: { accountName: 'Halcyon Travel' }, class: 'history' },

  // accounts.health
  { text: 'how healthy is Sable Security right now?', persona: 'executive', intent: 'accounts.health', params: { accountName: 'Sable Security Inc' }, class: 'name' },
  { text: 'account health by segment', persona: 'executive', intent: 'accounts.health', class: 'synonym' },
  { text: 'which customers are in the red on health?', persona: 'executive', intent: 'accounts.health', class: 'idiom' },
  { text: 'customer health scores, lowest first', persona: 'executive', intent: 'accounts.health', class: 'non-question' },
  { text: 'helath scores for our accounts', persona: 'executive', intent: 'accounts.health', class: 'typo' },
  { text: 'how has Northwind Logistics\' health score moved this quarter?', persona: 'executive', intent: 'accounts.health', params: { accountName: 'Northwind Logistics', period: 'this quarter' }, class: 'time' },
  { text: 'portfolio health check', persona: 'executive', intent: 'accounts.health', class: 'terse' },
  { text: 'hey, prepping for the exec review — which accounts are looking sickly? 🤒', persona: 'executive', intent: 'accounts.health', class: 'casual' },
  { text: 'overall customer health index', persona: 'executive', intent: 'accounts.health', class: 'synonym' },
  { text: 'What are the health scores of our customer accounts, and what is driving them?', persona: 'executive', intent: 'accounts.health', class: 'plain' },

  // renewals.upcoming
  { text: 'renewals closing in the next 45 days', persona: 'executive', intent: 'renewals.upcoming', params: { days: 45 }, class: 'time' },
  { text: 'renewals due next month', persona: 'executive', intent: 'renewals.upcoming', params: { period: 'next month' }, class: 'time' },
  { text: 'when does Vantage Mobility renew?', persona: 'executive', intent: 'renewals.upcoming', params: { accountName: 'Vantage Mobility' }, class: 'name' },
  { text: 'renewal forecast', persona: 'executive', intent: 'renewals.upcoming', class: 'terse' },
  { text: 'contracts expiring soon', persona: 'executive', intent: 'renewals.upcoming', class: 'synonym' },
  { text: 'rnewals pipeline', persona: 'executive', intent: 'renewals.upcoming', class: 'typo' },
  { text: 'hey, how\'s the renewal pipeline shaping up for the year-end push? 📈', persona: 'executive', intent: 'renewals.upcoming', class: 'casual' },
  { text: 'Which renewals this quarter need executive involvement?', persona: 'executive', intent: 'renewals.upcoming', params: { period: 'this quarter' }, class: 'plain' },
  { text: 'what\'s on the renewal runway?', persona: 'executive', intent: 'renewals.upcoming', class: 'idiom' },
  { text: 'upcoming renewals ranked by ARR and expansion potential', persona: 'executive', intent: 'renewals.upcoming', class: 'non-question' },

  // nps.summary
  { text: 'NPS QoQ', persona: 'executive', intent: 'nps.summary', class: 'terse' },
  { text: 'promoters vs detractors breakdown', persona: 'executive', intent: 'nps.summary', class: 'synonym' },
  { text: 'top themes in negative NPS comments', persona: 'executive', intent: 'nps.summary', class: 'non-question' },
  { text: 'NPS in Q2 2026', persona: 'executive', intent: 'nps.summary', params: { period: 'Q2 2026' }, class: 'time' },
  { text: 'what\'s the net promoter score for Cobalt Robotics?', persona: 'executive', intent: 'nps.summary', params: { accountName: 'Cobalt Robotics' }, class: 'name' },
  { text: 'wats our nett promoter scor', persona: 'executive', intent: 'nps.summary', class: 'typo' },
  { text: 'hey, marketing is asking 🙂 what have customers been saying about us in surveys lately?', persona: 'executive', intent: 'nps.summary', class: 'casual' },
  { text: 'is our NPS heading north or south?', persona: 'executive', intent: 'nps.summary', class: 'idiom' },
  { text: 'latest voice-of-customer results', persona: 'executive', intent: 'nps.summary', class: 'synonym' },
  { text: 'NPS over the past 60 days', persona: 'executive', intent: 'nps.summary', params: { days: 60 }, class: 'time' },

  // help
  { text: 'so what can this thing actually tell me?', persona: 'executive', intent: 'help', class: 'casual' },
  { text: 'menu pls', persona: 'executive', intent: 'help', class: 'terse' },
  { text: 'As CFO, what can I use you for?', persona: 'executive', intent: 'help', class: 'plain' },
  { text: 'give me the list of things you can do', persona: 'executive', intent: 'help', class: 'non-question' },
  { text: 'How do I use this assistant?', persona: 'manager', intent: 'help', class: 'plain' },
  { text: 'what questions work here?', persona: 'manager', intent: 'help', class: 'synonym' },
  { text: 'hlep me understand what you do', persona: 'manager', intent: 'help', class: 'typo' },
  { text: 'ok I\'m lost, what\'s possible here? 😅', persona: 'manager', intent: 'help', class: 'casual' },

  // refusals: a leader asking an intent their persona may not ask
  { text: 'give me the ticket-load distribution across the agents', persona: 'executive', intent: 'team.workload', refused: true, class: 'refusal' },
  { text: 'pull the individual performance metrics for Keiko Tanaka', persona: 'executive', intent: 'agents.performance', refused: true, params: { agentName: 'Keiko Tanaka' }, class: 'refusal' },
  { text: 'flag the high-priority customer accounts that need follow-up from support', persona: 'executive', intent: 'accounts.priority', refused: true, class: 'refusal' },
  { text: 'is there a KB how-to on SSO setup?', persona: 'executive', intent: 'kb.search', refused: true, params: { topic: 'SSO setup' }, class: 'refusal' },
  { text: 'identify cross-sell opportunities across our customer base', persona: 'executive', intent: 'accounts.upsell', refused: true, class: 'refusal' },
  { text: 'show me the escalation queue that needs manager attention', persona: 'executive', intent: 'tickets.escalated', refused: true, class: 'refusal' },
  { text: 'write the customer on DESK-9034 an apologetic response', persona: 'executive', intent: 'reply.draft', refused: true, params: { ticketId: 'DESK-9034', tone: 'apologetic' }, class: 'refusal' },
  { text: 'where do the exec team\'s OKRs stand this quarter?', persona: 'manager', intent: 'executive.goals', refused: true, params: { period: 'this quarter' }, class: 'refusal' },
  { text: 'health scores for Juniper Health and our other accounts', persona: 'manager', intent: 'accounts.health', refused: true, params: { accountName: 'Juniper Health' }, class: 'refusal' },
  { text: 'list the renewals falling due in the next 60 days', persona: 'manager', intent: 'renewals.upcoming', refused: true, params: { days: 60 }, class: 'refusal' },
  { text: 'net promoter score breakdown, promoters vs detractors', persona: 'manager', intent: 'nps.summary', refused: true, class: 'refusal' },
  { text: 'where is product usage dropping off among our clients this quarter?', persona: 'manager', intent: 'accounts.adoption', refused: true, params: { period: 'this quarter' }, class: 'refusal' },
  { text: 'pull the KB doc on SAML configuration', persona: 'manager', intent: 'kb.search', refused: true, params: { topic: 'SAML configuration' }, class: 'refusal' },
  { text: 'my personal KPIs and percentile against the rest of the team', persona: 'manager', intent: 'agent.myPerformance', refused: true, class: 'refusal' },
  { text: 'how are our 15 most valuable accounts doing?', persona: 'manager', intent: 'accounts.highValue', refused: true, params: { limit: 15 }, class: 'refusal' },

  // out of scope (intent null)
  { text: 'will it rain in Zurich on Saturday?', persona: 'executive', intent: null, class: 'out-of-scope' },
  { text: 'find me a good sushi place near the office', persona: 'executive', intent: null, class: 'out-of-scope' },
  { text: 'who won the World Cup in 2018?', persona: 'executive', intent: null, class: 'out-of-scope' },
  { text: 'explain what EBITDA means like I\'m five', persona: 'executive', intent: null, class: 'out-of-scope' },
  { text: 'recommend a podcast on leadership', persona: 'executive', intent: null, class: 'out-of-scope' },
  { text: 'set an alarm for 6am', persona: 'manager', intent: null, class: 'out-of-scope' },
  { text: 'what\'s a good gift for a colleague who\'s retiring?', persona: 'manager', intent: null, class: 'out-of-scope' },
  { text: 'how do I make sourdough bread?', persona: 'manager', intent: null, class: 'out-of-scope' },
  { text: 'translate "good morning" into Japanese', persona: 'manager', intent: null, class: 'out-of-scope' },
  { text: 'what\'s the best route to the airport from here?', persona: 'manager', intent: null, class: 'out-of-scope' },
];
