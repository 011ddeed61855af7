import * as z from 'zod';
import { PrioritySchema } from '../contracts/common.js';

/** Reply tones a draft can be asked for. */
export const TONES = ['empathetic', 'apologetic', 'formal', 'friendly', 'concise', 'firm'] as const;
export const ToneSchema = z.enum(TONES);
export type Tone = z.infer<typeof ToneSchema>;

/** A time range the user meant, resolved against `now`: `[from, to)` as ISO strings. */
export const PeriodSchema = z.object({
  /** The phrase as the user meant it, normalised: `today`, `this week`, `last quarter`, `Q4 2025`, `last 3 months`. */
  label: z.string().min(1),
  from: z.iso.datetime({ offset: true }),
  to: z.iso.datetime({ offset: true }),
});
export type Period = z.infer<typeof PeriodSchema>;

/**
 * Every entity the router extracts, with stable names. The same schemas type the LLM tools' inputs,
 * so both paths fill the same fields.
 */
export const PARAM_SCHEMAS = {
  /** As typed, without `#`: `12345`, `DESK-1002`, `TICK-001`. */
  ticketId: z.string().min(1).max(64).describe('Ticket id as the user typed it, without #, e.g. DESK-1002 or 12345'),
  /** As typed; resolved against the host's accounts later. */
  accountName: z.string().min(1).max(120).describe('Customer account name as the user wrote it'),
  /** As typed; resolved against the host's agents later. */
  agentName: z.string().min(1).max(120).describe('Support agent name as the user wrote it'),
  /** Top / bottom N. */
  limit: z.number().int().min(1).max(500).describe('How many items to show (top or bottom N)'),
  /** A span in days: "next 90 days", "last 30 days", "past 2 weeks" (14). */
  days: z.number().positive().max(3660).describe('A span in days, e.g. 90 for "next 90 days"'),
  /** A span in hours when the user spoke in hours: "next 24 hours". */
  hours: z.number().positive().max(24 * 366).describe('A span in hours, e.g. 24 for "next 24 hours"'),
  period: PeriodSchema.describe('The time range the question is about'),
  priority: PrioritySchema.describe('Ticket priority the question filters on'),
  tone: ToneSchema.describe('Tone the drafted reply or message should take'),
  /** What to search for or write about: "password reset", "the outage". */
  topic: z.string().min(1).max(500).describe('Free-text subject: what to search for or what a message is about'),
} as const;

export type ParamName = keyof typeof PARAM_SCHEMAS;

/** Extracted entities; every field is optional. */
export interface IntentParams {
  ticketId?: string;
  accountName?: string;
  agentName?: string;
  limit?: number;
  days?: number;
  hours?: number;
  period?: Period;
  priority?: z.infer<typeof PrioritySchema>;
  tone?: Tone;
  topic?: string;
}
