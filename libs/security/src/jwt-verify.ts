import type { JWTPayload, JWTVerifyGetKey, RemoteJWKSetOptions } from 'jose';
import {
  JWT_ALGORITHM,
  TOKEN_HEAD,
  type AccessTokenClaims,
  type JsonWebKeySet,
  type RefreshTokenClaims,
} from './jwt-claims';

/**
 * `jose` is an ES module. It is loaded on first use rather than at import time so that every
 * CommonJS consumer of `@mall/security` (including test runners that do not transform node_modules)
 * can load this library without it; only code that really signs or verifies tokens needs it.
 */
type Jose = typeof import('jose');
let josePromise: Promise<Jose> | undefined;
export function loadJose(): Promise<Jose> {
  josePromise ??= import('jose');
  return josePromise;
}

/** Why a token was refused; the gateway maps every reason to its 401 answer. */
export type TokenFailureReason =
  /** Not a compact JWS, bad base64/JSON, or an algorithm other than RS256. */
  | 'malformed'
  | 'expired'
  /** The signature does not match any published key. */
  | 'signature'
  /** The header names a key (kid) the key set does not hold, even after a refresh. */
  | 'unknown-key'
  /** The key set could not be fetched. */
  | 'keys-unavailable'
  /** A required claim is missing or has the wrong type. */
  | 'claims'
  /** A refresh token presented as an access token, or the reverse. */
  | 'wrong-token-type';

export class TokenVerificationError extends Error {
  constructor(
    readonly reason: TokenFailureReason,
    message: string,
  ) {
    super(message);
    this.name = 'TokenVerificationError';
  }
}

/**
 * Where verification keys come from: a JWK set object (e.g. the body of `GET /rsa/publicKey`), or a
 * resolver made by `localJwks` / `remoteJwks` (jose's `createLocalJWKSet` / `createRemoteJWKSet`).
 */
export type JwtKeySource = JsonWebKeySet | JWTVerifyGetKey;

export interface VerifyTokenOptions {
  /** Accepted clock difference for `exp`, in seconds (default 60, as Spring's resource server). */
  clockToleranceSeconds?: number;
  /** Verification time (default now); for tests. */
  currentDate?: Date;
}

const DEFAULT_CLOCK_TOLERANCE_SECONDS = 60;

/** Resolver over a fixed key set (jose `createLocalJWKSet`); imported keys are cached inside. */
export async function localJwks(jwks: JsonWebKeySet): Promise<JWTVerifyGetKey> {
  const jose = await loadJose();
  return jose.createLocalJWKSet(jwks as Parameters<Jose['createLocalJWKSet']>[0]);
}

export interface RemoteJwksOptions {
  /** Fetch timeout in ms (default 5000). */
  timeoutMs?: number;
  /**
   * Minimum time between two fetches triggered by an unknown `kid` (default 30000). A token signed
   * with a new key therefore verifies as soon as mall-auth publishes it, without a restart.
   */
  cooldownMs?: number;
  /** Keys are re-fetched after this age even when every kid is known (default 600000). */
  cacheMaxAgeMs?: number;
  headers?: Record<string, string>;
}

/**
 * Resolver that fetches the JWK set from `url` (e.g. `http://mall-auth:8401/rsa/publicKey`) with
 * jose's `createRemoteJWKSet`: keys are cached, and a token whose `kid` is not cached triggers one
 * re-fetch (rate-limited by `cooldownMs`) before it is refused. Create it once per process.
 */
export async function remoteJwks(
  url: string | URL,
  options: RemoteJwksOptions = {},
): Promise<JWTVerifyGetKey> {
  const jose = await loadJose();
  const remoteOptions: RemoteJWKSetOptions = {
    timeoutDuration: options.timeoutMs ?? 5000,
    cooldownDuration: options.cooldownMs ?? 30_000,
    cacheMaxAge: options.cacheMaxAgeMs ?? 600_000,
    headers: options.headers,
  };
  return jose.createRemoteJWKSet(new URL(url), remoteOptions);
}

// A key set object passed directly is wrapped once, not on every call.
const resolverCache = new WeakMap<JsonWebKeySet, Promise<JWTVerifyGetKey>>();

function resolverFor(keys: JwtKeySource): Promise<JWTVerifyGetKey> {
  if (typeof keys === 'function') return Promise.resolve(keys);
  let resolver = resolverCache.get(keys);
  if (!resolver) {
    resolver = localJwks(keys);
    resolverCache.set(keys, resolver);
  }
  return resolver;
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | string[] | undefined | null): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (trimmed.slice(0, TOKEN_HEAD.length).toLowerCase() !== TOKEN_HEAD.toLowerCase()) return null;
  const token = trimmed.slice(TOKEN_HEAD.length).trim();
  return token.length > 0 ? token : null;
}

