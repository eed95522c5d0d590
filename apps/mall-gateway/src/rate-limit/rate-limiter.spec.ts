import { gatewayAppSchema } from '../gateway-settings';
import { RateLimiter, TokenBucket } from './rate-limiter';

function limits(raw: unknown) {
  return gatewayAppSchema.parse({ rateLimit: raw }).rateLimit;
}

describe('TokenBucket', () => {
  it('starts full, refills continuously and never exceeds its capacity', () => {
    const bucket = new TokenBucket(2, 3, 0);
    expect([1, 2, 3, 4].map(() => bucket.tryTake(0))).toEqual([true, true, true, false]);
    expect(bucket.secondsUntilNextPermit()).toBe(1);
    expect(bucket.tryTake(499)).toBe(false);
    expect(bucket.tryTake(500)).toBe(true);
    expect(bucket.tryTake(100_000)).toBe(true);
    expect(bucket.tryTake(100_000)).toBe(true);
    expect(bucket.tryTake(100_000)).toBe(true);
    expect(bucket.tryTake(100_000)).toBe(false);
  });
});

describe('RateLimiter', () => {
  let now = 0;
  const clock = () => now;
  beforeEach(() => {
    now = 0;
  });

  it('applies the first matching route limit, with its own bucket', () => {
    const limiter = new RateLimiter(
      limits({
        routes: [
          { pattern: '/mall-auth/oauth/token', permitsPerSecond: 1, burst: 2 },
          { pattern: '/mall-auth/**', permitsPerSecond: 100 },
        ],
      }),
      clock,
    );
    const token = () => limiter.check('mall-auth', '/mall-auth/oauth/token');
    expect(token().allowed).toBe(true);
    expect(token().allowed).toBe(true);
    expect(token()).toEqual({
      allowed: false,
      limit: '/mall-auth/oauth/token',
      retryAfterSeconds: 1,
    });
    // Another route of the same service has its own bucket.
    expect(limiter.check('mall-auth', '/mall-auth/rsa/publicKey').allowed).toBe(true);
    now = 1000;
    expect(token().allowed).toBe(true);
  });

  it('gives each service its own default bucket, and none when the default is 0', () => {
    const limited = new RateLimiter(limits({ default: 1 }), clock);
    expect(limited.check('mall-portal', '/mall-portal/home/content').allowed).toBe(true);
    expect(limited.check('mall-portal', '/mall-portal/brand/list').allowed).toBe(false);
    expect(limited.check('mall-cart', '/mall-cart/cart/list')).toMatchObject({
      allowed: true,
      limit: 'default:mall-cart',
    });

    const open = new RateLimiter(limits({}), clock);
    for (let i = 0; i < 1000; i++) {
      expect(open.check('mall-portal', '/mall-portal/x').allowed).toBe(true);
    }
  });

  it('reconfigures at run time, keeping the state of unchanged limits', () => {
    const limiter = new RateLimiter(
      limits({
        routes: [
          { pattern: '/a/**', permitsPerSecond: 1, burst: 1 },
          { pattern: '/b/**', permitsPerSecond: 1, burst: 1 },
        ],
      }),
      clock,
    );
    expect(limiter.check('a', '/a/x').allowed).toBe(true);
    expect(limiter.check('b', '/b/x').allowed).toBe(true);
    limiter.configure(
      limits({
        routes: [
          { pattern: '/a/**', permitsPerSecond: 1, burst: 1 },
          { pattern: '/b/**', permitsPerSecond: 5, burst: 5 },
        ],
      }),
    );
    // /a kept its empty bucket; /b got a new, full one.
    expect(limiter.check('a', '/a/x').allowed).toBe(false);
    expect([1, 2, 3, 4, 5, 6].map(() => limiter.check('b', '/b/x').allowed)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
    limiter.configure(limits({}));
    expect(limiter.check('a', '/a/x').allowed).toBe(true);
  });
});
