import { createRateLimiter, MAX_CLIENTS } from '../../../src/http/rate-limit';

describe('the per-client rate limit', () => {
  it('lets a burst through, then one request per refill, and says how long to wait', () => {
    let now = 0;
    const limiter = createRateLimiter({ perSecond: 2, burst: 3, trustForwardedFor: false }, () => now);
    expect([1, 2, 3, 4].map(() => limiter.take('a'))).toEqual([0, 0, 0, 1]);
    now += 500;
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBe(1);
    // Another client has its own bucket.
    expect(limiter.take('b')).toBe(0);
    now += 10_000;
    expect([1, 2, 3, 4].map(() => limiter.take('a'))).toEqual([0, 0, 0, 1]);
  });

  it('is off at 0 requests a second', () => {
    const limiter = createRateLimiter({ perSecond: 0, burst: 1, trustForwardedFor: false });
    expect(Array.from({ length: 1000 }, () => limiter.take('a')).every((wait) => wait === 0)).toBe(true);
  });

  it('keeps at most its bound of clients, forgetting the least recently seen', () => {
    let now = 0;
    const limiter = createRateLimiter({ perSecond: 1, burst: 1, trustForwardedFor: false }, () => now);
    expect(limiter.take('first')).toBe(0);
    expect(limiter.take('first')).toBe(1);
    for (let i = 0; i < MAX_CLIENTS; i++) limiter.take(`client-${i}`);
    now += 1;
    // Forgotten: it starts again with a full bucket.
    expect(limiter.take('first')).toBe(0);
  });
});
