import { QueryClient } from '@tanstack/react-query';
import { isSupportAIRequestError } from '../shared/client/request-error.js';

/**
 * The provider's own query client when the host passes none: a short freshness window (the server's
 * figures move by the minute, not the second), and retries only for failures a retry can fix.
 */
export function createSupportAIQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => failures < 2 && (!isSupportAIRequestError(error) || (error.retryable && error.kind !== 'rate_limited')),
      },
      mutations: { retry: false },
    },
  });
}
