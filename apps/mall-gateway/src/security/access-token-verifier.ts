import {
  encodeUserHeader,
  TokenVerificationError,
  verifyAccessToken,
  type AccessTokenClaims,
} from '@mall/security';
import { JwksKeyStore, JwksUnavailableError, type KeyResolver } from './jwks-key-store';

/** Claims of a verified access token, as `@mall/security` reads them. */
export type AccessClaims = AccessTokenClaims;

export type TokenCheck =
  | { ok: true; claims: AccessClaims; userHeader: string }
  /** `reason` is the envelope's `data`, in the words of the original (Spring Security). */
  | { ok: false; reason: string };

export interface AccessTokenVerifierOptions {
  clockSkewSeconds: number;
  cacheSize: number;
  cacheTtlMs: number;
  clock?: () => number;
}

const DECODE_PREFIX = 'An error occurred while attempting to decode the Jwt: ';
export const NOT_AUTHENTICATED = 'Not Authenticated';
// `Bearer <token>`: the scheme is case-insensitive (RFC 7235); the token is a compact JWS.
const BEARER = /^bearer[ \t]+([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)[ \t]*$/i;
const SCHEME_ONLY = /^bearer(?:[ \t]|$)/i;

interface CachedToken {
  result: { ok: true; claims: AccessClaims; userHeader: string };
  validUntil: number;
}

function failure(reason: string): TokenCheck {
  return { ok: false, reason };
}

/**
 * Verifies `Authorization: Bearer <jwt>` headers with `verifyAccessToken` of `@mall/security` (RS256
 * against the auth service's JWK set, expiry with a clock skew, the claims services rely on, no
 * refresh tokens), adding what an edge needs: keys fetched through discovery and refreshed once on
 * an unknown key, the original's 401 wording, and a cache of verified tokens by the exact
 * Authorization header that carried them, so a client making many calls costs one RSA verification
 * per cache period and otherwise one Map lookup.
 */
export class AccessTokenVerifier {
  private readonly cache = new Map<string, CachedToken>();
  private readonly clock: () => number;

  constructor(
    private readonly keys: JwksKeyStore,
    private readonly options: AccessTokenVerifierOptions,
  ) {
    this.clock = options.clock ?? Date.now;
  }

  /**
   * Checks an Authorization header value. Answers synchronously when the same header was verified
   * recently (the common case: one Map lookup); rejects with JwksUnavailableError only when no keys
   * at all could be obtained.
   */
  verifyHeader(authorization: string | undefined): TokenCheck | Promise<TokenCheck> {
    if (authorization === undefined) return failure(NOT_AUTHENTICATED);
    const cached = this.cache.get(authorization);
    if (cached !== undefined) {
      if (cached.validUntil > this.clock()) return cached.result;
      this.cache.delete(authorization);
    }
    if (authorization.trim().length === 0) return failure(NOT_AUTHENTICATED);
    const match = BEARER.exec(authorization);
    if (!match) {
      // Spring's bearer-token converter ignores anything that is not `Bearer …`: not authenticated.
      return failure(
        SCHEME_ONLY.test(authorization) ? `${DECODE_PREFIX}Malformed token` : NOT_AUTHENTICATED,
      );
    }
    return this.verifyUncached(match[1], authorization);
  }

  private async verifyUncached(token: string, header: string): Promise<TokenCheck> {
    const now = this.clock();
    let claims: AccessClaims;
    try {
      claims = await this.verifyWithRefresh(token);
    } catch (error) {
      if (error instanceof JwksUnavailableError) throw error;
      if (error instanceof TokenVerificationError) return failure(DECODE_PREFIX + error.message);
      throw error;
    }
    const result = { ok: true as const, claims, userHeader: encodeUserHeader(claims) };
    this.remember(header, result, now);
    return result;
  }

  private async verifyWithRefresh(token: string): Promise<AccessClaims> {
    const resolver = await this.keys.current();
    try {
      return await this.verifyWith(token, resolver);
    } catch (error) {
      // A key the gateway has not seen yet (rotation) shows up as an unknown kid or, for tokens
      // without kid, as a failed signature: fetch the keys again (rate-limited) and retry once.
      const mayBeNewKey =
        error instanceof TokenVerificationError &&
        (error.reason === 'unknown-key' || error.reason === 'signature');
      if (!mayBeNewKey) throw error;
      const refreshed = await this.keys.refresh();
      if (!refreshed || refreshed === resolver) throw error;
      return this.verifyWith(token, refreshed);
    }
  }

  /** RS256 signature, expiry (with skew) and claim shape, by the shared `@mall/security` rules. */
  private verifyWith(token: string, resolver: KeyResolver): Promise<AccessClaims> {
    return verifyAccessToken(token, resolver, {
      clockToleranceSeconds: this.options.clockSkewSeconds,
      currentDate: new Date(this.clock()),
    });
  }

  private remember(header: string, result: CachedToken['result'], now: number): void {
    if (this.options.cacheSize <= 0 || this.options.cacheTtlMs <= 0) return;
    const expiresAt = ((result.claims.exp ?? 0) + this.options.clockSkewSeconds) * 1000;
    const validUntil = Math.min(expiresAt, now + this.options.cacheTtlMs);
    if (this.cache.size >= this.options.cacheSize) {
      // Map iteration order is insertion order: drop the oldest entry.
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    this.cache.set(header, { result, validUntil });
  }
}
