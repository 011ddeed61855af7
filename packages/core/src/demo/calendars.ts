import type { BusinessCalendar } from '../contracts/business-calendar.js';
import type { Priority } from '../contracts/common.js';
import type { SlaPolicy, SlaTarget } from '../contracts/sla-policy.js';
import type { Team } from '../contracts/team.js';

type StoredCalendar = BusinessCalendar & { id: string };
type StoredPolicy = SlaPolicy & { id: string };

export const EUROPE_TEAM_ID = 'team-europe';
export const AMERICAS_TEAM_ID = 'team-americas';
export const TEAM_IDS = [EUROPE_TEAM_ID, AMERICAS_TEAM_ID] as const;
export type DemoTeamId = (typeof TEAM_IDS)[number];

// French public holidays of 2026 and 2027 (Easter Monday, Ascension and Whit Monday move each year).
const FRENCH_HOLIDAYS = [
  '2026-01-01', '2026-04-06', '2026-05-01', '2026-05-08', '2026-05-14', '2026-05-25', '2026-07-14', '2026-08-15', '2026-11-01', '2026-11-11', '2026-12-25',
  '2027-01-01', '2027-03-29', '2027-05-01', '2027-05-06', '2027-05-08', '2027-05-17', '2027-07-14', '2027-08-15', '2027-11-01', '2027-11-11', '2027-12-25',
];

// US federal holidays as observed by the office, plus the day after Thanksgiving.
const US_HOLIDAYS = [
  '2026-01-01', '2026-01-19', '2026-02-16', '2026-05-25', '2026-06-19', '2026-07-03', '2026-09-07', '2026-11-26', '2026-11-27', '2026-12-25',
  '2027-01-01', '2027-01-18', '2027-02-15', '2027-05-31', '2027-06-18', '2027-07-05', '2027-09-06', '2027-11-25', '2027-11-26', '2027-12-24',
];

function weekdays(windows: [string, string][]): BusinessCalendar['weekly'] {
  return { mon: windows, tue: windows, wed: windows, thu: windows, fri: windows };
}

/** Paris office hours with a lunch break, and New York office hours; both open at the demo's `now`. */
export function buildCalendars(): StoredCalendar[] {
  return [
    { id: 'cal-paris', name: 'Paris office hours', timezone: 'Europe/Paris', weekly: weekdays([['09:00', '12:30'], ['13:30', '18:00']]), holidays: FRENCH_HOLIDAYS },
    { id: 'cal-new-york', name: 'New York office hours', timezone: 'America/New_York', weekly: weekdays([['08:00', '19:00']]), holidays: US_HOLIDAYS },
  ];
}

/** `[minutes, businessHours]` per priority for one metric. */
type TargetRow = Record<Priority, readonly [number, boolean]>;

function targetsOf(metric: SlaTarget['metric'], row: TargetRow): SlaTarget[] {
  return (Object.keys(row) as Priority[]).map((priority) => ({ metric, priority, targetMinutes: row[priority][0], businessHours: row[priority][1] }));
}

/**
 * Tier 1 answers account and billing questions within its 8-hour day; Tier 2 handles technical issues
 * faster over an 11-hour day. Urgent targets run on calendar time, the rest in business hours.
 */
export function buildSlaPolicies(): StoredPolicy[] {
  return [
    {
      id: 'sla-tier1',
      name: 'Tier 1 standard',
      warnBeforeMinutes: 30,
      targets: [
        ...targetsOf('firstReply', { urgent: [60, false], high: [120, true], normal: [240, true], low: [480, true] }),
        ...targetsOf('nextReply', { urgent: [120, false], high: [240, true], normal: [480, true], low: [960, true] }),
        ...targetsOf('resolution', { urgent: [1440, false], high: [1440, true], normal: [2400, true], low: [4800, true] }),
      ],
    },
    {
      id: 'sla-tier2',
      name: 'Tier 2 technical',
      warnBeforeMinutes: 30,
      targets: [
        ...targetsOf('firstReply', { urgent: [30, false], high: [60, true], normal: [180, true], low: [480, true] }),
        ...targetsOf('nextReply', { urgent: [60, false], high: [180, true], normal: [360, true], low: [720, true] }),
        ...targetsOf('resolution', { urgent: [720, false], high: [1320, true], normal: [3300, true], low: [6600, true] }),
      ],
    },
  ];
}

/** The two support teams, each on its own calendar and SLA policy. */
export function buildTeams(): Team[] {
  return [
    { id: EUROPE_TEAM_ID, name: 'Tier 1 Europe', managerId: 'manager-1', calendarId: 'cal-paris', slaPolicyId: 'sla-tier1' },
    { id: AMERICAS_TEAM_ID, name: 'Tier 2 Americas', managerId: 'manager-2', calendarId: 'cal-new-york', slaPolicyId: 'sla-tier2' },
  ];
}
