import type { SlaDashboardConfig } from '../service-levels/sla-dashboard-config.js';

/**
 * Defaults of the board metrics (SCORING §6). Override any field per call.
 * - `daysPerMonth` 30.4375 (365.25 / 12) prorates monthly money to the period.
 * - `humanShareOfOpex` 0.8 applies when `settings.costs.humanShareOfOpex` is absent.
 * - `aiRecontactDays` 7: an AI resolution counts only with no customer message or agent reply in the
 *   7 days after the AI solve (stricter than vendor defaults of 24–72 h) and the ticket not open again.
 * - `aiTagPrefixes` ['ai', 'bot']: a tag equal to one, or starting with one followed by `_ - :`
 *   (`ai_draft`, `bot-triage`), marks AI involvement.
 * - Rates per period: AI resolution rate = AI solves in the period ÷ tickets created in it (SCORING §6);
 *   containment = tickets created in the period that AI resolved ÷ those AI took part in (one cohort, so ≤ 1).
 * - Handle time: `averageHandleMinutes` when the host measures it; otherwise estimated as public
 *   agent replies per human-resolved ticket × `minutesPerReply` (8 min, a typical email touch).
 *   SLA work clocks are elapsed time, not handling time, so they are not used.
 */
export const DEFAULT_BOARD_METRICS_CONFIG = {
  version: 'board-metrics/1',
  /** @default 30 */
  defaultPeriodDays: 30,
  /** @default 30.4375 */
  daysPerMonth: 365.25 / 12,
  /** @default 0.8 */
  humanShareOfOpex: 0.8,
  /** @default 7 */
  aiRecontactDays: 7,
  /** @default ['ai', 'bot'] */
  aiTagPrefixes: ['ai', 'bot'] as readonly string[],
  /** Measured average handle time; null to estimate from replies. @default null */
  averageHandleMinutes: null as number | null,
  /** @default 8 */
  minutesPerReply: 8,
  /** Settings for the SLA compliance figure. @default {} */
  sla: {} as Partial<SlaDashboardConfig>,
};

export type BoardMetricsConfig = typeof DEFAULT_BOARD_METRICS_CONFIG;

export function boardConfigOf(overrides: Partial<BoardMetricsConfig> | undefined): BoardMetricsConfig {
  return { ...DEFAULT_BOARD_METRICS_CONFIG, ...overrides };
}