/**
 * Verifies an access token issued by mall-auth: RS256 signature against `keys`, `exp` (with clock
 * tolerance), and the claim shape. Refresh tokens (which carry `ati`) are refused, unlike the
 * original whose resource server accepted them as access tokens.
 *
 * @throws TokenVerificationError
 */
export async function verifyAccessToken(
  token: string,
  keys: JwtKeySource,
  options: VerifyTokenOptions = {},
): Promise<AccessTokenClaims> {
  const payload = await verifySignedPayload(token, keys, options);
  if (payload['ati'] !== undefined) {
    throw new TokenVerificationError('wrong-token-type', 'A refresh token is not an access token');
  }
  return toAccessClaims(payload);
}

/**
 * Verifies a refresh token: same checks as `verifyAccessToken`, and the token must carry `ati`.
 *
 * @throws TokenVerificationError
 */
export async function verifyRefreshToken(
  token: string,
  keys: JwtKeySource,
  options: VerifyTokenOptions = {},
): Promise<RefreshTokenClaims> {
  const payload = await verifySignedPayload(token, keys, options);
  const ati = payload['ati'];
  if (typeof ati !== 'string' || ati.length === 0) {
    throw new TokenVerificationError('wrong-token-type', 'An access token is not a refresh token');
  }
  return { ...toAccessClaims(payload), ati };
}

async function verifySignedPayload(
  token: string,
  keys: JwtKeySource,
  options: VerifyTokenOptions,
): Promise<JWTPayload> {
  if (typeof token !== 'string' || token.split('.').length !== 3) {
    throw new TokenVerificationError(
      'malformed',
      'Invalid JWT serialization: Missing dot delimiter(s)',
    );
  }
  const [jose, resolver] = await Promise.all([loadJose(), resolverFor(keys)]);
  try {
    const { payload } = await jose.jwtVerify(token, resolver, {
      algorithms: [JWT_ALGORITHM],
      clockTolerance: options.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS,
      currentDate: options.currentDate,
      requiredClaims: ['exp'],
    });
    return payload;
  } catch (error) {
    throw toVerificationError(error);
  }
}

function toVerificationError(error: unknown): TokenVerificationError {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  switch (code) {
    case 'ERR_JWT_EXPIRED': {
      const exp = (error as { payload?: JWTPayload }).payload?.exp;
      const at = typeof exp === 'number' ? new Date(exp * 1000).toISOString() : 'an earlier time';
      return new TokenVerificationError('expired', `Jwt expired at ${at}`);
    }
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return new TokenVerificationError('signature', 'Signed JWT rejected: Invalid signature');
    case 'ERR_JWKS_NO_MATCHING_KEY':
    case 'ERR_JWKS_MULTIPLE_MATCHING_KEYS':
      return new TokenVerificationError('unknown-key', `Signed JWT rejected: ${message}`);
    case 'ERR_JWKS_TIMEOUT':
    case 'ERR_JWKS_INVALID':
      return new TokenVerificationError('keys-unavailable', `JWK set unavailable: ${message}`);
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      return new TokenVerificationError('claims', message);
    case 'ERR_JWS_INVALID':
    case 'ERR_JWT_INVALID':
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
    case 'ERR_JOSE_NOT_SUPPORTED':
    case 'ERR_JWK_INVALID':
      return new TokenVerificationError('malformed', message);
    default:
      // createRemoteJWKSet surfaces network and HTTP failures as plain errors.
      return new TokenVerificationError('keys-unavailable', `JWK set unavailable: ${message}`);
  }
}

function claimError(claim: string): TokenVerificationError {
  return new TokenVerificationError('claims', `Missing or invalid "${claim}" claim`);
}

function stringArray(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) return undefined;
  return value as string[];
}

function toAccessClaims(payload: JWTPayload): AccessTokenClaims {
  const rawId = payload['id'];
  const id =
    typeof rawId === 'number' ? rawId : typeof rawId === 'string' ? Number(rawId) : Number.NaN;
  if (!Number.isSafeInteger(id) || id <= 0) throw claimError('id');
  const userName = payload['user_name'];
  if (typeof userName !== 'string' || userName.length === 0) throw claimError('user_name');
  const clientId = payload['client_id'];
  if (typeof clientId !== 'string' || clientId.length === 0) throw claimError('client_id');
  const scope = stringArray(payload['scope']);
  if (!scope) throw claimError('scope');
  const { exp, jti } = payload;
  if (typeof exp !== 'number') throw claimError('exp');
  if (typeof jti !== 'string' || jti.length === 0) throw claimError('jti');

  let authorities: string[] | undefined;
  if (payload['authorities'] !== undefined) {
    authorities = stringArray(payload['authorities']);
    if (!authorities) throw claimError('authorities');
  }
  // Same key order as the token payload, so a forwarded `user` header reads like the original's.
  return {
    user_name: userName,
    scope,
    id,
    exp,
    ...(authorities ? { authorities } : {}),
    jti,
    client_id: clientId,
  };
}
