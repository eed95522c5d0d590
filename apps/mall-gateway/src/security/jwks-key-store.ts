import { createLocalJWKSet, type JSONWebKeySet } from 'jose';

/** A key resolver for jose's `jwtVerify`, built from one JWK set. */
export type KeyResolver = ReturnType<typeof createLocalJWKSet>;

/** The JWK set could not be obtained: tokens cannot be checked at all (answered as 503). */
export class JwksUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'JwksUnavailableError';
  }
}

export interface JwksKeyStoreOptions {
  /** Minimum time between two refreshes asked for by unknown keys or failed signatures. */
  refreshCooldownMs: number;
  /** After a failed first load, callers fail fast for this long instead of each trying again. */
  retryAfterFailureMs?: number;
  /**
   * While no keys have ever loaded, try again in the background after each failure, waiting from
   * `retryAfterFailureMs` doubling up to this long, so that keys are there as soon as the auth
   * service is (a gateway that starts before it). Off when unset.
   */
  backgroundRetryMaxMs?: number;
  /** Keys older than this are refreshed in the background on next use (removed keys expire). */
  maxAgeMs?: number;
  clock?: () => number;
  onRefresh?: (outcome: 'loaded' | 'failed', error?: unknown) => void;
}

function isKeySet(value: unknown): value is JSONWebKeySet {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { keys?: unknown }).keys) &&
    (value as { keys: unknown[] }).keys.length > 0
  );
}

/**
 * The verification keys of the auth service: fetched on first use, shared by concurrent callers
 * (one fetch in flight at a time), refreshed when a token names an unknown key or fails its
 * signature — at most once per cooldown, so forged tokens cannot make the gateway hammer mall-auth.
 */
export class JwksKeyStore {
  private resolver: KeyResolver | null = null;
  private loadedAt = Number.NEGATIVE_INFINITY;
  private lastAttemptAt = Number.NEGATIVE_INFINITY;
  private lastFailure: unknown = null;
  private inFlight: Promise<KeyResolver> | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private retryDelayMs = 0;
  private closed = false;
  private readonly clock: () => number;

  constructor(
    private readonly fetchKeySet: () => Promise<unknown>,
    private readonly options: JwksKeyStoreOptions,
  ) {
    this.clock = options.clock ?? Date.now;
  }

  /** The current keys, loading them when none are known yet. */
  async current(): Promise<KeyResolver> {
    const resolver = this.resolver;
    if (resolver) {
      const maxAge = this.options.maxAgeMs ?? 600_000;
      if (this.clock() - this.loadedAt > maxAge && !this.inFlight) {
        this.load().catch(() => undefined);
      }
      return resolver;
    }
    if (this.inFlight) return this.inFlight;
    const sinceFailure = this.clock() - this.lastAttemptAt;
    if (this.lastFailure !== null && sinceFailure < this.retryAfterFailureMs) {
      throw new JwksUnavailableError('the JWK set is unavailable', { cause: this.lastFailure });
    }
    return this.load();
  }

  /**
   * Fetches the keys again unless that happened within the cooldown. Resolves with the new keys,
   * or null when no refresh was allowed or it failed (the old keys stay in use).
   */
  async refresh(): Promise<KeyResolver | null> {
    if (this.inFlight) return this.inFlight.catch(() => null);
    if (this.clock() - this.lastAttemptAt < this.options.refreshCooldownMs) return null;
    return this.load().catch(() => null);
  }

  /** Stops background retries (the gateway is stopping). */
  close(): void {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private get retryAfterFailureMs(): number {
    return this.options.retryAfterFailureMs ?? 250;
  }

  /** After a failed load with no keys held: one more attempt later, each wait twice the last. */
  private scheduleRetry(): void {
    const maxMs = this.options.backgroundRetryMaxMs;
    if (maxMs === undefined || this.closed || this.resolver || this.retryTimer) return;
    this.retryDelayMs = Math.min(
      maxMs,
      this.retryDelayMs === 0 ? this.retryAfterFailureMs : this.retryDelayMs * 2,
    );
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (!this.resolver && !this.inFlight) this.load().catch(() => undefined);
    }, this.retryDelayMs);
    // Never keeps the process alive on its own.
    this.retryTimer.unref();
  }

  private load(): Promise<KeyResolver> {
    this.lastAttemptAt = this.clock();
    const loading: Promise<KeyResolver> = this.fetchAndBuild().finally(() => {
      if (this.inFlight === loading) this.inFlight = null;
    });
    this.inFlight = loading;
    return loading;
  }

  private async fetchAndBuild(): Promise<KeyResolver> {
    try {
      const keySet = await this.fetchKeySet();
      if (!isKeySet(keySet)) throw new Error('the JWK set has no keys');
      const resolver = createLocalJWKSet(keySet);
      this.resolver = resolver;
      this.loadedAt = this.clock();
      this.lastFailure = null;
      this.retryDelayMs = 0;
      this.options.onRefresh?.('loaded');
      return resolver;
    } catch (error) {
      this.lastFailure = error;
      this.options.onRefresh?.('failed', error);
      this.scheduleRetry();
      throw new JwksUnavailableError(
        `cannot load the JWK set: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
  }
}
