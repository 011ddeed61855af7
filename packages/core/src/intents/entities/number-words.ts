const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, ninety: 90, hundred: 100, a: 1, an: 1,
};

/** Regex source for a count written in digits or as a word. */
export const COUNT_PATTERN = `(\\d{1,4}|${Object.keys(NUMBER_WORDS).join('|')})`;

/** A count written in digits or as a word ("20", "twenty"), or undefined. */
export function countOf(text: string): number | undefined {
  const lower = text.toLowerCase();
  if (/^\d+$/.test(lower)) return Number(lower);
  return NUMBER_WORDS[lower];
}
