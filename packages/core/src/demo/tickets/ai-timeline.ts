import { MINUTE_MS } from '../demo-time.js';
import { AI_REPLIES, CUSTOMER_CONFIRMATIONS, GOOD_CSAT_COMMENTS } from '../text/conversation.js';
import type { TicketPlan } from './ticket-plan.js';
import { TimelineWriter, type TimelineContext } from './timeline-writer.js';
import { closeIfDue, type DraftCsat, type WrittenTimeline } from './written-timeline.js';

/** The actor id of the AI agent. */
export const AI_AGENT_ID = 'ai-agent';

/**
 * A conversation the AI agent resolved within minutes: it answers with a help-center article (or the
 * customer leaves satisfied after the suggested article, with no reply at all), and no human steps in.
 */
export function writeAiTimeline(plan: TicketPlan, context: TimelineContext, articleTitle: string): WrittenTimeline {
  const { random } = context;
  const writer = new TimelineWriter(plan, context);
  writer.created(plan.createdAtMs);
  writer.assign(plan.createdAtMs + 1000, null);
  if (random.chance(0.55)) {
    writer.reply(plan.createdAtMs + random.int(15, 90) * 1000, AI_AGENT_ID, random.pick(AI_REPLIES).replace('{article}', articleTitle));
    if (random.chance(0.5)) writer.customer(writer.lastAt + random.int(1, 8) * MINUTE_MS, random.pick(CUSTOMER_CONFIRMATIONS));
  }
  const solvedAt = writer.lastAt + random.int(1, 15) * MINUTE_MS;
  writer.setStatus(solvedAt, 'solved', AI_AGENT_ID);
  let csat: DraftCsat | null = null;
  const churnRisk = plan.account.role === 'churn';
  if (random.chance(churnRisk ? 0.45 : 0.3)) {
    const good = random.chance(churnRisk ? 0.15 : 0.8);
    csat = { rating: good ? 'good' : 'bad', ratedAtMs: solvedAt + random.int(1, 30) * MINUTE_MS, assigneeIdAtRating: null };
    if (good && random.chance(0.3)) csat.comment = random.pick(GOOD_CSAT_COMMENTS);
  }
  closeIfDue(writer, solvedAt);
  return { writer, status: writer.status, priority: writer.priority, assigneeId: null, solvedAtMs: solvedAt, csat, reopens: 0, resolvedBy: 'ai' };
}
