const UNITS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};
const SMALL: Readonly<Record<string, number>> = {
  ...UNITS, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, dozen: 12, hundred: 100, a: 1, an: 1, couple: 2,
};
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

// Longest alternatives first, so "forty-eight" is read whole and "sixteen" is not "six".
const TENS_WORDS = Object.keys(TENS).join('|');
const SMALL_WORDS = Object.keys(SMALL).sort((left, right) => right.length - left.length).join('|');

/** Regex source for a count written in digits or in words ("20", "twenty", "forty-eight", "a dozen"). */
export const COUNT_PATTERN = `(\\d{1,4}|(?:${TENS_WORDS})(?:[\\s-](?:${Object.keys(UNITS).join('|')}))?|${SMALL_WORDS})`;

/** A count written in digits or in words ("20", "twenty", "forty-eight"), or undefined. */
export function countOf(text: string): number | undefined {
  const lower = text.toLowerCase().trim();
  if (/^\d+$/.test(lower)) return Number(lower);
  const [tens, unit] = lower.split(/[\s-]+/);
  if (tens !== undefined && TENS[tens] !== undefined) return TENS[tens] + (unit ? (UNITS[unit] ?? 0) : 0);
  return SMALL[lower];
}
