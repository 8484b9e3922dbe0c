import type { IncomingMessage } from 'node:http';
import { LRUCache } from 'lru-cache';

/**
 * A per-client rate limit: a token bucket per client, refilled at `perSecond` up to `burst`.
 * A client is its API key's name when it sends a valid one, else its address (the first
 * X-Forwarded-For address when the server is told it sits behind a proxy that sets it). The
 * buckets are bounded: at most MAX_CLIENTS, the least recently seen forgotten first (a forgotten
 * client starts again with a full bucket).
 */
export interface RateLimitOptions {
  /** Requests per second a client may make on average; 0 turns the limit off. */
  perSecond: number;
  /** Requests a client may make at once, after a quiet spell. */
  burst: number;
  /** Take the client's address from X-Forwarded-For (set only behind a proxy that sets it). */
  trustForwardedFor: boolean;
}

export const MAX_CLIENTS = 10_000;

interface Bucket {
  tokens: number;
  at: number;
}

export interface RateLimiter {
  /** 0 when the request may go ahead, else the seconds to wait before asking again. */
  take(client: string): number;
}

export function createRateLimiter(options: RateLimitOptions, now: () => number = Date.now): RateLimiter {
  const buckets = new LRUCache<string, Bucket>({ max: MAX_CLIENTS });
  return {
    take(client) {
      if (options.perSecond <= 0) return 0;
      const time = now();
      const bucket = buckets.get(client) ?? { tokens: options.burst, at: time };
      bucket.tokens = Math.min(
        options.burst,
        bucket.tokens + ((time - bucket.at) / 1000) * options.perSecond,
      );
      bucket.at = time;
      buckets.set(client, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((1 - bucket.tokens) / options.perSecond));
    },
  };
}

/** Who a request comes from, for the rate limit: its key's name, or its address. */
export function clientOf(
  request: IncomingMessage,
  keyName: string | null,
  trustForwardedFor: boolean,
): string {
  if (keyName !== null) return `key:${keyName}`;
  if (trustForwardedFor) {
    const forwarded = request.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return `ip:${first.slice(0, 64)}`;
  }
  return `ip:${request.socket.remoteAddress ?? 'unknown'}`;
}
