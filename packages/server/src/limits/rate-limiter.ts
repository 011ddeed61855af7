/** The verdict on one request. */
export interface RateLimitDecision {
  allowed: boolean;
  /** Seconds until a request would be allowed again (0 when allowed). */
  retryAfterSeconds: number;
}

/**
 * Counts requests per key (the viewer's user id). The memory limiter fits one process; a host with many
 * replicas implements this over a shared store (Redis `INCR` + `EXPIRE` fits).
 */
export interface RateLimiter {
  take(key: string, nowMs: number): Promise<RateLimitDecision>;
}

/**
 * A token bucket per key: `requestsPerMinute` tokens, refilled continuously, so a burst up to the limit
 * passes and a steady rate above it is refused. Idle buckets are dropped to bound memory.
 */
export function createMemoryRateLimiter({ requestsPerMinute, maxKeys = 50_000 }: { requestsPerMinute: number; maxKeys?: number }): RateLimiter {
  const refillPerMs = requestsPerMinute / 60_000;
  const buckets = new Map<string, { tokens: number; updatedAt: number }>();
  return {
    async take(key, nowMs) {
      let bucket = buckets.get(key);
      if (!bucket) {
        if (buckets.size >= maxKeys) dropFullBuckets(buckets, nowMs, refillPerMs, requestsPerMinute);
        bucket = { tokens: requestsPerMinute, updatedAt: nowMs };
        buckets.set(key, bucket);
      }
      bucket.tokens = Math.min(requestsPerMinute, bucket.tokens + Math.max(0, nowMs - bucket.updatedAt) * refillPerMs);
      bucket.updatedAt = nowMs;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true, retryAfterSeconds: 0 };
      }
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000)) };
    },
  };
}

// A bucket that has refilled completely is the same as no bucket.
function dropFullBuckets(buckets: Map<string, { tokens: number; updatedAt: number }>, nowMs: number, refillPerMs: number, capacity: number): void {
  for (const [key, bucket] of buckets) {
    if (bucket.tokens + (nowMs - bucket.updatedAt) * refillPerMs >= capacity) buckets.delete(key);
  }
}
