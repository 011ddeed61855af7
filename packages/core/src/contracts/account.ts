import * as z from 'zod';
import { IdSchema, IsoDateSchema, IsoDateTimeSchema } from './common.js';
import { createParser } from './parse.js';
import { countSchema, NonNegativeMoneySchema, whenFieldsValid } from './schema-helpers.js';

export const ACCOUNT_SEGMENTS = ['enterprise', 'mid_market', 'smb'] as const;
export const AccountSegmentSchema = z.enum(ACCOUNT_SEGMENTS);

/** The CSM's manual read of the relationship (SCORING §1 "CSM pulse"). */
export const CsmPulseSchema = z.enum(['healthy', 'concerning', 'poor']);

/** The direction of the account's last contract change (SCORING §1 "contract trajectory"). */
export const ContractTrajectorySchema = z.enum(['expansion', 'flat', 'contraction']);

/** The CSM's renewal forecast at the 180- and 90-day checkpoints (SCORING §7); `monitor` only at 180 days. */
export const RenewalForecastSchema = z.enum(['good', 'at_risk', 'monitor']);

/** A named person at the customer, such as the champion or the executive sponsor. */
export const AccountContactSchema = z.object({
  contactId: IdSchema.optional(),
  name: z.string().trim().min(1, 'must be a non-empty name'),
  email: z.email({ message: 'must be an email address' }).optional(),
  /** The day the contact left the company or the role; while set and unreplaced, the account has no active champion. */
  leftOn: IsoDateSchema.optional(),
});

/** Onboarding progress, used by the onboarding health profile for the account's first 90 days. */
export const SetupMilestonesSchema = z
  .object({ completed: countSchema('milestones'), total: countSchema('milestones') })
  .refine((milestones) => milestones.completed <= milestones.total, {
    message: 'must be at most `total` milestones',
    path: ['completed'],
  });

/**
 * A customer account with its commercial terms and the optional signals the health and churn scores read.
 * @example { id: 'acc-42', name: 'Acme', arr: { amountCents: 12_000_000, currency: 'USD' }, plan: 'Business', segment: 'mid_market', renewalDate: '2026-09-30', csmId: 'csm-2', licences: 120 }
 */
export const AccountSchema = z
  .object({
    id: IdSchema,
    name: z.string().trim().min(1, 'must be a non-empty name'),
    /** Annual recurring revenue. */
    arr: NonNegativeMoneySchema,
    plan: z.string().trim().min(1, 'must name the plan, e.g. Business'),
    segment: AccountSegmentSchema,
    renewalDate: IsoDateSchema,
    /** The customer success manager who owns the account; `null` for pooled or digital-only accounts. */
    csmId: IdSchema.nullable(),
    /** Licensed seats. */
    licences: countSchema('licences'),
    /** When the customer signed; gives tenure and the onboarding window. */
    createdAt: IsoDateTimeSchema.optional(),
    /** The customer's champion; `null` when none is known. */
    champion: AccountContactSchema.nullable().optional(),
    executiveSponsor: AccountContactSchema.nullable().optional(),
    csmPulse: CsmPulseSchema.optional(),
    /** The last meeting, call or QBR with the customer. */
    lastTouchpointAt: IsoDateTimeSchema.optional(),
    lastQbrAt: IsoDateTimeSchema.optional(),
    /** Whether every invoice is paid on time (`current`) or one is overdue. */
    invoiceStatus: z.enum(['current', 'overdue']).optional(),
    /** Age of the oldest overdue invoice in days; 0 when none is overdue. */
    invoiceDaysOverdue: countSchema('days').optional(),
    contractTrajectory: ContractTrajectorySchema.optional(),
    renewalForecast: RenewalForecastSchema.optional(),
    /** Key features the plan entitles the account to, the denominator of feature breadth. */
    entitledFeatures: z.array(z.string().trim().min(1, 'must be a non-empty feature name')).optional(),
    /** Products or modules the account owns, for cross-sell whitespace. */
    products: z.array(z.string().trim().min(1, 'must be a non-empty product name')).optional(),
    setupMilestones: SetupMilestonesSchema.optional(),
    discountRequested: z.boolean().optional(),
  })
  .superRefine(
    (account, context) => {
      if (account.invoiceStatus === 'current' && (account.invoiceDaysOverdue ?? 0) > 0) {
        context.addIssue({
          code: 'custom',
          path: ['invoiceDaysOverdue'],
          message: 'must be 0 when invoiceStatus is "current", or set invoiceStatus to "overdue"',
        });
      }
    },
    { when: whenFieldsValid('invoiceStatus', 'invoiceDaysOverdue') },
  );

export type AccountSegment = z.infer<typeof AccountSegmentSchema>;
export type CsmPulse = z.infer<typeof CsmPulseSchema>;
export type ContractTrajectory = z.infer<typeof ContractTrajectorySchema>;
export type RenewalForecast = z.infer<typeof RenewalForecastSchema>;
export type AccountContact = z.infer<typeof AccountContactSchema>;
export type Account = z.infer<typeof AccountSchema>;

/** Parses an account at a boundary, throwing a `ContractError` that lists every bad field. */
export const parseAccount = createParser(AccountSchema, 'Account');
