import {
  answerSchemaOf,
  AskResponseSchema,
  ChatThreadResponseSchema,
  ChatThreadsResponseSchema,
  DashboardResponseSchema,
  FeedbackResponseSchema,
  MeetingBookedResponseSchema,
  MessageDraftResponseSchema,
  QuickActionsResponseSchema,
  ReassignmentResultSchema,
  TicketAssistResponseSchema,
  type AskResponse,
  type ChatThreadResponse,
  type ChatThreadsResponse,
  type DashboardResponse,
  type FeedbackResponse,
  type IntentAnswer,
  type MeetingBookedResponse,
  type MessageDraftResponse,
  type Persona,
  type QuickActionsResponse,
  type ReassignmentResultResponse,
  type TicketAssistResponse,
} from '@supportai/core';
import type * as z from 'zod';
import { SupportAIRequestError } from './request-error.js';
import { errorFromResponse } from './response-error.js';

/** Headers for every request, or a function that returns them (a fresh token per request). */
export type HeadersOption = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

export interface SupportAIClientOptions {
  /**
   * URL of the mounted `@supportai/server` handler.
   * @example '/api/supportai'
   */
  endpoint: string;
  headers?: HeadersOption;
  /** @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

export interface FeedbackInput {
  id?: string;
  messageId: string;
  rating: 'up' | 'down';
  comment?: string;
  threadId?: string;
  intent?: string;
}

export interface MessageDraftInput {
  ticketId?: string;
  accountId?: string;
  body: string;
  send?: boolean;
}

export interface MeetingInput {
  title: string;
  startsAt: string;
  endsAt: string;
  kind: string;
  accountId?: string | null;
  attendeeIds?: string[];
}

export interface ReassignmentMove {
  ticketId: string;
  fromAgentId: string | null;
  toAgentId: string;
}

/** A typed client over the server's routes: every body is validated, every failure is a `SupportAIRequestError`. */
export interface SupportAIClient {
  readonly endpoint: string;
  /** The URL of a route, for `fetch`-level integrations such as the chat transport. */
  url(path: string): string;
  /** The headers every request carries (resolved once per call). */
  headers(): Promise<Headers>;
  /**
   * A raw request with the client's fetch, for streams such as `/chat`: a network failure or a non-2xx
   * status becomes a `SupportAIRequestError`; an abort is rethrown as it came, so stream readers see it.
   */
  fetch(input: string, init?: RequestInit): Promise<Response>;
  quickActions(options?: RequestOptions): Promise<QuickActionsResponse>;
  answer(intent: string, params?: Record<string, unknown>, options?: RequestOptions): Promise<IntentAnswer>;
  ask(question: string, options?: RequestOptions): Promise<AskResponse>;
  dashboard(persona?: Persona, options?: RequestOptions): Promise<DashboardResponse>;
  ticket(ticketId: string, options?: RequestOptions): Promise<IntentAnswer>;
  ticketAssist(ticketId: string, tone?: string, options?: RequestOptions): Promise<TicketAssistResponse>;
  threads(limit?: number, options?: RequestOptions): Promise<ChatThreadsResponse>;
  thread(threadId: string, options?: RequestOptions): Promise<ChatThreadResponse>;
  feedback(input: FeedbackInput, options?: RequestOptions): Promise<FeedbackResponse>;
  saveMessage(input: MessageDraftInput, options?: RequestOptions): Promise<MessageDraftResponse>;
  bookMeeting(input: MeetingInput, options?: RequestOptions): Promise<MeetingBookedResponse>;
  previewReassignments(input?: { agentName?: string; limit?: number }, options?: RequestOptions): Promise<IntentAnswer>;
  applyReassignments(moves: ReassignmentMove[], options?: RequestOptions): Promise<ReassignmentResultResponse>;
}

/**
 * Creates the data client the provider and the components use; hosts may call it directly too.
 * @example const client = createSupportAIClient({ endpoint: '/api/supportai', headers: () => ({ authorization: `Bearer ${token()}` }) });
 */
export function createSupportAIClient(options: SupportAIClientOptions): SupportAIClient {
  const endpoint = options.endpoint.replace(/\/+$/, '');
  const url = (path: string) => `${endpoint}${path.startsWith('/') ? path : `/${path}`}`;
  const headers = async () => new Headers(typeof options.headers === 'function' ? await options.headers() : options.headers);

  async function request<Schema extends z.ZodType>(method: 'GET' | 'POST', path: string, schema: Schema, body: unknown, requestOptions: RequestOptions = {}): Promise<z.infer<Schema>> {
    const label = `${method} ${path}`;
    const requestHeaders = await headers();
    if (!requestHeaders.has('accept')) requestHeaders.set('accept', 'application/json');
    if (body !== undefined) requestHeaders.set('content-type', 'application/json');
    // Read fetch at call time, so a host (or a test) that swaps globalThis.fetch later is honoured.
    const fetchImplementation = options.fetch ?? globalThis.fetch;
    let response: Response;
    try {
      response = await fetchImplementation(url(path), {
        method,
        headers: requestHeaders,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        ...(requestOptions.signal ? { signal: requestOptions.signal } : {}),
      });
    } catch (cause) {
      if (requestOptions.signal?.aborted) throw new SupportAIRequestError({ kind: 'aborted', message: 'The request was cancelled.', request: label, cause });
      throw new SupportAIRequestError({ kind: 'network', message: 'The SupportAI server could not be reached.', request: label, cause });
    }
    if (!response.ok) throw await errorFromResponse(response, label);
    let json: unknown;
    try {
      json = await response.json();
    } catch (cause) {
      throw new SupportAIRequestError({ kind: 'malformed', status: response.status, message: 'The server sent a response that is not JSON.', request: label, cause });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const field = first ? first.path.join('.') || '(body)' : '(body)';
      throw new SupportAIRequestError({
        kind: 'malformed',
        status: response.status,
        message: `The server's response does not match the SupportAI API (${field}: ${first?.message ?? 'invalid'}).`,
        request: label,
        issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
      });
    }
    return parsed.data as z.infer<Schema>;
  }

  const rawFetch = async (input: string, init: RequestInit = {}): Promise<Response> => {
    const label = `${init.method ?? 'GET'} ${input.startsWith(endpoint) ? input.slice(endpoint.length) || '/' : input}`;
    let response: Response;
    try {
      response = await (options.fetch ?? globalThis.fetch)(input, init);
    } catch (cause) {
      if (init.signal?.aborted) throw cause;
      throw new SupportAIRequestError({ kind: 'network', message: 'The SupportAI server could not be reached.', request: label, cause });
    }
    if (!response.ok) throw await errorFromResponse(response, label);
    return response;
  };

  const id = encodeURIComponent;
  return {
    endpoint,
    url,
    headers,
    fetch: rawFetch,
    quickActions: (o) => request('GET', '/intents', QuickActionsResponseSchema, undefined, o),
    answer: (intent, params = {}, o) => request('POST', `/answers/${id(intent)}`, answerSchemaOf(intent), { params }, o),
    ask: (question, o) => request('POST', '/ask', AskResponseSchema, { question }, o),
    dashboard: (persona, o) => request('GET', persona ? `/dashboards/${id(persona)}` : '/dashboard', DashboardResponseSchema, undefined, o),
    ticket: (ticketId, o) => request('GET', `/tickets/${id(ticketId)}`, answerSchemaOf('ticket.show'), undefined, o),
    ticketAssist: (ticketId, tone, o) => request('GET', `/tickets/${id(ticketId)}/assist${tone ? `?tone=${id(tone)}` : ''}`, TicketAssistResponseSchema, undefined, o),
    threads: (limit, o) => request('GET', `/chat/threads${limit === undefined ? '' : `?limit=${limit}`}`, ChatThreadsResponseSchema, undefined, o),
    thread: (threadId, o) => request('GET', `/chat/threads/${id(threadId)}`, ChatThreadResponseSchema, undefined, o),
    feedback: (input, o) => request('POST', '/feedback', FeedbackResponseSchema, input, o),
    saveMessage: (input, o) => request('POST', '/messages', MessageDraftResponseSchema, input, o),
    bookMeeting: (input, o) => request('POST', '/meetings', MeetingBookedResponseSchema, input, o),
    previewReassignments: (input = {}, o) => request('POST', '/reassignments/preview', answerSchemaOf('team.rebalance'), input, o),
    applyReassignments: (moves, o) => request('POST', '/reassignments/apply', ReassignmentResultSchema, { moves }, o),
  };
}
