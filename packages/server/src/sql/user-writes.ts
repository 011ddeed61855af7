import type { Kysely } from 'kysely';
import type { AnswerFeedback, SavedDraft } from '../data-source/data-source.js';
import type { SupportAIDatabase } from './database-schema.js';
import { toJsonText } from './rows/column-values.js';
import { AnswerFeedbackSchema, parseWriteInput, SavedDraftSchema } from './write-schemas.js';

/*
 * Feedback and drafts are upserts keyed by id, each one statement (atomic on its own): a retried request
 * leaves one row, and a second save of the same id replaces the first (a re-rated answer, an edited draft).
 * The replace only happens for the same user: an id that belongs to someone else is left as it was.
 */

/** Stores a thumbs up or down; idempotent on `feedback.id`. */
export async function recordFeedback(db: Kysely<SupportAIDatabase>, input: AnswerFeedback): Promise<void> {
  const feedback = parseWriteInput(AnswerFeedbackSchema, input, 'feedback');
  const row = {
    id: feedback.id,
    user_id: feedback.userId,
    persona: feedback.persona,
    message_id: feedback.messageId,
    thread_id: feedback.threadId,
    intent: feedback.intent,
    rating: feedback.rating,
    comment: feedback.comment,
    at: feedback.at,
  };
  const { id: _id, user_id: userId, ...changes } = row;
  await db
    .insertInto('feedback')
    .values(row)
    .onConflict((conflict) => conflict.column('id').doUpdateSet(changes).where('feedback.user_id', '=', userId))
    .execute();
}

/** Stores a reply or message draft; idempotent on `draft.id`. */
export async function saveDraft(db: Kysely<SupportAIDatabase>, input: SavedDraft): Promise<void> {
  const draft = parseWriteInput(SavedDraftSchema, input, 'draft');
  const row = {
    id: draft.id,
    user_id: draft.userId,
    ticket_id: draft.ticketId,
    account_id: draft.accountId,
    body: draft.body,
    tone: draft.tone,
    cited_article_ids: toJsonText(draft.citedArticleIds),
    at: draft.at,
  };
  const { id: _id, user_id: userId, ...changes } = row;
  await db
    .insertInto('drafts')
    .values(row)
    .onConflict((conflict) => conflict.column('id').doUpdateSet(changes).where('drafts.user_id', '=', userId))
    .execute();
}
