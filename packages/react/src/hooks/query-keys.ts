/**
 * Query keys of the SupportAI hooks. Each starts with the endpoint and persona, so two providers on one
 * page (or one shared host QueryClient) never read each other's answers.
 */
export const supportAIKeys = {
  all: (endpoint: string, persona: string) => ['supportai', endpoint, persona] as const,
  quickActions: (endpoint: string, persona: string) => [...supportAIKeys.all(endpoint, persona), 'quick-actions'] as const,
  answer: (endpoint: string, persona: string, intent: string, params: Record<string, unknown>) => [...supportAIKeys.all(endpoint, persona), 'answer', intent, params] as const,
  ticketAssist: (endpoint: string, persona: string, ticketId: string, tone: string | undefined) => [...supportAIKeys.all(endpoint, persona), 'ticket-assist', ticketId, tone ?? null] as const,
  threads: (endpoint: string, persona: string) => [...supportAIKeys.all(endpoint, persona), 'threads'] as const,
  thread: (endpoint: string, persona: string, threadId: string) => [...supportAIKeys.all(endpoint, persona), 'thread', threadId] as const,
};
