import { TZDate } from '@date-fns/tz';
import {
  addDays,
  addHours,
  addMonths,
  addQuarters,
  addWeeks,
  addYears,
  startOfDay,
  startOfMonth,
  startOfQuarter,
  startOfWeek,
  startOfYear,
} from 'date-fns';
import type { Period } from '../params.js';
import { COUNT_PATTERN, countOf } from './number-words.js';
import type { Found, Span } from './span.js';

/** A period with the spans in days / hours the user gave, when they gave one. */
export interface FoundPeriod extends Found<Period> {
  days?: number;
  hours?: number;
}

type Unit = 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';
const UNIT_PATTERN = String.raw`(hours?|hrs?|days?|weeks?|wks?|months?|mos?|quarters?|qtrs?|years?|yrs?)`;
const STEP: Record<Unit, (date: TZDate, amount: number) => TZDate> = {
  hour: addHours,
  day: addDays,
  week: addWeeks,
  month: addMonths,
  quarter: addQuarters,
  year: addYears,
};
const START_OF: Record<Exclude<Unit, 'hour'>, (date: TZDate) => TZDate> = {
  day: startOfDay,
  week: (date) => startOfWeek(date, { weekStartsOn: 1 }),
  month: startOfMonth,
  quarter: startOfQuarter,
  year: startOfYear,
};
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function unitOf(word: string): Unit {
  const lower = word.toLowerCase();
  if (lower.startsWith('h')) return 'hour';
  if (lower.startsWith('d')) return 'day';
  if (lower.startsWith('w')) return 'week';
  if (lower.startsWith('mo')) return 'month';
  if (lower.startsWith('q')) return 'quarter';
  return 'year';
}

interface Rule {
  pattern: RegExp;
  resolve: (match: RegExpExecArray, now: TZDate) => Omit<FoundPeriod, keyof Span> | undefined;
}

const range = (label: string, from: Date, to: Date) => ({ value: { label, from: new Date(from.getTime()).toISOString(), to: new Date(to.getTime()).toISOString() } });

