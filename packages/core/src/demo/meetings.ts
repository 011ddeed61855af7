import type { Meeting, MeetingKind } from '../contracts/meeting.js';
import type { Ticket } from '../contracts/ticket.js';
import type { DemoAccount } from './accounts.js';
import type { DemoAgent } from './agents.js';
import { TEAM_IDS } from './calendars.js';
import { DAY_MS, HOUR_MS, isoInstant, MINUTE_MS, utcDayStart } from './demo-time.js';
import type { SeededRandom } from './random.js';

type Draft = Omit<Meeting, 'id' | 'startsAt' | 'endsAt'> & { startsAtMs: number; minutes: number };

/**
 * Calls and QBRs behind each account's last touchpoint and last QBR, upcoming renewal and expansion calls,
 * agents' customer calls and weekly 1-on-1s with their manager; several of them today, before and after `now`.
 */
export function generateMeetings(accounts: readonly DemoAccount[], agents: readonly DemoAgent[], tickets: readonly Ticket[], nowMs: number, random: SeededRandom): Meeting[] {
  const drafts: Draft[] = [];
  const today = utcDayStart(nowMs);
  let churnToday = 0;
  for (const { account, role, contacts } of accounts) {
    const owner = account.csmId ? [account.csmId] : [];
    const customer = (count: number) => contacts.slice(account.champion?.leftOn ? 1 : 0).slice(0, count).map((contact) => contact.id);
    const add = (title: string, kind: MeetingKind, startsAtMs: number, minutes: number, notes?: string) =>
      drafts.push({ title, kind, startsAtMs, minutes, accountId: account.id, attendeeIds: [...owner, ...customer(kind === 'qbr' ? 2 : 1)], ...(notes ? { notes } : {}) });
    const lastQbrMs = account.lastQbrAt ? Date.parse(account.lastQbrAt) : null;
    const lastTouchMs = account.lastTouchpointAt ? Date.parse(account.lastTouchpointAt) : null;
    if (lastQbrMs !== null) add(`${account.name} quarterly business review`, 'qbr', lastQbrMs, 60, 'Reviewed adoption, support trends and the roadmap.');
    if (lastTouchMs !== null && lastTouchMs !== lastQbrMs) add(`Check-in call with ${account.name}`, 'call', lastTouchMs, 30);
    const renewalDays = Math.round((Date.parse(account.renewalDate) - today) / DAY_MS);
    if (role === 'churn') {
      // Renewal-risk reviews this afternoon, after `now`.
      const startsAtMs = nowMs + (30 + 60 * (churnToday++ % 4)) * MINUTE_MS;
      add(`Renewal risk review: ${account.name}`, 'call', startsAtMs, 45, 'Champion left; usage down; overdue invoice. Prepare a recovery plan.');
    } else if (role === 'upsell') {
      add(`Expansion discussion with ${account.name}`, 'call', today + random.int(3, 10) * DAY_MS + random.int(14, 17) * HOUR_MS, 45, 'Seats saturated; they are trying SSO.');
    } else if (renewalDays >= 0 && renewalDays <= 90 && random.chance(0.5)) {
      add(`Renewal preparation: ${account.name}`, 'call', today + random.int(1, 14) * DAY_MS + random.int(13, 18) * HOUR_MS, 30);
    }
  }
  const accountsById = new Map(accounts.map(({ account }) => [account.id, account]));
  for (const teamId of TEAM_IDS) {
    const team = agents.filter((agent) => agent.teamId === teamId);
    const managerId = teamId === TEAM_IDS[0] ? 'manager-1' : 'manager-2';
    team.forEach((agent, index) => {
      // Weekly 1-on-1s on a fixed weekday; the first two agents of each team have theirs today.
      const lastOneOnOne = index < 2 ? today + (index === 0 ? 9 : 16) * HOUR_MS : today - (1 + (index % 5)) * DAY_MS + 14 * HOUR_MS;
      for (const startsAtMs of [lastOneOnOne, lastOneOnOne + 7 * DAY_MS]) {
        drafts.push({ title: `1-on-1: ${agent.agent.name} / manager`, kind: 'one_on_one', startsAtMs, minutes: 30, attendeeIds: [agent.agent.id, managerId] });
      }
      // A customer call about an open ticket for the first two agents: one this morning, one later today.
      const ticket = index < 2 ? tickets.find((candidate) => candidate.assigneeId === agent.agent.id && candidate.solvedAt === null) : undefined;
      const account = ticket ? accountsById.get(ticket.accountId) : undefined;
      if (ticket && account) {
        const startsAtMs = index === 0 ? nowMs - 3 * HOUR_MS : nowMs + 2 * HOUR_MS;
        const attendeeIds = [agent.agent.id, ticket.requesterId];
        drafts.push({ title: `Call with ${account.name} about ${ticket.id}`, kind: 'call', startsAtMs, minutes: 30, accountId: account.id, attendeeIds, notes: ticket.subject });
      }
    });
  }
  drafts.sort((left, right) => left.startsAtMs - right.startsAtMs);
  return drafts.map(({ startsAtMs, minutes, ...meeting }, index) => ({
    id: `mtg-${index + 1}`,
    title: meeting.title,
    startsAt: isoInstant(startsAtMs),
    endsAt: isoInstant(startsAtMs + minutes * MINUTE_MS),
    ...(meeting.accountId ? { accountId: meeting.accountId } : {}),
    attendeeIds: meeting.attendeeIds,
    kind: meeting.kind,
    ...(meeting.notes ? { notes: meeting.notes } : {}),
  }));
}
