import { HOUR_MS, MINUTE_MS } from '../demo-time.js';
import { AGENT_FOLLOW_UPS, ANGRY_FOLLOW_UPS, CUSTOMER_FOLLOW_UPS } from '../text/conversation.js';
import { routeToAgent } from './human-timeline.js';
import type { OpenState, TicketPlan } from './ticket-plan.js';
import { SYSTEM_ACTOR_ID, TimelineWriter, type TimelineContext } from './timeline-writer.js';
import type { WrittenTimeline } from './written-timeline.js';

// Open timelines end at least this long before `now`, except the at-risk and fresh ones, which are timed exactly.
const QUIET_BEFORE_NOW_MS = 5 * MINUTE_MS;

/** A ticket still open at `now`, with every event at or before `now`. */
export function writeOpenTimeline(plan: TicketPlan, state: OpenState, context: TimelineContext): WrittenTimeline {
  const writer = new TimelineWriter(plan, context);
  writer.created(plan.createdAtMs);
  if (state.kind === 'awaiting-first-reply' || state.kind === 'fresh') waitForFirstReply(writer);
  else answered(writer, state);
  return { writer, status: writer.status, priority: writer.priority, assigneeId: plan.agent?.agent.id ?? null, solvedAtMs: null, csat: null, reopens: 0, resolvedBy: null };
}

// Routed to the agent (or only to the team queue), nobody has answered yet.
function waitForFirstReply(writer: TimelineWriter): void {
  const { plan, context } = writer;
  const routedAt = Math.min(plan.createdAtMs + context.random.int(60, 300) * 1000, context.nowMs - 30_000);
  if (routedAt <= plan.createdAtMs) return;
  writer.assign(routedAt, plan.agent?.agent.id ?? null);
  if (plan.agent) writer.setStatus(routedAt, 'open', SYSTEM_ACTOR_ID);
}

function answered(writer: TimelineWriter, state: Extract<OpenState, { kind: 'in-progress' | 'waiting-on-agent' }>): void {
  const { plan, context } = writer;
  const { random } = context;
  const agentId = plan.agent!.agent.id;
  // Open tickets keep their planned priority: the planted loads depend on it.
  routeToAgent(writer, false);
  const waitingSince = state.kind === 'waiting-on-agent' ? context.nowMs - Math.round(state.waitingHours * HOUR_MS) : context.nowMs - QUIET_BEFORE_NOW_MS;
  // Answered in time for what follows, even on a weekend or after hours.
  const firstReplyAt = Math.min(Math.max(writer.agentReplyAt(plan.createdAtMs, 'firstReply'), writer.lastAt + MINUTE_MS), waitingSince - 30 * MINUTE_MS);
  writer.reply(Math.max(firstReplyAt, writer.lastAt + 1000), agentId, random.pick(plan.issue.firstReplies));
  writer.setStatus(writer.lastAt + 1000, 'pending', agentId);
  const upset = plan.sentiment === 'negative' || plan.sentiment === 'very_negative';
  const message = () => random.pick(upset ? ANGRY_FOLLOW_UPS : CUSTOMER_FOLLOW_UPS);

  if (state.kind === 'waiting-on-agent') {
    writer.customer(waitingSince, message());
    writer.setStatus(waitingSince, 'open');
    return;
  }
  // One more exchange when it fits before now.
  const messageAt = writer.customerReplyAt(writer.lastAt);
  const replyAt = messageAt < waitingSince ? Math.max(writer.agentReplyAt(messageAt, 'nextReply'), messageAt + MINUTE_MS) : Infinity;
  if (replyAt < waitingSince) {
    writer.customer(messageAt, message());
    writer.setStatus(messageAt, 'open');
    writer.reply(replyAt, agentId, random.pick(AGENT_FOLLOW_UPS));
  }
  if (state.status === 'on_hold') {
    const heldAt = Math.min(writer.lastAt + random.int(5, 30) * MINUTE_MS, waitingSince);
    writer.note(Math.max(heldAt, writer.lastAt), agentId, `Escalated to ${context.jiraKey ? `engineering as ${context.jiraKey}` : 'the team lead'}; waiting for a fix.`);
    writer.setStatus(writer.lastAt + 1000, 'on_hold', agentId);
  } else writer.setStatus(writer.lastAt + 1000, state.status, agentId);
}
