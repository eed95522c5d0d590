import { compileAntPattern } from '../routing/ant-path';
import type { BucketSettings, GatewaySettings, RouteLimitSettings } from '../gateway-settings';

/** A token bucket refilled continuously at `rate` permits per second up to `capacity`. */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    readonly rate: number,
    readonly capacity: number,
    now: number,
  ) {
    this.tokens = capacity;
    this.updatedAt = now;
  }

  /** Takes one permit if available. `now` in milliseconds. */
  tryTake(now: number): boolean {
    const elapsed = now - this.updatedAt;
    if (elapsed > 0) {
      this.tokens = Math.min(this.capacity, this.tokens + (elapsed * this.rate) / 1000);
      this.updatedAt = now;
    }
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return true;
    }
    return false;
  }

  /** Seconds until the next permit (for Retry-After), at least 1. */
  secondsUntilNextPermit(): number {
    if (this.rate <= 0) return 1;
    return Math.max(1, Math.ceil((1 - this.tokens) / this.rate));
  }
}

export interface RateDecision {
  allowed: boolean;
  /** The limit that was applied: a route pattern, or `default:<service>`. */
  limit: string;
  retryAfterSeconds: number;
}

const UNLIMITED: RateDecision = { allowed: true, limit: 'none', retryAfterSeconds: 0 };

interface RouteLimit {
  key: string;
  pattern: string;
  regex: RegExp;
  bucket: TokenBucket | null;
}

function bucketKey(settings: BucketSettings): string {
  return `${settings.permitsPerSecond}/${settings.burst ?? settings.permitsPerSecond}`;
}

function newBucket(settings: BucketSettings, now: number): TokenBucket | null {
  if (settings.permitsPerSecond <= 0) return null;
  // A burst below one permit would refuse everything: at least one request passes per refill.
  const capacity = Math.max(1, settings.burst ?? settings.permitsPerSecond);
  return new TokenBucket(settings.permitsPerSecond, capacity, now);
}

/**
 * Per-route token buckets of one gateway instance: the first configured route pattern matching the
 * path takes a permit from its own bucket, any other request from its service's default bucket.
 * In memory, so with N gateway replicas the effective limit is N times the configured one.
 * `configure` swaps limits at run time (Nacos changes) and keeps the state of unchanged buckets.
 */
export class RateLimiter {
  private routes: RouteLimit[] = [];
  private defaultSettings: BucketSettings = { permitsPerSecond: 0 };
  private readonly defaultBuckets = new Map<string, TokenBucket | null>();

  constructor(
    settings: GatewaySettings['rateLimit'],
    private readonly clock: () => number = Date.now,
  ) {
    this.configure(settings);
  }

  configure(settings: GatewaySettings['rateLimit']): void {
    const now = this.clock();
    const previous = new Map(this.routes.map((route) => [route.key, route]));
    this.routes = settings.routes.map((route: RouteLimitSettings) => {
      const key = `${route.pattern} ${bucketKey(route)}`;
      return (
        previous.get(key) ?? {
          key,
          pattern: route.pattern,
          regex: compileAntPattern(route.pattern),
          bucket: newBucket(route, now),
        }
      );
    });
    if (bucketKey(settings.default) !== bucketKey(this.defaultSettings)) {
      this.defaultBuckets.clear();
    }
    this.defaultSettings = settings.default;
  }

  /** Whether a request to `path` (of `service`) may pass now. */
  check(service: string, path: string): RateDecision {
    for (const route of this.routes) {
      if (route.regex.test(path)) {
        if (!route.bucket) return UNLIMITED;
        return this.decide(route.bucket, route.pattern);
      }
    }
    let bucket = this.defaultBuckets.get(service);
    if (bucket === undefined) {
      bucket = newBucket(this.defaultSettings, this.clock());
      this.defaultBuckets.set(service, bucket);
    }
    return bucket ? this.decide(bucket, `default:${service}`) : UNLIMITED;
  }

  private decide(bucket: TokenBucket, limit: string): RateDecision {
    if (bucket.tryTake(this.clock())) return { allowed: true, limit, retryAfterSeconds: 0 };
    return { allowed: false, limit, retryAfterSeconds: bucket.secondsUntilNextPermit() };
  }
}
