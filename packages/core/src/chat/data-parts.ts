/**
 * The chat protocol's data parts and message metadata (DESIGN §7), shared by the server that writes them
 * and the React client that validates them, so neither defines them twice.
 */
import type { IntentAnswer } from '../widgets/answer-intent.js';
import * as z from 'zod';

/**
 * A widget answer in the chat: the same envelope `answerIntent` returns and the dashboard routes serve,
 * so a React widget renders it alike wherever it came from. Parse `data` with `answerSchemaOf(intent)`.
 */
export type ChatAnswerData = IntentAnswer;

/** Why a notice was sent: the answer took another path than the one asked for, or a limit was hit. */
export const CHAT_NOTICE_CODES = ['model_failed', 'model_timed_out', 'step_limit_reached', 'token_budget_reached', 'turn_not_saved'] as const;
export type ChatNoticeCode = (typeof CHAT_NOTICE_CODES)[number];

/** Something the user should know about how this answer was produced. */
export interface ChatNoticeData {
  code: ChatNoticeCode;
  /** One sentence for the user. */
  message: string;
}

/**
 * Where a proposed action stands: `pending` waits for the user's "yes" or "no"; `done`, `not_configured`,
 * `conflict` and `nothing_to_do` are the host's outcome; `cancelled` after a "no"; `failed` when it
 * could not be carried out.
 */
export const CHAT_ACTION_STATUSES = ['pending', 'done', 'not_configured', 'conflict', 'nothing_to_do', 'cancelled', 'failed'] as const;
export type ChatActionStatus = (typeof CHAT_ACTION_STATUSES)[number];

/** A proposed or confirmed action (`team.rebalance`, `meetings.schedule`). */
export interface ChatActionData {
  intent: string;
  status: ChatActionStatus;
  /** One sentence for the user, stating what happens or happened. */
  message: string;
  /** Ids touched (tickets moved, the meeting booked); empty while pending. */
  ids: string[];
}

/** Questions to offer as quick actions when nothing matched. */
export interface ChatSuggestionsData {
  questions: string[];
}

/** The data parts of a SupportAI chat message, by name (`data-answer`, `data-notice`, …). */
export type ChatDataParts = {
  answer: ChatAnswerData;
  notice: ChatNoticeData;
  action: ChatActionData;
  suggestions: ChatSuggestionsData;
};

/** Sent with each assistant message: when it was written and whether the model or the router wrote it. */
export interface ChatMessageMetadata {
  createdAt: string;
  answeredBy: 'model' | 'router';
}

/**
 * Zod schemas of the data parts, for a client's `dataPartSchemas` option and for tests. The answer's
 * `data` is checked per intent with `answerSchemaOf`.
 */
export const chatDataPartSchemas = {
  answer: z.object({
    intent: z.string().min(1),
    widget: z.string().min(1),
    asOf: z.iso.datetime({ offset: true }),
    params: z.record(z.string(), z.unknown()),
    data: z.unknown(),
  }),
  notice: z.object({ code: z.enum(CHAT_NOTICE_CODES), message: z.string().min(1) }),
  action: z.object({ intent: z.string().min(1), status: z.enum(CHAT_ACTION_STATUSES), message: z.string().min(1), ids: z.array(z.string()) }),
  suggestions: z.object({ questions: z.array(z.string().min(1)) }),
} satisfies { [Name in keyof ChatDataParts]: z.ZodType };

/** The metadata's schema, for a client's `messageMetadataSchema` option. */
export const chatMessageMetadataSchema = z.object({ createdAt: z.iso.datetime({ offset: true }), answeredBy: z.enum(['model', 'router']) });
