import { SlaInputError } from './errors.js';
import type { SlaInstance } from './types.js';

/** One past clock of the same kind (metric and priority): how long it ran, in the target's minutes. */
export interface SlaHistoryEntry {
  minutes: number;
  /** False when the clock was still running when the history was taken (a censored observation). */
  observed: boolean;
}

/** Kaplan–Meier estimate of `S(t) = P(time > t)` from history with censored entries. */
export interface SurvivalCurve {
  /** Distinct observed times, ascending. */
  times: number[];
  /** Survival just after each of `times`. */
  survival: number[];
  sampleSize: number;
  /** `S(t)`: share still running after `t` minutes. */
  at(minutes: number): number;
}

/** Builds the Kaplan–Meier survival curve of a history. */
export function kaplanMeier(history: readonly SlaHistoryEntry[]): SurvivalCurve {
  const sorted = history.filter((entry) => Number.isFinite(entry.minutes) && entry.minutes >= 0).sort((left, right) => left.minutes - right.minutes);
  return kaplanMeierOfSorted(
    sorted.map((entry) => entry.minutes),
    sorted.map((entry) => entry.observed),
  );
}

/**
 * `kaplanMeier` of a history held as two columns already sorted by minutes (ascending) and without
 * negative or non-finite minutes: what callers that keep large histories as typed arrays use.
 */
export function kaplanMeierOfSorted(minutes: ArrayLike<number>, observed: ArrayLike<number | boolean>): SurvivalCurve {
  const times: number[] = [];
  const survival: number[] = [];
  const count = minutes.length;
  let atRisk = count;
  let current = 1;
  let index = 0;
  while (index < count) {
    const time = minutes[index]!;
    let events = 0;
    let leaving = 0;
    while (index < count && minutes[index] === time) {
      if (observed[index]) events += 1;
      leaving += 1;
      index += 1;
    }
    if (events > 0) {
      current *= 1 - events / atRisk;
      times.push(time);
      survival.push(current);
    }
    atRisk -= leaving;
  }
  const at = (value: number): number => {
    let low = 0;
    let high = times.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (times[middle]! <= value) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found < 0 ? 1 : survival[found]!;
  };
  return { times, survival, sampleSize: count, at };
}

export type BreachBand = 'high' | 'medium' | 'low';

/** The assignee's queue, for the queue adjustment. */
export interface QueueLoad {
  /** Place of this ticket in the assignee's queue, 1 = next. */
  position: number;
  /** Replies the assignee sends per business hour, lately. */
  repliesPerBusinessHour: number;
}

export interface PredictBreachInput {
  instance: SlaInstance;
  /** Past clocks of the same metric and priority (and ideally team and channel), last 90 days. */
  history: readonly SlaHistoryEntry[] | SurvivalCurve;
  queue?: QueueLoad;
  /** Fewest history entries to estimate from. @default 20 */
  minHistory?: number;
  /** Bands: `high` at or above the first, `medium` at or above the second. @default [0.6, 0.3] */
  bandThresholds?: readonly [high: number, medium: number];
}

export interface BreachPrediction {
  /** Chance the clock breaches; null when it cannot be estimated (see `basis`). */
  probability: number | null;
  band: BreachBand | null;
  basis: 'already_breached' | 'history' | 'queue' | 'insufficient_history' | 'not_running';
  /** Share of similar clocks still running at this clock's elapsed time, and at its target. */
  survivalAtElapsed: number | null;
  survivalAtTarget: number | null;
  sampleSize: number;
  /** True when the assignee's queue alone would take longer than the time left. */
  queueAdjusted: boolean;
  remainingMinutes: number;
  remainingCalendarMinutes: number | null;
  /** One sentence saying why, e.g. "78% of 240 similar clocks still open at 95 min missed the 120 min target". */
  explanation: string;
}

/**
 * Chance that an open SLA clock breaches (SCORING §4.3): `S(target) / S(elapsed)` from the Kaplan–Meier
 * curve of similar past clocks, raised to 0.9 when the assignee's queue cannot be cleared in time.
 * @example predictBreach({ instance, history: pastFirstReplies }).probability // 0.78
 */
