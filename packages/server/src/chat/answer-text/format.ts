/**
 * Number, money, time and list formatting for the offline assistant's answer text. Everything goes
 * through `Intl`, so rounding and currency symbols follow one set of rules across every template.
 */

/** The answer text is written in English; numbers and dates follow the same locale. */
const LOCALE = 'en-US';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** One cached `Intl.NumberFormat` per option set: templates format many figures per answer. */
function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A whole count with grouping: `1,026`. */
export function formatCount(value: number): string {
  return numberFormat({ maximumFractionDigits: 0 }).format(value);
}

/** A measure with at most `digits` decimals: `0.82`, `128.8`. @default digits 1 */
export function formatNumber(value: number, digits = 1): string {
  return numberFormat({ maximumFractionDigits: digits }).format(value);
}

/** A 0–1 rate as a percentage: `0.9411` → `94.1%`. @default digits 1 */
export function formatPercent(rate: number, digits = 1): string {
  return numberFormat({ style: 'percent', maximumFractionDigits: digits }).format(rate);
}

/** A relative change (0–1 scale) with its sign: `0.165` → `+16.5%`. */
export function formatSignedPercent(relative: number, digits = 1): string {
  return numberFormat({ style: 'percent', maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(relative);
}

/** A difference in points with its sign: `-4.69` → `-4.7 pts`. @default digits 1 */
export function formatPoints(points: number, digits = 1): string {
  const magnitude = numberFormat({ maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(points);
  return `${magnitude} ${Math.abs(points) === 1 ? 'pt' : 'pts'}`;
}

/** Decimals of a currency's minor unit (2 for USD, 0 for JPY, 3 for KWD), as `Intl` knows them. */
function minorUnitDigits(currency: string): number {
  return numberFormat({ style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * Money from integer minor units ("cents") in the payload's currency: whole units from 1,000 up
 * (`$488,730`), the minor unit below (`$31.46`), so totals stay readable and unit costs keep their precision.
 */
export function formatMoney(cents: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  const units = cents / 10 ** digits;
  const shown = Math.abs(units) >= 1000 ? 0 : digits;
  return numberFormat({ style: 'currency', currency, minimumFractionDigits: shown, maximumFractionDigits: shown }).format(units);
}

/** A length of time from minutes, in the largest sensible units: `45 min`, `3 h 5 min`, `2 d 4 h`. */
export function formatDuration(minutes: number): string {
  const total = Math.round(Math.abs(minutes));
  if (total < 1) return 'under 1 min';
  if (total < 60) return `${total} min`;
  if (total < 24 * 60) {
    const hours = Math.floor(total / 60);
    const rest = total % 60;
    return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
  }
  const days = Math.floor(total / (24 * 60));
  const hours = Math.floor((total % (24 * 60)) / 60);
  return hours === 0 ? `${days} d` : `${days} d ${hours} h`;
}

const ordinalRules = new Intl.PluralRules(LOCALE, { type: 'ordinal' });
const ORDINAL_SUFFIXES: Readonly<Record<string, string>> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** A percentile or rank in words: `10th`, `1st`, `22nd`. */
export function formatOrdinal(value: number): string {
  const whole = Math.round(value);
  return `${formatCount(whole)}${ORDINAL_SUFFIXES[ordinalRules.select(whole)] ?? 'th'}`;
}

/** Hours of work: `28.4 h`. */
export function formatHours(hours: number): string {
  return `${formatNumber(hours)} h`;
}

/** A horizon given in hours, in words: `24 hours`, `3 days`. */
export function formatHorizon(hours: number): string {
  if (hours >= 48 && hours % 24 === 0) return countOf(hours / 24, 'day');
  return `${formatNumber(hours)} ${hours === 1 ? 'hour' : 'hours'}`;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE, options);
    dateFormats.set(key, format);
  }
  return format;
}

/** A calendar day: `Dec 25, 2026`. Dates are read in UTC unless a time zone is given. */
export function formatDate(iso: string, timeZone = 'UTC'): string {
  return dateFormat({ month: 'short', day: 'numeric', year: 'numeric', timeZone }).format(new Date(iso));
}

/** A time of day with its zone: `11:00 AM UTC`. */
export function formatTime(iso: string, timeZone = 'UTC'): string {
  return dateFormat({ hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(new Date(iso));
}

/** A day and time with its zone: `Fri, Dec 11, 4:00 PM GMT+1`. */
export function formatDateTime(iso: string, timeZone = 'UTC'): string {
  return dateFormat({ weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(new Date(iso));
}

/** A `[from, to)` span in words: `on Nov 20, 2026` for one day, else `from Oct 21 to Nov 20, 2026`. */
export function formatSpan(from: string, to: string, timeZone = 'UTC'): string {
  // `to` is exclusive: the last instant inside the span names the last day.
  const lastInstant = new Date(Date.parse(to) - 1).toISOString();
  const first = formatDate(from, timeZone);
  const last = formatDate(lastInstant, timeZone);
  if (first === last) return `on ${first}`;
  const sameYear = dateFormat({ year: 'numeric', timeZone }).format(new Date(from)) === dateFormat({ year: 'numeric', timeZone }).format(new Date(lastInstant));
  return `from ${sameYear ? dateFormat({ month: 'short', day: 'numeric', timeZone }).format(new Date(from)) : first} to ${last}`;
}

/** A period's label as an adverbial: `this week`, `in the last 30 days`, `in Q4 2025`. */
export function inPeriod(label: string): string {
  if (/^(last|past|next) \d/i.test(label)) return `in the ${label}`;
  if (/^(today|yesterday|tomorrow|this |last |next )/i.test(label)) return label;
  return `in ${label}`;
}

/** A report period as the question named it (`in the last 30 days`), else its dates. */
export function formatPeriod(period: { label: string | null; from: string; to: string }): string {
  return period.label ? inPeriod(period.label) : formatSpan(period.from, period.to);
}

/** A count with its noun in the right number: `1 ticket`, `3 tickets`. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}

const listFormat = new Intl.ListFormat(LOCALE, { style: 'long', type: 'conjunction' });

/** Items joined in prose: `a, b, and c`. */
export function listInWords(items: readonly string[]): string {
  return listFormat.format(items);
}

/** An identifier in words: `account_access` → `account access`, `firstReply` → `first reply`. */
export function humanize(key: string): string {
  return key
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

/** A word with its indefinite article: `a friendly`, `an apologetic`. */
export function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}

/** The first letter in capitals, for a sentence that starts with a variable phrase. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Quoted free text (a subject, a title), shortened so one long subject cannot swamp the answer. */
export function quote(text: string, maxLength = 60): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return `“${clean.length > maxLength ? `${clean.slice(0, maxLength - 1).trimEnd()}…` : clean}”`;
}

/** Free text without its closing full stop, to embed it in a sentence of our own. */
export function withoutFinalStop(text: string): string {
  return text.trim().replace(/[.!]+$/, '');
}

/** Bold in the answer's markdown, without letting the name's own asterisks break it. */
export function bold(text: string): string {
  return `**${text.replace(/\*/g, '')}**`;
}

/** The name of an SLA metric in prose. */
export function slaMetricName(metric: string): string {
  return SLA_METRIC_NAMES[metric] ?? humanize(metric);
}

const SLA_METRIC_NAMES: Readonly<Record<string, string>> = {
  firstReply: 'first reply',
  nextReply: 'next reply',
  periodicUpdate: 'periodic update',
  pausableUpdate: 'pausable update',
  requesterWait: 'requester wait',
  agentWork: 'agent work',
  resolution: 'resolution',
};
