/**
 * The history behind the breach prediction. A real integration would load the last 90 days of clocks of
 * the same metric and priority from its data store; the sample has too few tickets for that, so each
 * target gets a synthetic history (documented below) plus the clocks the sample has already closed.
 */
import { kaplanMeier, type SlaHistoryEntry, type SlaInstance, type SurvivalCurve } from '@supportai/core';

const SYNTHETIC_CLOCKS = 40;

/**
 * 40 past clocks for one target, deterministic: durations spread around 60% of the target (a log-logistic
 * spread), so about three in four met it; every seventh was still running when the history was taken.
 */
export function syntheticHistory(targetMinutes: number): SlaHistoryEntry[] {
  return Array.from({ length: SYNTHETIC_CLOCKS }, (_, index) => {
    const quantile = (index + 0.5) / SYNTHETIC_CLOCKS;
    const minutes = Math.round(targetMinutes * 0.6 * (quantile / (1 - quantile)) ** 0.45);
    return { minutes, observed: index % 7 !== 3 };
  });
}

/** Clocks are comparable when they share metric and target (which, in the sample policy, means priority). */
export function historyKey(instance: SlaInstance): string {
  return `${instance.metric}/${instance.targetMinutes}/${instance.businessHours ? 'business' : 'calendar'}`;
}

/** One survival curve per kind of clock, built once and shared by every prediction. */
export function survivalCurves(instances: readonly SlaInstance[]): Map<string, SurvivalCurve> {
  const histories = new Map<string, SlaHistoryEntry[]>();
  for (const instance of instances) {
    const key = historyKey(instance);
    let history = histories.get(key);
    if (!history) {
      history = syntheticHistory(instance.targetMinutes);
      histories.set(key, history);
    }
    // The sample's own closed clocks are real observations of how long such clocks take.
    if (instance.state === 'closed') history.push({ minutes: instance.elapsedSeconds / 60, observed: true });
  }
  return new Map([...histories].map(([key, history]) => [key, kaplanMeier(history)]));
}