export function predictBreach(input: PredictBreachInput): BreachPrediction {
  const { instance } = input;
  const [highThreshold, mediumThreshold] = input.bandThresholds ?? [0.6, 0.3];
  const minHistory = input.minHistory ?? 20;
  if (input.queue && (!(input.queue.position >= 1) || !(input.queue.repliesPerBusinessHour >= 0))) {
    throw new SlaInputError('Invalid queue', [{ path: 'queue', message: 'position must be 1 or more and repliesPerBusinessHour 0 or more' }]);
  }
  const curve: SurvivalCurve = isSurvivalCurve(input.history) ? input.history : kaplanMeier(input.history);
  const common = { sampleSize: curve.sampleSize, remainingMinutes: instance.remainingMinutes, remainingCalendarMinutes: instance.remainingCalendarMinutes };
  const band = (probability: number): BreachBand => (probability >= highThreshold ? 'high' : probability >= mediumThreshold ? 'medium' : 'low');

  if (instance.breached) {
    return { ...common, probability: 1, band: 'high', basis: 'already_breached', survivalAtElapsed: null, survivalAtTarget: null, queueAdjusted: false, explanation: `already past its ${instance.targetMinutes} min ${instance.metric} target` };
  }
  if (instance.state !== 'active') {
    return { ...common, probability: null, band: null, basis: 'not_running', survivalAtElapsed: null, survivalAtTarget: null, queueAdjusted: false, explanation: `the ${instance.metric} clock is ${instance.state}` };
  }

  const queueTooLong = input.queue !== undefined && queueHours(input.queue) * 60 > instance.remainingMinutes;
  if (curve.sampleSize < minHistory) {
    if (queueTooLong) {
      return { ...common, probability: 0.9, band: band(0.9), basis: 'queue', survivalAtElapsed: null, survivalAtTarget: null, queueAdjusted: true, explanation: queueSentence(input.queue!, instance) };
    }
    return { ...common, probability: null, band: null, basis: 'insufficient_history', survivalAtElapsed: null, survivalAtTarget: null, queueAdjusted: false, explanation: `only ${curve.sampleSize} similar clocks in history (need ${minHistory})` };
  }

  const survivalAtElapsed = curve.at(instance.elapsedSeconds / 60);
  const survivalAtTarget = curve.at(instance.targetMinutes);
  // Older than every similar clock: history cannot vouch for it, so assume the worst.
  const fromHistory = survivalAtElapsed === 0 ? 1 : Math.min(1, survivalAtTarget / survivalAtElapsed);
  const probability = queueTooLong ? Math.max(fromHistory, 0.9) : fromHistory;
  const historySentence =
    survivalAtElapsed === 0
      ? `older than all ${curve.sampleSize} similar clocks in history`
      : `${Math.round(fromHistory * 100)}% of ${curve.sampleSize} similar clocks still open at ${instance.elapsedMinutes} min missed the ${instance.targetMinutes} min target`;
  return {
    ...common,
    probability,
    band: band(probability),
    basis: 'history',
    survivalAtElapsed,
    survivalAtTarget,
    queueAdjusted: queueTooLong && probability > fromHistory,
    explanation: queueTooLong ? `${historySentence}; ${queueSentence(input.queue!, instance)}` : historySentence,
  };
}

function isSurvivalCurve(history: PredictBreachInput['history']): history is SurvivalCurve {
  return !Array.isArray(history);
}

function queueHours(queue: QueueLoad): number {
  return queue.repliesPerBusinessHour === 0 ? Number.POSITIVE_INFINITY : queue.position / queue.repliesPerBusinessHour;
}

function queueSentence(queue: QueueLoad, instance: SlaInstance): string {
  return `position ${queue.position} in a queue answered at ${queue.repliesPerBusinessHour}/h needs more than the ${instance.remainingMinutes} min left`;
}

/** A ticket's clock with its prediction, for ranking. */
export interface AtRiskCandidate {
  ticketId: string;
  instance: SlaInstance;
  prediction: BreachPrediction;
}

/**
 * Ranks clocks for "tickets at risk": highest breach probability first, then the nearest deadline;
 * clocks without an estimate come last, by deadline.
 */
export function rankTicketsAtRisk<Candidate extends AtRiskCandidate>(candidates: readonly Candidate[], options: { limit?: number; minimumProbability?: number } = {}): Candidate[] {
  const minimum = options.minimumProbability ?? 0;
  const ranked = candidates
    .filter((candidate) => candidate.prediction.probability === null || candidate.prediction.probability >= minimum)
    .sort((left, right) => {
      const byProbability = (right.prediction.probability ?? -1) - (left.prediction.probability ?? -1);
      if (byProbability !== 0) return byProbability;
      return (left.instance.remainingCalendarMinutes ?? Number.POSITIVE_INFINITY) - (right.instance.remainingCalendarMinutes ?? Number.POSITIVE_INFINITY);
    });
  return options.limit === undefined ? ranked : ranked.slice(0, options.limit);
}
