import { parseUserHeader } from '@mall/security';
import { SignJWT } from 'jose';
import {
  adminTokenClaims,
  createSigningKey,
  jwkSet,
  memberTokenClaims,
  type SigningKey,
} from '../../test/support/token-kit';
import { AccessTokenVerifier, NOT_AUTHENTICATED, type TokenCheck } from './access-token-verifier';
import { JwksKeyStore, JwksUnavailableError } from './jwks-key-store';

const DECODE = 'An error occurred while attempting to decode the Jwt: ';

describe('AccessTokenVerifier', () => {
  let authKey: SigningKey;
  let otherKey: SigningKey;
  let published: unknown;
  let fetches: number;
  let now: number;

  beforeAll(async () => {
    [authKey, otherKey] = await Promise.all([createSigningKey(), createSigningKey()]);
  });

  function verifier(options: { cooldownMs?: number; cacheTtlMs?: number } = {}) {
    fetches = 0;
    const keys = new JwksKeyStore(
      async () => {
        fetches++;
        if (published instanceof Error) throw published;
        return published;
      },
      { refreshCooldownMs: options.cooldownMs ?? 30_000, clock: () => now },
    );
    return new AccessTokenVerifier(keys, {
      clockSkewSeconds: 60,
      cacheSize: 100,
      cacheTtlMs: options.cacheTtlMs ?? 60_000,
      clock: () => now,
    });
  }

  beforeEach(() => {
    published = jwkSet(authKey);
    now = Date.now();
  });

  const reason = (check: TokenCheck) => (check.ok ? 'ok' : check.reason);

  it('accepts a valid access token and forwards its claims as an ASCII user header', async () => {
    const token = await authKey.sign(adminTokenClaims(3, 'admin', ['5_超级管理员']));
    const check = await verifier().verifyHeader(`Bearer ${token}`);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.claims).toMatchObject({ id: 3, user_name: 'admin', client_id: 'admin-app' });
    expect(check.userHeader).toMatch(/^[\x20-\x7e]+$/);
    expect(parseUserHeader(check.userHeader)).toMatchObject({
      id: 3,
      authorities: ['5_超级管理员'],
    });
  });

  it('takes the Bearer scheme case-insensitively', async () => {
    const token = await authKey.sign(memberTokenClaims(1, 'test'));
    expect(reason(await verifier().verifyHeader(`bearer ${token}`))).toBe('ok');
    expect(reason(await verifier().verifyHeader(`BEARER  ${token}`))).toBe('ok');
  });

  it('treats a missing header or a token without the Bearer prefix as not authenticated', async () => {
    const token = await authKey.sign(memberTokenClaims(1, 'test'));
    const v = verifier();
    expect(reason(await v.verifyHeader(undefined))).toBe(NOT_AUTHENTICATED);
    expect(reason(await v.verifyHeader(''))).toBe(NOT_AUTHENTICATED);
    expect(reason(await v.verifyHeader(token))).toBe(NOT_AUTHENTICATED);
    expect(reason(await v.verifyHeader(`Basic ${token}`))).toBe(NOT_AUTHENTICATED);
    expect(fetches).toBe(0);
  });

  it('rejects malformed tokens', async () => {
    const v = verifier();
    expect(reason(await v.verifyHeader('Bearer garbage'))).toBe(`${DECODE}Malformed token`);
    expect(reason(await v.verifyHeader('Bearer a.b.c'))).toBe(
      `${DECODE}JWS Protected Header is invalid`,
    );
    expect(reason(await v.verifyHeader('Bearer'))).toBe(`${DECODE}Malformed token`);
  });

  it('rejects expired tokens, allowing 60 s of clock skew', async () => {
    const expired = await authKey.sign(memberTokenClaims(1, 'test'), { expiresInSeconds: -120 });
    const withinSkew = await authKey.sign(memberTokenClaims(1, 'test'), { expiresInSeconds: -30 });
    const v = verifier();
    expect(reason(await v.verifyHeader(`Bearer ${expired}`))).toMatch(
      new RegExp(`^${DECODE}Jwt expired at \\d{4}-\\d\\d-\\d\\dT`),
    );
    expect(reason(await v.verifyHeader(`Bearer ${withinSkew}`))).toBe('ok');
  });

  it('rejects a wrong signature after one rate-limited refresh of the keys', async () => {
    const v = verifier();
    const valid = await authKey.sign(memberTokenClaims(1, 'test'));
    expect(reason(await v.verifyHeader(`Bearer ${valid}`))).toBe('ok');
    expect(fetches).toBe(1);
    // Just after the keys were fetched, a bad signature is not worth another fetch.
    const forged = await otherKey.sign(memberTokenClaims(1, 'test'), { kid: authKey.kid });
    expect(reason(await v.verifyHeader(`Bearer ${forged}`))).toContain('Invalid signature');
    expect(fetches).toBe(1);
    now += 30_001;
    expect(reason(await v.verifyHeader(`Bearer ${forged}`))).toBe(
      `${DECODE}Signed JWT rejected: Invalid signature`,
    );
    expect(fetches).toBe(2);
    // Within the cooldown another forged token costs no further fetch.
    const forged2 = await otherKey.sign(memberTokenClaims(2, 'x'), { kid: authKey.kid });
    expect(reason(await v.verifyHeader(`Bearer ${forged2}`))).toContain('Invalid signature');
    expect(fetches).toBe(2);
  });

  it('picks up a rotated key: an unknown kid refreshes the JWK set once', async () => {
    const v = verifier({ cooldownMs: 0 });
    const first = await authKey.sign(memberTokenClaims(1, 'test'));
    expect(reason(await v.verifyHeader(`Bearer ${first}`))).toBe('ok');
    published = jwkSet(authKey, otherKey);
    const rotated = await otherKey.sign(memberTokenClaims(2, 'test2'));
    expect(reason(await v.verifyHeader(`Bearer ${rotated}`))).toBe('ok');
    expect(fetches).toBe(2);
  });

  it('reports an unknown key when the refreshed set still lacks it', async () => {
    const v = verifier();
    const token = await otherKey.sign(memberTokenClaims(2, 'test2'));
    expect(reason(await v.verifyHeader(`Bearer ${token}`))).toBe(
      `${DECODE}Signed JWT rejected: no applicable key found in the JSON Web Key Set`,
    );
  });

  it('verifies tokens without kid (as the original issued them) against a one-key set', async () => {
    published = jwkSet(authKey);
    const token = await authKey.sign(memberTokenClaims(1, 'test'), { kid: null });
    expect(reason(await verifier().verifyHeader(`Bearer ${token}`))).toBe('ok');
  });

  it('refuses refresh tokens, other algorithms and tokens without the claims services need', async () => {
    const v = verifier();
    const refresh = await authKey.sign({ ...memberTokenClaims(1, 'test'), ati: 'abc' });
    expect(reason(await v.verifyHeader(`Bearer ${refresh}`))).toBe(
      `${DECODE}A refresh token is not an access token`,
    );
    const hmac = await new SignJWT({ ...memberTokenClaims(1, 'test'), exp: now / 1000 + 60 })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode('a-shared-secret-of-some-length-123456'));
    expect(reason(await v.verifyHeader(`Bearer ${hmac}`))).toBe(
      `${DECODE}"alg" (Algorithm) Header Parameter value not allowed`,
    );
    const payload = (await authKey.sign(memberTokenClaims(1, 'test'))).split('.')[1];
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${payload}.x`;
    expect(reason(await v.verifyHeader(`Bearer ${unsigned}`))).toBe(
      `${DECODE}"alg" (Algorithm) Header Parameter value not allowed`,
    );
    const noId = await authKey.sign({ user_name: 'x', client_id: 'portal-app' });
    expect(reason(await v.verifyHeader(`Bearer ${noId}`))).toBe(
      `${DECODE}Missing or invalid "id" claim`,
    );
  });

  it('remembers a verified token until the cache period ends, answering repeats synchronously', async () => {
    const v = verifier({ cacheTtlMs: 1000 });
    const header = `Bearer ${await authKey.sign(memberTokenClaims(1, 'test'))}`;
    const first = await v.verifyHeader(header);
    const repeat = v.verifyHeader(header);
    expect(repeat).not.toBeInstanceOf(Promise);
    expect(repeat).toBe(first);
    now += 1001;
    const later = await v.verifyHeader(header);
    expect(later.ok).toBe(true);
    expect(later).not.toBe(first);
  });

  it('never serves a cached token past its expiry', async () => {
    const v = verifier({ cacheTtlMs: 3_600_000 });
    const token = await authKey.sign(memberTokenClaims(1, 'test'), { expiresInSeconds: 5 });
    expect(reason(await v.verifyHeader(`Bearer ${token}`))).toBe('ok');
    now += 66_000;
    expect(reason(await v.verifyHeader(`Bearer ${token}`))).toMatch(/Jwt expired/);
  });

  it('fails with JwksUnavailableError when no keys can be loaded, and fails fast meanwhile', async () => {
    published = new Error('connect ECONNREFUSED');
    const v = verifier();
    const token = await authKey.sign(memberTokenClaims(1, 'test'));
    await expect(v.verifyHeader(`Bearer ${token}`)).rejects.toBeInstanceOf(JwksUnavailableError);
    await expect(v.verifyHeader(`Bearer ${token}`)).rejects.toBeInstanceOf(JwksUnavailableError);
    expect(fetches).toBe(1);
    published = jwkSet(authKey);
    now += 1500;
    expect(reason(await v.verifyHeader(`Bearer ${token}`))).toBe('ok');
    expect(fetches).toBe(2);
  });
});
