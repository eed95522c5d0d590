import {
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  SignJWT,
  type CryptoKey,
  type JWK,
  type JWTPayload,
} from 'jose';

/** An RS256 key pair standing in for mall-auth's, with its public JWK (kid = thumbprint). */
export interface SigningKey {
  kid: string;
  publicJwk: JWK;
  /** Signs `claims`; `expiresInSeconds` may be negative (already expired). */
  sign(claims: JWTPayload, options?: SignOptions): Promise<string>;
}

export interface SignOptions {
  expiresInSeconds?: number;
  /** `null` leaves kid out of the header (as the original's tokens). */
  kid?: string | null;
}

export async function createSigningKey(): Promise<SigningKey> {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  return {
    kid,
    publicJwk: { ...publicJwk, kid, alg: 'RS256', use: 'sig' },
    sign: (claims, options = {}) => signWith(privateKey, kid, claims, options),
  };
}

async function signWith(
  privateKey: CryptoKey,
  kid: string,
  claims: JWTPayload,
  options: SignOptions,
): Promise<string> {
  const header =
    options.kid === null
      ? { alg: 'RS256', typ: 'JWT' }
      : { alg: 'RS256', typ: 'JWT', kid: options.kid ?? kid };
  const exp = Math.floor(Date.now() / 1000) + (options.expiresInSeconds ?? 3600);
  return new SignJWT({ ...claims, exp }).setProtectedHeader(header).sign(privateKey);
}

/** The JWK set document mall-auth serves at /rsa/publicKey. */
export function jwkSet(...keys: SigningKey[]): { keys: JWK[] } {
  return { keys: keys.map((key) => key.publicJwk) };
}

/** Access-token claims as mall-auth issues them for an admin. */
export function adminTokenClaims(id: number, userName: string, authorities: string[]): JWTPayload {
  return {
    user_name: userName,
    scope: ['all'],
    id,
    authorities,
    jti: `jti-${id}-${Math.random().toString(36).slice(2)}`,
    client_id: 'admin-app',
  };
}

/** Access-token claims as mall-auth issues them for a member (portal-app client). */
export function memberTokenClaims(id: number, userName: string): JWTPayload {
  return {
    user_name: userName,
    scope: ['all'],
    id,
    authorities: ['前台会员'],
    jti: `jti-${id}-${Math.random().toString(36).slice(2)}`,
    client_id: 'portal-app',
  };
}
