import { EUROPE_TEAM_ID } from '../calendars.js';
import { HOUR_MS, MINUTE_MS } from '../demo-time.js';
import {
  AGENT_FOLLOW_UPS,
  AGENT_NOTES,
  ANGRY_FOLLOW_UPS,
  BAD_CSAT_COMMENTS,
  CUSTOMER_CONFIRMATIONS,
  CUSTOMER_FOLLOW_UPS,
  GOOD_CSAT_COMMENTS,
  REOPEN_MESSAGES,
} from '../text/conversation.js';
import type { TicketPlan } from './ticket-plan.js';
import { TimelineWriter, type TimelineContext } from './timeline-writer.js';
import { closeIfDue, type DraftCsat, type WrittenTimeline } from './written-timeline.js';

const PRIORITY_BUMP = { low: 'normal', normal: 'high', high: 'urgent', urgent: 'urgent' } as const;
// How many back-and-forths before the solution: upset customers need more.
const CALM_EXCHANGES = { 0: 38, 1: 38, 2: 17, 3: 7 };
const UPSET_EXCHANGES = { 0: 15, 1: 40, 2: 30, 3: 15 };

/**
 * A ticket an agent solved: routing, first reply, a few exchanges, an engineering hold when escalated,
 * the solve (sometimes after the customer confirms), sometimes a reopen, a CSAT rating and the close.
 */
export function writeHumanTimeline(plan: TicketPlan, context: TimelineContext): WrittenTimeline {
  const { random } = context;
  const agentId = plan.agent!.agent.id;
  const writer = new TimelineWriter(plan, context);
  writer.created(plan.createdAtMs);
  routeToAgent(writer, true);

  const upset = plan.sentiment === 'negative' || plan.sentiment === 'very_negative';
  const drawn = plan.escalated ? random.int(0, 1) : Number(random.weighted(upset ? UPSET_EXCHANGES : CALM_EXCHANGES));
  const exchanges = Math.max(drawn, plan.agent!.minimumExchanges);
  // With no exchange and no escalation, the first reply already solves it (one-touch).
  const firstSolves = exchanges === 0 && !plan.escalated;
  const firstReplyAt = Math.max(writer.agentReplyAt(plan.createdAtMs, 'firstReply'), writer.lastAt + MINUTE_MS);
  writer.reply(firstReplyAt, agentId, random.pick(firstSolves ? plan.issue.solutionReplies : plan.issue.firstReplies));
  if (!firstSolves) writer.setStatus(writer.lastAt + 1000, 'pending', agentId);
  for (let round = 1; round <= exchanges; round += 1) {
    const solves = round === exchanges && !plan.escalated;
    const messageAt = writer.customerReplyAt(writer.lastAt);
    writer.customer(messageAt, random.pick(upset && random.chance(0.5) ? ANGRY_FOLLOW_UPS : CUSTOMER_FOLLOW_UPS));
    writer.setStatus(messageAt, 'open');
    if (random.chance(0.25)) writer.note(messageAt + random.int(2, 20) * MINUTE_MS, agentId, random.pick(AGENT_NOTES));
    writer.reply(Math.max(writer.agentReplyAt(messageAt, 'nextReply'), writer.lastAt + MINUTE_MS), agentId, random.pick(solves ? plan.issue.solutionReplies : AGENT_FOLLOW_UPS));
    if (!solves) writer.setStatus(writer.lastAt + 1000, 'pending', agentId);
  }
  if (plan.escalated) {
    const heldAt = writer.lastAt + random.int(5, 30) * MINUTE_MS;
    writer.note(heldAt, agentId, `Escalated to ${context.jiraKey ? `engineering as ${context.jiraKey}` : 'the team lead'}.`);
    writer.setStatus(heldAt + 1000, 'on_hold', agentId);
    const releasedAt = heldAt + Math.round(random.between(6, 72) * HOUR_MS);
    writer.setStatus(releasedAt, 'open', agentId);
    writer.reply(context.clock.addBusinessMinutes(releasedAt, random.int(5, 60)), agentId, random.pick(plan.issue.solutionReplies));
  }

  let solvedAt = writer.lastAt + 1000;
  if (random.chance(0.5)) {
    writer.setStatus(solvedAt, 'pending', agentId);
    const confirmedAt = writer.customerReplyAt(solvedAt, 1.5);
    writer.customer(confirmedAt, random.pick(CUSTOMER_CONFIRMATIONS));
    writer.setStatus(confirmedAt, 'open');
    solvedAt = context.clock.addBusinessMinutes(confirmedAt, random.int(2, 40));
  }
  writer.setStatus(solvedAt, 'solved', agentId);

  let reopens = 0;
  if (random.chance(plan.agent!.reopenRate)) {
    reopens = 1;
    const reopenedAt = solvedAt + Math.round(random.between(5, 72) * HOUR_MS);
    writer.customer(reopenedAt, random.pick(REOPEN_MESSAGES));
    writer.setStatus(reopenedAt, 'open');
    writer.reply(writer.agentReplyAt(reopenedAt, 'nextReply'), agentId, random.pick(plan.issue.solutionReplies));
    solvedAt = writer.lastAt + 1000;
    writer.setStatus(solvedAt, 'solved', agentId);
  }

  const csat = rateHumanTicket(plan, reopens > 0, solvedAt, context);
  closeIfDue(writer, solvedAt);
  return { writer, status: writer.status, priority: writer.priority, assigneeId: agentId, solvedAtMs: solvedAt, csat, reopens, resolvedBy: 'human' };
}

/** Routes the ticket to its agent (through another agent when a manager reassigned it) and, when allowed, sometimes raises its priority at triage. */
export function routeToAgent(writer: TimelineWriter, mayRaisePriority: boolean): void {
  const { plan, context } = writer;
  const agentId = plan.agent!.agent.id;
  const routedAt = plan.channel === 'phone' ? plan.createdAtMs : plan.createdAtMs + context.random.int(1, 12) * MINUTE_MS;
  if (plan.reassignedFrom) {
    writer.assign(routedAt, plan.reassignedFrom.agent.id);
    const managerId = plan.teamId === EUROPE_TEAM_ID ? 'manager-1' : 'manager-2';
    writer.assign(routedAt + context.random.int(5, 40) * MINUTE_MS, agentId, managerId);
  } else writer.assign(routedAt, agentId);
  if (mayRaisePriority && context.random.chance(0.06) && plan.priority !== 'urgent') writer.raisePriority(writer.lastAt + 1000, PRIORITY_BUMP[plan.priority], agentId);
}

function rateHumanTicket(plan: TicketPlan, reopened: boolean, solvedAt: number, context: TimelineContext): DraftCsat | null {
  const { random } = context;
  const agent = plan.agent!;
  const churnRisk = plan.account.role === 'churn';
  // Unhappy customers rate badly whoever helps them; a reopen halves the odds of a good rating.
  if (!random.chance(churnRisk ? 0.45 : agent.ratingRate)) return null;
  const goodRate = (churnRisk ? 0.08 : agent.csatGoodRate) * (reopened ? 0.5 : 1);
  const rating = context.ratings.isGood(agent.agent.id, goodRate) ? 'good' : 'bad';
  const ratedAtMs = solvedAt + Math.round(Math.min(40, Math.max(0.2, random.logNormal(4, 1))) * HOUR_MS);
  const comment = random.chance(0.4) ? random.pick(rating === 'good' ? GOOD_CSAT_COMMENTS : BAD_CSAT_COMMENTS) : undefined;
  return { rating, ratedAtMs, ...(comment ? { comment } : {}), assigneeIdAtRating: agent.agent.id };
}
