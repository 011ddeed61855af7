import type { SlaSetup } from '../../data/ticket-sla.js';
import { evaluateTicketAt } from './evaluation-cache.js';
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
    for (const instance of evaluateTicketAt(ticket, setup, now).instances) {
      const list = entries.get(survivalKey(instance.metric, instance.priorityApplied));
      if (!list || list.length >= config.historySampleLimit) continue;
      const observed = instance.state === 'closed';
      const markMs = recent ? cutoffMs : Date.parse((observed ? instance.fulfilledAt : null) ?? instance.startedAt);
      if (markMs < cutoffMs) continue;
      list.push({ minutes: instance.elapsedSeconds / 60, observed });
      if (list.length === config.historySampleLimit) unfilled -= 1;
    }
  }
  return new Map([...entries].map(([key, list]) => [key, kaplanMeier(list)]));
}
