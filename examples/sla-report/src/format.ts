/** Plain-text formatting for the report: durations, local times, percentages and aligned tables. */

/**
 * Minutes as `45m` or `2h05m`; with `days`, long spans as `3d 4h10m`. Business minutes never use days
 * (a business day is not 24 hours). Negative values get a leading minus.
 */
export function formatMinutes(minutes: number, { days = false } = {}): string {
  const sign = minutes < 0 ? '-' : '';
  let rest = Math.abs(Math.trunc(minutes));
  const wholeDays = days ? Math.floor(rest / 1440) : 0;
  rest -= wholeDays * 1440;
  const hours = Math.floor(rest / 60);
  const mins = rest % 60;
  const clock = hours > 0 || wholeDays > 0 ? `${hours}h${String(mins).padStart(2, '0')}m` : `${mins}m`;
  return sign + (wholeDays > 0 ? `${wholeDays}d ${clock}` : clock);
}

/** An ISO instant as local wall time in `timeZone`, e.g. `Tue 12 May 15:55`. */
export function formatLocal(iso: string | null, timeZone: string): string {
  if (iso === null) return '—';
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: '2-digit',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('hour')}:${part('minute')}`;
}

/** A rate in [0, 1] as `83.3%`; `n/a` when there is none. */
export function formatRate(rate: number | null): string {
  return rate === null ? 'n/a' : `${(rate * 100).toFixed(1)}%`;
}

/** Rows of cells as an aligned table with a header rule. */
export function renderTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** A section title followed by a blank line. */
export function heading(title: string): string {
  return `\n${title}\n${'='.repeat(title.length)}`;
}
