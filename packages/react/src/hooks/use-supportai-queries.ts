import { useMutation, useQuery, type UseMutationResult, type UseQueryResult } from '@tanstack/react-query';
import type { ChatThreadResponse, ChatThreadsResponse, FeedbackResponse, IntentAnswer, QuickActionsResponse, TicketAssistResponse } from '@supportai/core';
import type { FeedbackInput } from '../shared/client/support-ai-client.js';
import type { SupportAIRequestError } from '../shared/client/request-error.js';
import { useSupportAI } from '../SupportAIProvider/useSupportAI.js';
import { supportAIKeys } from './query-keys.js';

// Each hook is TanStack Query over one client call: cached per endpoint and persona, deduplicated across
// components, aborted through the query's signal when nothing needs it any more.

/** The persona's quick actions (`GET /intents`). */
export function useQuickActions(): UseQueryResult<QuickActionsResponse, SupportAIRequestError> {
  const { client, endpoint, persona, queryClient } = useSupportAI();
  return useQuery({ queryKey: supportAIKeys.quickActions(endpoint, persona), queryFn: ({ signal }) => client.quickActions({ signal }) }, queryClient);
}

/**
 * One intent's answer (`POST /answers/:intent`), for a widget outside the chat.
 * @example const { data, error, isPending } = useIntentAnswer('sla.atRisk', { hours: 4 });
 */
export function useIntentAnswer(intent: string, params: Record<string, unknown> = {}, options: { enabled?: boolean } = {}): UseQueryResult<IntentAnswer, SupportAIRequestError> {
  const { client, endpoint, persona, queryClient } = useSupportAI();
  return useQuery(
    { queryKey: supportAIKeys.answer(endpoint, persona, intent, params), queryFn: ({ signal }) => client.answer(intent, params, { signal }), enabled: options.enabled ?? true },
    queryClient,
  );
}

/** Everything the assist panel shows for a ticket (`GET /tickets/:id/assist`). */
export function useTicketAssist(ticketId: string, tone?: string): UseQueryResult<TicketAssistResponse, SupportAIRequestError> {
  const { client, endpoint, persona, queryClient } = useSupportAI();
  return useQuery({ queryKey: supportAIKeys.ticketAssist(endpoint, persona, ticketId, tone), queryFn: ({ signal }) => client.ticketAssist(ticketId, tone, { signal }) }, queryClient);
}

/** The viewer's chat threads, newest first (`GET /chat/threads`). */
export function useChatThreads(options: { enabled?: boolean } = {}): UseQueryResult<ChatThreadsResponse, SupportAIRequestError> {
  const { client, endpoint, persona, queryClient } = useSupportAI();
  return useQuery({ queryKey: supportAIKeys.threads(endpoint, persona), queryFn: ({ signal }) => client.threads(undefined, { signal }), enabled: options.enabled ?? true }, queryClient);
}

/** One thread with its messages (`GET /chat/threads/:id`); `null` skips the request. */
export function useChatThread(threadId: string | null): UseQueryResult<ChatThreadResponse, SupportAIRequestError> {
  const { client, endpoint, persona, queryClient } = useSupportAI();
  return useQuery(
    {
      queryKey: supportAIKeys.thread(endpoint, persona, threadId ?? ''),
      queryFn: ({ signal }) => client.thread(threadId!, { signal }),
      enabled: threadId !== null,
      // A thread the server does not know is a new one: no retry, the caller starts fresh.
      retry: false,
      staleTime: Infinity,
    },
    queryClient,
  );
}

/** Thumbs up or down on an answer, with an optional comment (`POST /feedback`). */
export function useFeedback(): UseMutationResult<FeedbackResponse, SupportAIRequestError, FeedbackInput> {
  const { client, queryClient } = useSupportAI();
  return useMutation({ mutationFn: (input: FeedbackInput) => client.feedback(input) }, queryClient);
}
