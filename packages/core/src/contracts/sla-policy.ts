import * as z from 'zod';
import { IdSchema, PrioritySchema, TicketStatusSchema } from './common.js';

/** The SLA metrics, as defined in docs/sla.md (Zendesk's model). */
export const SLA_METRICS = ['firstReply', 'nextReply', 'periodicUpdate', 'pausableUpdate', 'requesterWait', 'agentWork', 'resolution'] as const;
export const SlaMetricSchema = z.enum(SLA_METRICS);
export type SlaMetric = z.infer<typeof SlaMetricSchema>;

/** A target for one metric; with no `priority` it applies to every priority that has no target of its own. */
export const SlaTargetSchema = z.object({
  metric: SlaMetricSchema,
  priority: PrioritySchema.optional(),
  targetMinutes: z.number().finite().nonnegative('must be 0 or more minutes'),
  /** Count business time of the calendar instead of calendar time. @default false */
  businessHours: z.boolean().optional(),
});

const statusList = z.array(TicketStatusSchema);

export const SlaPolicySchema = z
  .object({
    id: IdSchema.optional(),
    name: z.string().optional(),
    targets: z.array(SlaTargetSchema).min(1, 'a policy needs at least one target'),
    /** Statuses that pause a clock: one list for every metric, or a list per metric (others keep their defaults). */
    pauseOn: z.union([statusList, z.partialRecord(SlaMetricSchema, statusList)]).optional(),
    /** Let the customer's opening message start a next-reply wait too. @default false */
    nextReplyIncludesFirst: z.boolean().optional(),
    /** Minutes of remaining time under which an active clock is `at_risk`. @default 15 */
    warnBeforeMinutes: z.number().finite().nonnegative().optional(),
  })
  .superRefine((policy, context) => {
    const seen = new Map<string, number>();
    policy.targets.forEach((target, index) => {
      const key = `${target.metric}/${target.priority ?? '*'}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else {
        context.addIssue({
          code: 'custom',
          path: ['targets', index],
          message: `duplicate target for ${target.metric} at priority ${target.priority ?? 'any'} (first at targets.${first})`,
        });
      }
    });
  });

export type SlaTarget = z.infer<typeof SlaTargetSchema>;
export type SlaPolicy = z.infer<typeof SlaPolicySchema>;
export type SlaPolicyInput = z.input<typeof SlaPolicySchema>;
