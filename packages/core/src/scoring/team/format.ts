/** Number formatting for the `reason` sentences only; every output field stays a plain number. */

/** `0.934` → `93%`; null → `n/a`. */
export function percent(rate: number | null): string {
  return rate === null ? 'n/a' : `${Math.round(rate * 100)}%`;
}

/** `45` → `45m`, `100` → `1h 40m`, `4560` → `3d 4h`; null → `n/a`. */
export function duration(minutes: number | null): string {
  if (minutes === null) return 'n/a';
  const whole = Math.max(0, Math.round(minutes));
  if (whole < 60) return `${whole}m`;
  if (whole < 1440) {
    const rest = whole % 60;
    return rest === 0 ? `${Math.floor(whole / 60)}h` : `${Math.floor(whole / 60)}h ${rest}m`;
  }
  const hours = Math.floor((whole % 1440) / 60);
  return hours === 0 ? `${Math.floor(whole / 1440)}d` : `${Math.floor(whole / 1440)}d ${hours}h`;
}

/** `1` → `1st`, `22` → `22nd`, `13` → `13th`. */
export function ordinal(value: number): string {
  const lastTwo = value % 100;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][value % 10] ?? 'th');
  return `${value}${suffix}`;
}

/** A load or ratio with two decimals: `1.4512` → `1.45`. */
export function decimal(value: number | null, digits = 2): string {
  return value === null ? 'n/a' : value.toFixed(digits);
}
