import type { BusinessCalendar } from '../../contracts/business-calendar.js';
import type { SlaPolicy } from '../../contracts/sla-policy.js';
import type { Team } from '../../contracts/team.js';
import type { Ticket } from '../../contracts/ticket.js';
import type { DemoAccount } from '../accounts.js';
import type { DemoAgent } from '../agents.js';
import type { DemoScale } from '../demo-scale.js';
import { articleTitleForIssue } from '../kb-articles.js';
import { ISSUE_ARCHETYPES } from '../text/issues.js';
import { streamOf } from '../random.js';
import { buildTicket } from './build-ticket.js';
import { planHistory } from './history-plans.js';
import { planOpenTickets } from './open-plans.js';
import { PlanPicker } from './plan-picker.js';
import { RatingDraws } from './rating-draws.js';
import { plantRecentVolume } from './recent-volume.js';
import { TeamClock } from './team-clock.js';

export interface TicketInputs {
  seed: number;
  scale: DemoScale;
  nowMs: number;
  accounts: readonly DemoAccount[];
  agents: readonly DemoAgent[];
  teams: readonly Team[];
  calendars: readonly (BusinessCalendar & { id: string })[];
  slaPolicies: readonly (SlaPolicy & { id: string })[];
}

/** First ticket number: ids run DESK-10001, DESK-10002, … in order of creation. */
const FIRST_TICKET_NUMBER = 10_001;

/** All tickets, open and solved, sorted by creation and numbered in that order. */
export function generateTickets(inputs: TicketInputs): Ticket[] {
  const { seed, scale, nowMs, accounts, agents } = inputs;
  const clocks = new Map<string, TeamClock>();
  for (const team of inputs.teams) {
    const calendar = inputs.calendars.find((candidate) => candidate.id === team.calendarId)!;
    const policy = inputs.slaPolicies.find((candidate) => candidate.id === team.slaPolicyId)!;
    clocks.set(team.id, new TeamClock(calendar, policy));
  }
  const planRandom = streamOf(seed, 'ticket-plans');
  const picker = new PlanPicker(accounts, agents, planRandom);
  const openPlans = planOpenTickets({ picker, random: planRandom, clocks, agents, accounts, nowMs, agentsPerTeam: scale.agentsPerTeam });
  const historyPlans = planHistory(Math.max(0, scale.tickets - openPlans.length), { picker, random: planRandom, clocks, nowMs, historyDays: scale.historyDays });
  plantRecentVolume(historyPlans, agents, nowMs, planRandom);

  let jiraNumber = 4000;
  const articleTitles = new Map(ISSUE_ARCHETYPES.map((issue) => [issue.key, articleTitleForIssue(issue)]));
  const ratings = new RatingDraws(streamOf(seed, 'ratings'));
  const context = { random: streamOf(seed, 'ticket-timelines'), clocks, nowMs, nextJiraKey: () => `ENG-${jiraNumber++}`, articleTitles, ratings };
  // Built in order of creation, so each ticket and its events sit next to the previous ones in memory and
  // scans in dataset order stay fast (about five times faster than tickets allocated in random order).
  const plans = [...openPlans, ...historyPlans].sort((left, right) => left.createdAtMs - right.createdAtMs);
  const built = plans.map((plan) => buildTicket(plan, context));
  // A few recent solved stories moved earlier while being written; array sort is stable and nearly free here.
  built.sort((left, right) => left.createdAtMs - right.createdAtMs);
  // Everything inside was frozen while it was built; the ticket itself once it has its id.
  return built.map(({ ticket }, index) => {
    ticket.id = `DESK-${FIRST_TICKET_NUMBER + index}`;
    return Object.freeze(ticket);
  });
}
