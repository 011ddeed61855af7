import type { AccountSlices } from './account-index.js';

/** The latest QBR held by `nowMs` (the account's `lastQbrAt` or a past `qbr` meeting); null when none is known. */
export function lastQbrMs(slices: AccountSlices, nowMs: number): number | null {
  let latest = slices.account.lastQbrAt ? Date.parse(slices.account.lastQbrAt) : -Infinity;
  if (latest > nowMs) latest = -Infinity;
  for (const entry of slices.meetings) {
    if (entry.startsAtMs > nowMs) break;
    if (entry.meeting.kind === 'qbr' && entry.startsAtMs > latest) latest = entry.startsAtMs;
  }
  return latest === -Infinity ? null : latest;
}

/** The next QBR already on the calendar after `nowMs`, or null. */
export function nextQbrMs(slices: AccountSlices, nowMs: number): number | null {
  for (const entry of slices.meetings) {
    if (entry.startsAtMs > nowMs && entry.meeting.kind === 'qbr') return entry.startsAtMs;
  }
  return null;
}
