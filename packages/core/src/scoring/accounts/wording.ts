/** Small helpers for the explanation sentences. */

/** `1 ticket`, `3 tickets`; `plural` for irregular nouns. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** `+12%` / `−8%` for a rate change. */
export function formatSignedPercent(rate: number): string {
  const percent = Math.round(rate * 100);
  return percent > 0 ? `+${percent}%` : percent < 0 ? `−${Math.abs(percent)}%` : '0%';
}
