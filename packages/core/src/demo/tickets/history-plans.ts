import { AMERICAS_TEAM_ID } from '../calendars.js';
import { CATEGORY_PROFILES } from '../categories.js';
import { DAY_MS, MINUTE_MS, utcDayStart, weekdayOf } from '../demo-time.js';
import { WeightedTable, type SeededRandom } from '../random.js';
import { INCIDENT_ISSUE_KEY, ISSUE_ARCHETYPES } from '../text/issues.js';
import type { PlanPicker } from './plan-picker.js';
import type { TeamClock } from './team-clock.js';
import type { TicketPlan } from './ticket-plan.js';

export interface HistoryContext {
  picker: PlanPicker;
  random: SeededRandom;
  clocks: ReadonlyMap<string, TeamClock>;
  nowMs: number;
  historyDays: number;
}

const INCIDENT_COUNT = 3;
// Share of all solved tickets that belong to each incident.
const INCIDENT_SHARE = 0.012;
// Solved tickets are created at least this long before `now`.
const LATEST_CREATION_MS = 90 * MINUTE_MS;

/**
 * Plans the solved tickets: volume growing ~35 % over the period, quiet weekends, most tickets in the
 * team's office hours, and three incident days when many customers report the same outage.
 */
export function planHistory(count: number, context: HistoryContext): TicketPlan[] {
  const { random, nowMs, historyDays } = context;
  const today = utcDayStart(nowMs);
  const days = new WeightedTable(
    Array.from({ length: historyDays + 1 }, (_, index) => {
      const day = today - (historyDays - index) * DAY_MS;
      const weekend = weekdayOf(day) === 0 || weekdayOf(day) === 6;
      return [day, (1 + (0.35 * index) / historyDays) * (weekend ? 0.22 : 1)] as const;
    }),
  );
  const plans = planIncidents(count, context);
  while (plans.length < count) plans.push(planRegular(days.draw(random), context));
  return plans;
}

function planRegular(day: number, context: HistoryContext): TicketPlan {
  const { picker, random, clocks, nowMs } = context;
  let account = picker.account();
  // Churn risks wrote half as often before their last two months: a recent spike in volume.
  if (account.role === 'churn' && day < nowMs - 60 * DAY_MS && random.chance(0.5)) account = picker.account();
  const category = picker.categoryFor(account);
  const teamId = CATEGORY_PROFILES[category].team;
  // Office hours around early afternoon for most tickets, any hour for the rest.
  const minute = random.chance(0.85) ? 8 * 60 + ((random.next() + random.next()) / 2) * 10.5 * 60 : random.next() * 24 * 60;
  let createdAtMs = clocks.get(teamId)!.local.at(day, Math.floor(minute));
  if (createdAtMs > nowMs - LATEST_CREATION_MS) createdAtMs = day + random.next() * (nowMs - LATEST_CREATION_MS - day);
  const ai = picker.aiResolved(category);
  const issue = picker.issue(category);
  const priority = picker.priority(issue, account);
  const agent = ai ? null : picker.agentFor(category, account);
  const reassignedFrom = agent && random.chance(0.08) ? picker.firstRoutedTo(category, account, agent) : undefined;
  return {
    createdAtMs: Math.floor(createdAtMs / 1000) * 1000,
    account,
    requester: picker.requester(account),
    issue,
    teamId,
    agent,
    priority,
    channel: picker.channel(ai),
    sentiment: picker.sentiment(account, category, priority),
    escalated: !ai && picker.escalated(account, category),
    handling: ai ? 'ai' : 'human',
    ...(reassignedFrom ? { reassignedFrom } : {}),
  };
}

function planIncidents(count: number, context: HistoryContext): TicketPlan[] {
  const { picker, random, clocks, nowMs, historyDays } = context;
  const issue = ISSUE_ARCHETYPES.find((candidate) => candidate.key === INCIDENT_ISSUE_KEY)!;
  const clock = clocks.get(AMERICAS_TEAM_ID)!;
  const today = utcDayStart(nowMs);
  const plans: TicketPlan[] = [];
  const perIncident = Math.max(5, Math.round(count * INCIDENT_SHARE));
  for (let incident = 0; incident < INCIDENT_COUNT; incident += 1) {
    // Spread over the period, on a weekday, never in the last ten days.
    let day = today - Math.round(((incident + 0.5 + random.between(-0.3, 0.3)) / INCIDENT_COUNT) * (historyDays - 20) + 10) * DAY_MS;
    while (weekdayOf(day) === 0 || weekdayOf(day) === 6) day -= DAY_MS;
    const startMs = clock.local.at(day, 9 * 60 + 30);
    const incidentKey = `ENG-${3100 + incident * 300 + random.int(0, 299)}`;
    for (let index = 0; index < perIncident; index += 1) {
      const account = picker.account();
      const priority = picker.priority(issue, account);
      plans.push({
        createdAtMs: startMs + Math.floor(random.next() * 150) * MINUTE_MS + random.int(0, 59) * 1000,
        account,
        requester: picker.requester(account),
        issue,
        teamId: AMERICAS_TEAM_ID,
        agent: picker.agentFor('outage', account),
        priority,
        channel: picker.channel(false),
        sentiment: random.chance(0.6) ? 'negative' : 'neutral',
        escalated: false,
        handling: 'human',
        incidentKey,
      });
    }
  }
  return plans;
}
