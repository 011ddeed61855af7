import { RETRIEVAL_CONFIG_VERSION } from './config-version.js';

/** Windows and thresholds of call-prep notes. */
export interface CallPrepConfig {
  configVersion: string;
  /** Tickets created this many days back count as recent. @default 30 */
  recentTicketDays: number;
  /** CSAT ratings and NPS answers this many days back count. @default 90 */
  feedbackWindowDays: number;
  /** Usage compares the last this-many days with the same span before. @default 28 */
  usageWindowDays: number;
  /** A renewal this many days away or fewer is a talking point. @default 90 */
  renewalSoonDays: number;
  /** …and an urgent one from this many days. @default 30 */
  renewalUrgentDays: number;
  /** A change in average active users of at least this many percent is a talking point. @default 10 */
  usageChangePercent: number;
  /** CSAT below this rate (0–1) is a talking point… @default 0.8 */
  csatConcernRate: number;
  /** …once at least this many ratings exist. @default 3 */
  minCsatRatings: number;
  /** NPS (−100 to 100) below this is a talking point. @default 0 */
  npsConcernScore: number;
  /** NPS at or above this suggests asking for a reference. @default 50 */
  npsAdvocateScore: number;
  /** Account-health bands that make the health a talking point (compared lower-case). @default ['poor', 'at_risk', 'red', 'critical'] */
  concerningHealthBands: readonly string[];
  /** Most talking points returned, most important first. @default 8 */
  maxTalkingPoints: number;
}

/** Defaults of call-prep notes; override any field per call. */
export const DEFAULT_CALL_PREP_CONFIG: CallPrepConfig = {
  configVersion: RETRIEVAL_CONFIG_VERSION,
  recentTicketDays: 30,
  feedbackWindowDays: 90,
  usageWindowDays: 28,
  renewalSoonDays: 90,
  renewalUrgentDays: 30,
  usageChangePercent: 10,
  csatConcernRate: 0.8,
  minCsatRatings: 3,
  npsConcernScore: 0,
  npsAdvocateScore: 50,
  concerningHealthBands: ['poor', 'at_risk', 'red', 'critical'],
  maxTalkingPoints: 8,
};
