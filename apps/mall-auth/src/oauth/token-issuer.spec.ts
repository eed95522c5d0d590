import {
  bearerToken,
  loadJose,
  localJwks,
  TokenVerificationError,
  verifyAccessToken,
  verifyRefreshToken,
  type TokenFailureReason,
} from '@mall/security';
import { generateKeyPairSync } from 'node:crypto';
import type { JwtSettings } from '../config/auth-config';
import { loadSigningKeys, type SigningKeys } from '../rsa/signing-keys';
import type { AuthUser } from '../users/auth-user';
import type { OAuthClient } from './client-authenticator';
import { TokenIssuer } from './token-issuer';

function privatePem(): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

async function keysFor(pem: string): Promise<SigningKeys> {
  const settings: JwtSettings = { privateKeyPem: pem, additionalPublicKeysPem: [] };
  return loadSigningKeys(settings, { profile: 'test', env: {} });
}

function decodePart(token: string, index: 0 | 1): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[index], 'base64url').toString('utf8'));
}

async function failureOf(promise: Promise<unknown>): Promise<TokenFailureReason> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TokenVerificationError);
  return (error as TokenVerificationError).reason;
}

const client: OAuthClient = {
  clientId: 'admin-app',
  secret: 'unused',
  scopes: ['all'],
  grantTypes: ['password', 'refresh_token'],
  accessTokenValiditySeconds: 86_400,
  refreshTokenValiditySeconds: 604_800,
};
const admin: AuthUser = {
  id: 3,
  username: 'admin',
  passwordHash: null,
  status: 1,
  authorities: ['5_超级管理员'],
};

describe('issued tokens and their verification', () => {
  let keys: SigningKeys;
  let otherKeys: SigningKeys;
  let issuer: TokenIssuer;

  beforeAll(async () => {
    keys = await keysFor(privatePem());
    otherKeys = await keysFor(privatePem());
    issuer = new TokenIssuer(keys);
  });

  it("carries the original's claims, in its order, with kid in the header", async () => {
    const before = Math.floor(Date.now() / 1000);
    const issued = await issuer.issue(admin, client, ['all']);
    expect(issued.tokenHead).toBe('Bearer ');
    expect(issued.expiresIn).toBeGreaterThanOrEqual(86_398);
    expect(issued.expiresIn).toBeLessThanOrEqual(86_400);

    expect(decodePart(issued.token, 0)).toEqual({ alg: 'RS256', typ: 'JWT', kid: keys.kid });
    const access = decodePart(issued.token, 1);
    expect(Object.keys(access)).toEqual([
      'user_name',
      'scope',
      'id',
      'exp',
      'authorities',
      'jti',
      'client_id',
    ]);
    expect(access).toMatchObject({
      user_name: 'admin',
      scope: ['all'],
      id: 3,
      authorities: ['5_超级管理员'],
      client_id: 'admin-app',
    });
    expect(access['exp']).toBeGreaterThanOrEqual(before + 86_400);

    const refresh = decodePart(issued.refreshToken, 1);
    expect(refresh['ati']).toBe(access['jti']);
    expect(refresh['jti']).not.toBe(access['jti']);
    expect(refresh['exp']).toBeGreaterThanOrEqual(before + 604_800);
  });

  it('leaves authorities out for a user without roles', async () => {
    const issued = await issuer.issue({ ...admin, authorities: [] }, client, ['all']);
    expect(decodePart(issued.token, 1)).not.toHaveProperty('authorities');
    const claims = await verifyAccessToken(issued.token, keys.jwks);
    expect(claims.authorities).toBeUndefined();
  });

  it('keeps the refresh token id and expiry when renewing', async () => {
    const issued = await issuer.issue(admin, client, ['all'], {
      jti: 'refresh-1',
      exp: 2_000_000_000,
    });
    const refresh = await verifyRefreshToken(issued.refreshToken, keys.verifier);
    expect(refresh.jti).toBe('refresh-1');
    expect(refresh.exp).toBe(2_000_000_000);
    expect(refresh.ati).toBe(decodePart(issued.token, 1)['jti']);
  });

  it('verifies against the JWK set, as an object or a resolver', async () => {
    const { token } = await issuer.issue(admin, client, ['all']);
    const expected = { id: 3, user_name: 'admin', client_id: 'admin-app', scope: ['all'] };
    await expect(verifyAccessToken(token, keys.jwks)).resolves.toMatchObject(expected);
    await expect(verifyAccessToken(token, await localJwks(keys.jwks))).resolves.toMatchObject(
      expected,
    );
  });

  it('refuses tampered, foreign, expired and malformed tokens', async () => {
    const { token } = await issuer.issue(admin, client, ['all']);
    const [header, payload, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...decodePart(token, 1), id: 1 }), 'utf8').toString(
      'base64url',
    );
    expect(await failureOf(verifyAccessToken(`${header}.${forged}.${signature}`, keys.jwks))).toBe(
      'signature',
    );
    expect(await failureOf(verifyAccessToken(token, otherKeys.jwks))).toBe('unknown-key');
    const tomorrowAndAMinute = new Date(Date.now() + (86_400 + 120) * 1000);
    expect(
      await failureOf(verifyAccessToken(token, keys.jwks, { currentDate: tomorrowAndAMinute })),
    ).toBe('expired');
    expect(await failureOf(verifyAccessToken('not-a-token', keys.jwks))).toBe('malformed');
    expect(await failureOf(verifyAccessToken(`${header}.${payload}`, keys.jwks))).toBe('malformed');
  });

  it('does not accept a refresh token as an access token, nor the reverse', async () => {
    const issued = await issuer.issue(admin, client, ['all']);
    expect(await failureOf(verifyAccessToken(issued.refreshToken, keys.jwks))).toBe(
      'wrong-token-type',
    );
    expect(await failureOf(verifyRefreshToken(issued.token, keys.jwks))).toBe('wrong-token-type');
  });

  it('accepts a token without kid (the original header) when the set has one key', async () => {
    const { SignJWT } = await loadJose();
    const exp = Math.floor(Date.now() / 1000) + 60;
    const legacy = await new SignJWT({
      user_name: 'member',
      scope: ['all'],
      id: 1,
      exp,
      authorities: ['前台会员'],
      jti: 'legacy',
      client_id: 'portal-app',
    })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT' })
      .sign(keys.privateKey);
    await expect(verifyAccessToken(legacy, keys.jwks)).resolves.toMatchObject({
      id: 1,
      client_id: 'portal-app',
      authorities: ['前台会员'],
    });
  });

  it('reads the token of an Authorization header', () => {
    expect(bearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerToken('bearer  abc')).toBe('abc');
    expect(bearerToken('abc.def.ghi')).toBeNull();
    expect(bearerToken('Bearer ')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});