/** Calendar periods relative to now: today, this week, last quarter, next month… */
const RULES: Rule[] = [
  {
    // "over the last fortnight", "next fortnight": two weeks.
    pattern: /\b(last|past|previous|next|coming)\s+fortnight\b/i,
    resolve: (match, now) => {
      const forward = /next|coming/i.test(match[1]!);
      const other = STEP.day(now, forward ? 14 : -14);
      const label = `${forward ? 'next' : 'last'} 14 days`;
      return { ...(forward ? range(label, now, other) : range(label, other, now)), days: 14 };
    },
  },
  {
    // "last 30 days", "past 2 weeks", "next 90 days", "in the last 24 hours", "within 3 months"
    pattern: new RegExp(String.raw`\b(last|past|previous|prior|next|coming|upcoming|within(?: the)?(?: next)?)\s+${COUNT_PATTERN}\s+${UNIT_PATTERN}\b`, 'i'),
    resolve: (match, now) => {
      const amount = countOf(match[2]!);
      if (amount === undefined || amount <= 0) return undefined;
      const unit = unitOf(match[3]!);
      const forward = /next|coming|upcoming|within/i.test(match[1]!);
      const direction = forward ? 'next' : 'last';
      const label = `${direction} ${amount} ${unit}${amount === 1 ? '' : 's'}`;
      const other = STEP[unit](now, forward ? amount : -amount);
      const found = forward ? range(label, now, other) : range(label, other, now);
      if (unit === 'hour') return { ...found, hours: amount, days: amount / 24 };
      if (unit === 'day' || unit === 'week') return { ...found, days: unit === 'week' ? amount * 7 : amount };
      return found;
    },
  },
  {
    // "by end of day", "before EOD", "close of business" are today too.
    pattern: /\b(today|tonight|yesterday|tomorrow|end of (?:the )?day|eod|close of business|cob)\b/i,
    resolve: (match, now) => {
      const said = match[1]!.toLowerCase();
      const word = said === 'yesterday' || said === 'tomorrow' ? said : 'today';
      const start = addDays(startOfDay(now), word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0);
      return range(word, start, addDays(start, 1));
    },
  },
  {
    // "YTD", "month to date", "so far this quarter", "this year so far", "since the start of the month"
    pattern: /\b(ytd|mtd|qtd|(?:year|month|quarter) to date|so far this (?:year|month|quarter)|this (?:year|month|quarter) so far|since the (?:start|beginning) of the (?:year|month|quarter))\b/i,
    resolve: (match, now) => {
      const phrase = match[1]!.toLowerCase();
      const named = /year|month|quarter/.exec(phrase)?.[0];
      const unit = (named ?? (phrase.startsWith('y') ? 'year' : phrase.startsWith('m') ? 'month' : 'quarter')) as 'year' | 'month' | 'quarter';
      return range(`${unit} to date`, START_OF[unit](now), now);
    },
  },
  {
    // "this week", "last quarter", "next month", "current year", "previous week"
    pattern: /\b(this|current|last|previous|prior|past|next|coming)\s+(week|month|quarter|qtr|year)\b/i,
    resolve: (match, now) => {
      const unit = unitOf(match[2]!) as Exclude<Unit, 'hour'>;
      const which = match[1]!.toLowerCase();
      const offset = ['last', 'previous', 'prior', 'past'].includes(which) ? -1 : ['next', 'coming'].includes(which) ? 1 : 0;
      const start = STEP[unit](START_OF[unit](now), offset);
      const label = `${offset < 0 ? 'last' : offset > 0 ? 'next' : 'this'} ${unit}`;
      return range(label, start, STEP[unit](start, 1));
    },
  },
  {
    // "Q4 2025", "q1", "2025 Q3", "Q2-2026"
    pattern: /\b(?:(\d{4})\s*)?q([1-4])(?:\s*[-/ ]?\s*(\d{4}))?\b/i,
    resolve: (match, now) => {
      const year = Number(match[3] ?? match[1] ?? now.getFullYear());
      const start = new TZDate(year, (Number(match[2]) - 1) * 3, 1, now.timeZone ?? 'UTC');
      return range(`Q${match[2]} ${year}`, start, addQuarters(start, 1));
    },
  },
  {
    // "in March", "for november 2025", "March 2026"
    pattern: new RegExp(String.raw`\b(?:(in|for|during|of)\s+)?(${MONTHS.join('|')})(?:\s+(\d{4}))?\b`, 'i'),
    resolve: (match, now) => {
      const month = MONTHS.indexOf(match[2]!.toLowerCase());
      // "may" is usually the verb: only a month with a preposition or a year.
      if (month === 4 && !match[1] && !match[3]) return undefined;
      // Without a year, the latest such month that has started.
      const year = match[3] ? Number(match[3]) : month <= now.getMonth() ? now.getFullYear() : now.getFullYear() - 1;
      const start = new TZDate(year, month, 1, now.timeZone ?? 'UTC');
      return range(`${MONTHS[month]} ${year}`, start, addMonths(start, 1));
    },
  },
];

/**
 * The period a question is about, resolved in `timeZone` against `now` (weeks start on Monday).
 * @example findPeriod('escalations over the last 3 months', now, 'UTC')?.value.label // 'last 3 months'
 */
export function findPeriod(text: string, now: Date, timeZone: string): FoundPeriod | undefined {
  let zonedNow: TZDate | undefined;
  for (const { pattern, resolve } of RULES) {
    const match = pattern.exec(text);
    if (!match) continue;
    // Built only when needed: reading the zone's offset is the costly part.
    zonedNow ??= new TZDate(now.getTime(), timeZone);
    const found = resolve(match, zonedNow);
    if (found) return { ...found, start: match.index, end: match.index + match[0].length };
  }
  return undefined;
}
