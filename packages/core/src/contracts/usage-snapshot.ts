import * as z from 'zod';
import { IdSchema, IsoDateSchema } from './common.js';
import { createParser } from './parse.js';
import { countSchema } from './schema-helpers.js';

/** A span of whole days, both ends included, so a one-day period has `start === end`. */
export const DatePeriodSchema = z
  .object({ start: IsoDateSchema, end: IsoDateSchema })
  // YYYY-MM-DD strings sort like the dates they name.
  .refine((period) => period.end >= period.start, { message: 'must be on or after period.start', path: ['end'] });

/**
 * An account's product usage over one period, the input of adoption and expansion scores.
 * @example { accountId: 'acc-42', period: { start: '2026-03-02', end: '2026-03-08' }, activeUsers: 87, licences: 120, logins: 410, featureUsage: { reports: 52 } }
 */
export const UsageSnapshotSchema = z.object({
  accountId: IdSchema,
  period: DatePeriodSchema,
  /** Distinct users active during the period. */
  activeUsers: countSchema('users'),
  /** Licensed seats during the period. */
  licences: countSchema('licences'),
  logins: countSchema('logins'),
  /** Uses of each feature during the period, keyed by feature name. */
  featureUsage: z.record(z.string().trim().min(1, 'must be a non-empty feature name'), countSchema('uses')),
});

export type DatePeriod = z.infer<typeof DatePeriodSchema>;
export type UsageSnapshot = z.infer<typeof UsageSnapshotSchema>;

/** Parses a usage snapshot at a boundary, throwing a `ContractError` that lists every bad field. */
export const parseUsageSnapshot = createParser(UsageSnapshotSchema, 'UsageSnapshot');
