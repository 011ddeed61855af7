import { ticketClocks, type SlaSetup } from '../../data/ticket-sla.js';
import { kaplanMeier, type SlaHistoryEntry, type SurvivalCurve } from '../../sla/predict-breach.js';
import { DAY_MS } from './report-window.js';
import { survivalKey, type SlaAtRiskConfig } from './sla-at-risk-config.js';
import type { TicketTimeIndex } from './ticket-time-index.js';

/**
 * Kaplan–Meier curves for the wanted metric × priority keys, built once per call from recent clocks:
 * closed clocks fulfilled in the last `historyDays` are observed at their elapsed minutes, running ones
 * are censored there. Tickets are read newest first and only while a wanted curve still needs clocks;
 * a ticket whose current priority matches no wanted key is skipped (a clock's priority rarely differs).
 */
export function buildSurvivalCurves(index: TicketTimeIndex, setup: SlaSetup, now: Date, wantedKeys: ReadonlySet<string>, config: SlaAtRiskConfig): Map<string, SurvivalCurve> {
  const entries = new Map<string, SlaHistoryEntry[]>([...wantedKeys].map((key) => [key, []]));
  const wantedPriorities = new Set([...wantedKeys].map((key) => key.slice(key.indexOf('|') + 1)));
  const cutoffMs = now.getTime() - config.historyDays * DAY_MS;
  const positions = index.createdIn({ fromMs: cutoffMs, toMs: now.getTime() + 1 });
  const seen = new Set(positions);
  for (const position of index.openPositions) if (!seen.has(position)) positions.push(position);
  positions.sort((left, right) => index.createdMs[right]! - index.createdMs[left]!);

  let unfilled = wantedKeys.size;
  for (const position of positions) {
    if (unfilled === 0) break;
    const ticket = index.tickets[position]!;
    if (!wantedPriorities.has(ticket.priority)) continue;
    // A clock starts at or after creation, so a ticket created after the cutoff needs no date check.
    const recent = index.createdMs[position]! >= cutoffMs;
    const clocks = ticketClocks(ticket, setup, now);
    for (let clock = 0; clock < clocks.count; clock += 1) {
      const list = entries.get(survivalKey(clocks.metric(clock), clocks.priorityApplied(clock)));
      if (!list || list.length >= config.historySampleLimit) continue;
      const observed = clocks.state(clock) === 'closed';
      const markMs = recent ? cutoffMs : ((observed ? clocks.fulfilledAt(clock) : null) ?? clocks.startedAt(clock)) * 1000;
      if (markMs < cutoffMs) continue;
      list.push({ minutes: clocks.elapsedSeconds(clock) / 60, observed });
      if (list.length === config.historySampleLimit) unfilled -= 1;
    }
  }
  return new Map([...entries].map(([key, list]) => [key, kaplanMeier(list)]));
}
