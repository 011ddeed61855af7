import { tzOffset } from '@date-fns/tz';
import * as z from 'zod';
import { IdSchema, IsoDateSchema } from './common.js';

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A local wall-clock time `HH:MM`, with `24:00` allowed as the end of a day. */
export const TimeOfDaySchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be a time as HH:MM between 00:00 and 24:00');

/** An opening window `[start, end)`; an end earlier than the start runs past midnight into the next day. */
export const OpeningWindowSchema = z.tuple([TimeOfDaySchema, TimeOfDaySchema]);

const weeklyShape = Object.fromEntries(WEEKDAYS.map((day) => [day, z.array(OpeningWindowSchema).optional()])) as {
  [Day in Weekday]: z.ZodOptional<z.ZodArray<typeof OpeningWindowSchema>>;
};

/** Whether the runtime's time-zone database knows `timeZone` (IANA names or fixed `±HH:MM` offsets). */
export function isKnownTimeZone(timeZone: string): boolean {
  return timeZone.trim() !== '' && !Number.isNaN(tzOffset(timeZone, new Date(0)));
}

/**
 * Business hours in one IANA time zone: opening windows per weekday and whole-day holidays.
 * @example { timezone: 'Europe/Paris', weekly: { mon: [['09:00', '12:30'], ['13:30', '18:00']] }, holidays: ['2026-12-25'] }
 */
export const BusinessCalendarSchema = z
  .object({
    id: IdSchema.optional(),
    name: z.string().optional(),
    timezone: z.string().min(1, 'must name an IANA time zone'),
    weekly: z.object(weeklyShape).strict(),
    holidays: z.array(IsoDateSchema).optional(),
  })
  .superRefine((calendar, context) => {
    if (!isKnownTimeZone(calendar.timezone)) {
      context.addIssue({ code: 'custom', path: ['timezone'], message: `unknown time zone "${calendar.timezone}"` });
    }
    let openWindows = 0;
    for (const day of WEEKDAYS) {
      (calendar.weekly[day] ?? []).forEach(([start, end], index) => {
        // A window across midnight is written end < start; equal ends, or a start of 24:00, open nothing.
        if (start === '24:00' || start === end || (end === '00:00' && start === '00:00')) {
          context.addIssue({
            code: 'custom',
            path: ['weekly', day, index],
            message: `window ${start}–${end} is empty: the end must differ from the start and the start must be before 24:00`,
          });
        } else {
          openWindows += 1;
        }
      });
    }
    if (openWindows === 0) {
      context.addIssue({ code: 'custom', path: ['weekly'], message: 'calendar has no open window: add at least one opening window' });
    }
  });

export type BusinessCalendar = z.infer<typeof BusinessCalendarSchema>;
