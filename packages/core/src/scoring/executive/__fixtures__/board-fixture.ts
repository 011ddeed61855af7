// The board scenario shared by the executive tests. Not exported from the package.
import { at, atDate, DEFAULT_SETTINGS, makeAgent, makeData, makeTicket } from '../../service-levels/__fixtures__/support-fixtures.js';

/** T0 + 60 days: the default period is hours 720–1440, the previous one hours 0–720. */
export const BOARD_NOW = atDate(1440);

const human = (id: string, createdHour: number, rating?: 'good' | 'bad', fields: Parameters<typeof makeTicket>[1] extends infer Spec ? Partial<Spec> : never = {}) =>
  makeTicket(id, {
    createdHour,
    replyHours: [0.5, 1],
    solvedHour: 2,
    assigneeId: 'a1',
    ...(rating ? { csat: { rating, ratedAt: at(createdHour + 3) } } : {}),
    ...fields,
  });

/**
 * Current period: H1–H4 human-solved (2 replies each; ratings good, good, bad), AI1 verified AI solve,
 * AI2 provisional (solved 40 h before now), AI3 recontacted (customer back after 24 h, 1 agent reply),
 * T1 open with an `ai_draft` tag. Previous period: P1, P2 human-solved (1 reply each, P1 rated good),
 * P3 verified AI solve.
 */
export const boardTickets = () => [
  human('H1', 800, 'good', { category: 'billing', channel: 'chat', teamId: 'team-1', sentiment: 'positive' }),
  human('H2', 801, 'good', { category: 'billing', teamId: 'team-1' }),
  human('H3', 802, 'bad', { category: 'login', teamId: 'team-2', sentiment: 'negative', csat: { rating: 'bad', ratedAt: at(805), comment: 'Took too long' } }),
  human('H4', 803, undefined, { category: 'login', teamId: 'team-2', assigneeId: 'a2' }),
  makeTicket('AI1', { createdHour: 900, solvedHour: 0.1, resolvedBy: 'ai', category: 'password' }),
  makeTicket('AI2', { createdHour: 1400, solvedHour: 0.1, resolvedBy: 'ai', category: 'password', assigneeId: 'a1' }),
  makeTicket('AI3', { createdHour: 1000, solvedHour: 0.1, resolvedBy: 'ai', customerHours: [24], replyHours: [25], category: 'password' }),
  makeTicket('T1', { createdHour: 1200, tags: ['ai_draft'], category: 'login' }),
  makeTicket('P1', { createdHour: 100, replyHours: [0.5], solvedHour: 1, csat: { rating: 'good', ratedAt: at(102) }, category: 'billing' }),
  makeTicket('P2', { createdHour: 200, replyHours: [0.5], solvedHour: 1, category: 'login' }),
  makeTicket('P3', { createdHour: 300, solvedHour: 0.1, resolvedBy: 'ai', category: 'password' }),
];

/** Opex 100 000 cents a day (3 043 750 a month), AI 100 cents a resolution, 2000 help-center sessions a day. */
export const boardData = () =>
  makeData({
    tickets: boardTickets(),
    agents: [makeAgent('a1', { hourlyCost: { amountCents: 4000, currency: 'USD' } }), makeAgent('a2', { teamId: 'team-2', hourlyCost: { amountCents: 6000, currency: 'USD' } })],
    teams: [
      { id: 'team-1', name: 'Team one' },
      { id: 'team-2', name: 'Team two' },
    ],
    settings: { ...DEFAULT_SETTINGS, helpCenterSessionsPerMonth: 60_875 },
  });
