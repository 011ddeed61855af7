/**
 * The JSON bodies of the server's routes (docs/server.md "Routes"), as zod schemas: the server's contract
 * tests parse what it sends with them, and the React data client validates every response with them, so a
 * host that puts a proxy or an older server in between gets a typed error instead of a broken widget.
 */
import * as z from 'zod';
import { chatDataPartSchemas } from '../chat/data-parts.js';
import { MeetingKindSchema } from '../contracts/meeting.js';
import { PersonaSchema } from '../contracts/common.js';

const isoDateTime = z.iso.datetime({ offset: true });

/** The envelope every answer has (`answerIntent`'s `IntentAnswer`); parse `data` with `answerSchemaOf`. */
export const IntentAnswerEnvelopeSchema = chatDataPartSchemas.answer;

/** `GET /health`. */
export const HealthResponseSchema = z.object({ status: z.literal('ok'), version: z.string() });

/** One quick action of `GET /intents`. */
export const QuickActionSchema = z.object({
  intent: z.string().min(1),
  title: z.string(),
  description: z.string(),
  example: z.string().nullable(),
  params: z.array(z.string()),
  required: z.array(z.string()),
  confirm: z.boolean(),
});

/** `GET /intents`: the questions the viewer's persona may ask. */
export const QuickActionsResponseSchema = z.object({ persona: PersonaSchema, intents: z.array(QuickActionSchema) });

/** How `POST /ask` read the question. */
export const RoutedQuestionSchema = z.object({
  intent: z.string().nullable(),
  params: z.record(z.string(), z.unknown()),
  confidence: z.number().min(0).max(1),
  refused: z.boolean(),
  clarification: z.boolean(),
  reason: z.string().nullable(),
  interpretation: z.string().nullable(),
  suggestions: z.array(z.string()),
  candidates: z.array(z.string()),
});

/** `POST /ask`. */
export const AskResponseSchema = z.object({ route: RoutedQuestionSchema, answer: IntentAnswerEnvelopeSchema.nullable(), text: z.string() });

/** `GET /dashboard`, `GET /dashboards/:persona`. */
export const DashboardResponseSchema = z.object({ persona: PersonaSchema, asOf: isoDateTime, panels: z.array(IntentAnswerEnvelopeSchema) });

/** `GET /tickets/:ticketId/assist`: each helper is null when the persona may not ask it. */
export const TicketAssistResponseSchema = z.object({
  ticketId: z.string().min(1),
  similar: IntentAnswerEnvelopeSchema.nullable(),
  knowledgeBase: IntentAnswerEnvelopeSchema.nullable(),
  draft: IntentAnswerEnvelopeSchema.nullable(),
});

/** One row of `GET /chat/threads`. */
export const ChatThreadSummarySchema = z.object({ id: z.string().min(1), userId: z.string(), title: z.string().nullable(), createdAt: isoDateTime, updatedAt: isoDateTime });

/** `GET /chat/threads`. */
export const ChatThreadsResponseSchema = z.object({ threads: z.array(ChatThreadSummarySchema) });

/** A stored AI SDK UI message; its parts are checked by the chat client as it renders them. */
export const StoredChatMessageSchema = z.looseObject({
  id: z.string().min(1),
  role: z.enum(['system', 'user', 'assistant']),
  parts: z.array(z.looseObject({ type: z.string().min(1) })),
});

/** `GET /chat/threads/:threadId`. */
export const ChatThreadResponseSchema = z.object({
  id: z.string().min(1),
  title: z.string().nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  messages: z.array(StoredChatMessageSchema),
});

/** `POST /feedback`. */
export const FeedbackResponseSchema = z.object({ id: z.string().min(1), recorded: z.literal(true) });

/** `POST /messages`. */
export const MessageDraftResponseSchema = z.object({ draftId: z.string().min(1), sent: z.boolean() });

/** `POST /meetings`: the host's id for the booking and the meeting as it was booked. */
export const MeetingBookedResponseSchema = z.object({
  meetingId: z.string().min(1),
  meeting: z.object({
    title: z.string(),
    startsAt: isoDateTime,
    endsAt: isoDateTime,
    accountId: z.string().nullable(),
    attendeeIds: z.array(z.string()),
    kind: MeetingKindSchema,
  }),
});

/** `POST /reassignments/apply`. */
export const ReassignmentResultSchema = z.object({ applied: z.number().int().min(0), ticketIds: z.array(z.string()), hostNotified: z.boolean().nullable() });

export type QuickAction = z.infer<typeof QuickActionSchema>;
export type QuickActionsResponse = z.infer<typeof QuickActionsResponseSchema>;
export type RoutedQuestion = z.infer<typeof RoutedQuestionSchema>;
export type AskResponse = z.infer<typeof AskResponseSchema>;
export type DashboardResponse = z.infer<typeof DashboardResponseSchema>;
export type TicketAssistResponse = z.infer<typeof TicketAssistResponseSchema>;
export type ChatThreadSummaryResponse = z.infer<typeof ChatThreadSummarySchema>;
export type ChatThreadsResponse = z.infer<typeof ChatThreadsResponseSchema>;
export type ChatThreadResponse = z.infer<typeof ChatThreadResponseSchema>;
export type FeedbackResponse = z.infer<typeof FeedbackResponseSchema>;
export type MessageDraftResponse = z.infer<typeof MessageDraftResponseSchema>;
export type MeetingBookedResponse = z.infer<typeof MeetingBookedResponseSchema>;
export type ReassignmentResultResponse = z.infer<typeof ReassignmentResultSchema>;
