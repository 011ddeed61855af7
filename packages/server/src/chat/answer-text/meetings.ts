import { bold, countOf, formatCount, formatDateTime, formatDuration, formatTime, quote } from './format.js';
import { spanWordsOf, templateOf, type AnswerTemplate } from './template.js';

export interface MeetingListView {
  from: string;
  to: string;
  meetings: { title: string; startsAt: string; minutesUntilStart: number; accountName: string | null }[];
}

export interface MeetingProposalView {
  kind: 'call' | 'qbr' | 'one_on_one' | 'other';
  durationMinutes: number;
  agentId: string | null;
  accounts: { accountName: string }[];
  proposedSlots: { startsAt: string }[];
  timezone: string;
}

const KIND_WORDS: Readonly<Record<MeetingProposalView['kind'], string>> = { call: 'call', qbr: 'business review', one_on_one: '1-on-1', other: 'meeting' };

/** meetings.today: how many meetings, and the next one with its time. */
const describeMeetingsToday = templateOf<MeetingListView>((data, answer) => {
  const when = spanWordsOf(answer, data.from, data.to);
  if (data.meetings.length === 0) return `You have no meetings ${when}.`;
  const next = data.meetings.filter((meeting) => meeting.minutesUntilStart >= 0).sort((left, right) => left.minutesUntilStart - right.minutesUntilStart)[0];
  const lead = `You have ${bold(countOf(data.meetings.length, 'meeting'))} ${when}`;
  if (!next) return `${lead}; all of them have started or ended.`;
  const at = when === 'today' ? formatTime(next.startsAt) : formatDateTime(next.startsAt);
  return `${lead}. Next: ${quote(next.title)} at ${at}, in ${formatDuration(next.minutesUntilStart)}.`;
});

/** meetings.schedule: what is proposed, with whom, and the first slot; nothing is booked until confirmed. */
const describeMeetingsSchedule = templateOf<MeetingProposalView>((data) => {
  const kind = `${formatCount(data.durationMinutes)}-minute ${KIND_WORDS[data.kind]}`;
  const [firstAccount, ...otherAccounts] = data.accounts;
  const withWhom = firstAccount
    ? ` with ${bold(firstAccount.accountName)}${otherAccounts.length > 0 ? ` (and ${countOf(otherAccounts.length, 'other account')} due one)` : ''}`
    : data.agentId
      ? ` with ${bold(data.agentId)}`
      : '';
  const [firstSlot] = data.proposedSlots;
  if (!firstSlot) return `No free slot was found for a ${kind}${withWhom}.`;
  return `Proposed ${countOf(data.proposedSlots.length, 'slot')} for a ${kind}${withWhom}; the first is ${formatDateTime(firstSlot.startsAt, data.timezone)}. Pick one to confirm: nothing is booked until you do.`;
});

export const MEETING_TEMPLATES: Readonly<Record<string, AnswerTemplate>> = {
  'meetings.today': describeMeetingsToday,
  'meetings.schedule': describeMeetingsSchedule,
};
