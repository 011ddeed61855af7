import type { Viewer } from '../contracts/viewer.js';
import type { SupportData } from '../data/support-data.js';
import { prepareTicketSla } from '../data/ticket-sla.js';
import { kbIndexFor } from '../retrieval/kb-index.js';
import { ticketTimeIndex } from '../scoring/service-levels/ticket-time-index.js';
import { indexTickets } from '../scoring/team/ticket-index.js';
import { answerContextOf } from './answer-context.js';
import { PERSONA_DASHBOARDS } from './persona-dashboards.js';
import { WIDGETS } from './widget-table.js';

/** A viewer no real user can be: `prepareSupportData` only reads through it, never answers anyone. */
const PREPARING_USER_ID = 'supportai:prepare';

/**
 * Does at load time the work the first questions about a dataset would otherwise pay for, so the first
 * dashboard after loading costs what a repeat costs: the SLA clocks of every ticket (settled tickets
 * stored compactly, open ones evaluated at `now`), the per-list indexes, the knowledge-base index, and
 * the executive and team dashboards' figures at `now` (portfolio health, SLA compliance, workload and
 * breach curves), for the whole organisation and for each team. Answers are the same with or without it;
 * calling it again on the same data and `now` finds everything done.
 *
 * Everything is remembered per list and record object, so it pays only for data that is not copied
 * afterwards (data sources hand out frozen snapshots). Figures computed at `now` are reused only by
 * questions asked at that same instant; what does not depend on the clock is reused at any instant.
 * Similar-ticket indexes are built per viewer scope on first use (an agent's own resolved tickets) and
 * are not built here: every agent's index together is as large as an index of all resolved tickets.
 * @default now new Date()
 * @example prepareSupportData(snapshot, new Date(snapshot.now))
 */
export function prepareSupportData(data: SupportData, now: Date = new Date()): void {
  const { sla } = answerContextOf(data, { userId: PREPARING_USER_ID, persona: 'executive' }, {}, now);
  prepareTicketSla(data.tickets, sla, now);
  ticketTimeIndex(data.tickets);
  indexTickets(data.tickets);
  kbIndexFor(data.kbArticles);
  const viewers: Viewer[] = [
    { userId: PREPARING_USER_ID, persona: 'executive' },
    ...data.teams.map((team): Viewer => ({ userId: PREPARING_USER_ID, persona: 'manager', teamId: team.id })),
  ];
  for (const viewer of viewers) {
    for (const intent of PERSONA_DASHBOARDS[viewer.persona]) {
      // The answers are dropped: what stays is what their reports remember for the next question.
      WIDGETS[intent]!.build(answerContextOf(data, viewer, {}, now));
    }
  }
}
