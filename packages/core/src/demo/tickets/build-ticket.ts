import type { Csat, Ticket, TicketLink } from '../../contracts/ticket.js';
import { CATEGORY_PROFILES } from '../categories.js';
import { HOUR_MS, isoInstant, MINUTE_MS } from '../demo-time.js';
import type { SeededRandom } from '../random.js';
import { SlotFiller } from '../text/slots.js';
import { writeAiTimeline } from './ai-timeline.js';
import { writeHumanTimeline } from './human-timeline.js';
import { writeOpenTimeline } from './open-timeline.js';
import type { RatingDraws } from './rating-draws.js';
import type { TeamClock } from './team-clock.js';
import type { TicketPlan } from './ticket-plan.js';
import type { DraftCsat, WrittenTimeline } from './written-timeline.js';

export interface BuildContext {
  random: SeededRandom;
  clocks: ReadonlyMap<string, TeamClock>;
  nowMs: number;
  /** The next Jira key for an escalation (`ENG-4000`, `ENG-4001`, …). */
  nextJiraKey: () => string;
  /** The help-center article the AI agent sends for an issue (by issue key). */
  articleTitles: ReadonlyMap<string, string>;
  /** Good or bad for each human-handled rating, agent by agent. */
  ratings: RatingDraws;
}


const JIRA_URL = 'https://jira.supportai.example/browse/';

/**
 * A ticket written from its plan, without its id yet. Everything it holds is frozen here, while it is
 * built, which is far cheaper than walking a million objects afterwards.
 */
export function buildTicket(plan: TicketPlan, context: BuildContext): { ticket: Ticket; createdAtMs: number } {
  const { random, nowMs } = context;
  const { issue } = plan;
  const slots = new SlotFiller(random, plan.requester.email);
  const subject = slots.fill(random.pick(issue.subjects));
  const description = slots.fill(random.pick(issue.descriptions));
  const jiraKey = plan.escalated && CATEGORY_PROFILES[issue.category].escalationRate > 0 ? context.nextJiraKey() : null;
  const timelineContext = { random, clock: context.clocks.get(plan.teamId)!, nowMs, slots, description, jiraKey, ratings: context.ratings };
  const articleTitle = context.articleTitles.get(issue.key)!;
  const timeline: WrittenTimeline =
    plan.handling === 'human'
      ? writeHumanTimeline(plan, timelineContext)
      : plan.handling === 'ai'
        ? writeAiTimeline(plan, timelineContext, articleTitle)
        : writeOpenTimeline(plan, plan.handling, timelineContext);
  const { writer, csat } = timeline;

  // A solved ticket whose story would run past `now` happened a little earlier instead.
  const endMs = Math.max(writer.lastAt, csat?.ratedAtMs ?? 0);
  const shiftMs = timeline.solvedAtMs !== null && endMs > nowMs - 2 * MINUTE_MS ? endMs - nowMs + random.int(1, 6) * HOUR_MS : 0;
  if (shiftMs > 0) writer.moveEarlier(shiftMs);
  const solved = timeline.solvedAtMs !== null;
  const links: TicketLink[] = [];
  const jira = (key: string, status: string, title: string): TicketLink => Object.freeze({ system: 'jira', key, url: `${JIRA_URL}${key}`, status, title });
  if (jiraKey) links.push(jira(jiraKey, solved ? 'Done' : 'In Progress', subject));
  if (plan.incidentKey) links.push(jira(plan.incidentKey, 'Done', 'Incident: 502 Bad Gateway on the dashboard'));
  for (const event of writer.events) Object.freeze(event);

  const ticket: Ticket = {
    // Numbered once all tickets are sorted by creation.
    id: '',
    subject,
    description,
    status: timeline.status,
    priority: timeline.priority,
    channel: plan.channel,
    category: issue.category,
    accountId: plan.account.account.id,
    requesterId: plan.requester.id,
    assigneeId: timeline.assigneeId,
    teamId: plan.teamId,
    tags: Object.freeze(tagsOf(plan, timeline)) as string[],
    createdAt: writer.events[0]!.at,
    updatedAt: isoInstant(endMs - shiftMs),
    solvedAt: solved ? isoInstant(timeline.solvedAtMs! - shiftMs) : null,
    events: Object.freeze(writer.events) as Ticket['events'],
    links: Object.freeze(links) as TicketLink[],
    resolvedBy: timeline.resolvedBy,
    csat: csat ? writeCsat(csat, shiftMs) : null,
    escalated: plan.escalated,
    sentiment: plan.sentiment,
    reopens: timeline.reopens,
  };
  if (solved) ticket.resolutionSummary = timeline.resolvedBy === 'ai' ? `Resolved by the AI agent with the help-center article "${articleTitle}".` : random.pick(issue.resolutions);
  return { ticket, createdAtMs: writer.times[0]! };
}

function writeCsat(draft: DraftCsat, shiftMs: number): Csat {
  const csat: Csat = { rating: draft.rating, ratedAt: isoInstant(draft.ratedAtMs - shiftMs) };
  if (draft.comment !== undefined) csat.comment = draft.comment;
  csat.assigneeIdAtRating = draft.assigneeIdAtRating;
  return Object.freeze(csat);
}

function tagsOf(plan: TicketPlan, timeline: WrittenTimeline): string[] {
  const tags = [...plan.issue.tags];
  const extra = [
    plan.account.account.segment === 'enterprise' ? 'enterprise' : null,
    plan.escalated ? 'escalated' : null,
    plan.incidentKey ? 'incident' : null,
    timeline.resolvedBy === 'ai' ? 'ai_resolved' : null,
  ];
  for (const tag of extra) if (tag !== null && !tags.includes(tag)) tags.push(tag);
  return tags;
}
