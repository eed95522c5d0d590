import { CommonResult } from '@mall/common';
import { gatewayAppSchema } from '../gateway-settings';
import { parseRequestPath, type RoutedPath } from '../routing/request-path';
import {
  adminTokenClaims,
  createSigningKey,
  jwkSet,
  memberTokenClaims,
  type SigningKey,
} from '../../test/support/token-kit';
import { AccessPolicy } from './access-policy';
import { AccessTokenVerifier } from './access-token-verifier';
import { JwksKeyStore } from './jwks-key-store';
import { ResourceRolesCache } from './resource-roles';

const secure = gatewayAppSchema.parse({
  secure: {
    ignoreUrls: ['/mall-portal/home/**', '/mall-admin/admin/login'],
    internalPaths: ['/mall-member/sso/update/**', '/*/actuator/**'],
  },
}).secure;

function target(url: string): RoutedPath {
  return parseRequestPath(url) as RoutedPath;
}

describe('AccessPolicy', () => {
  let key: SigningKey;
  let keysAvailable = true;
  let policy: AccessPolicy;

  beforeAll(async () => {
    key = await createSigningKey();
  });

  beforeEach(() => {
    keysAvailable = true;
    const keys = new JwksKeyStore(
      async () => {
        if (!keysAvailable) throw new Error('mall-auth down');
        return jwkSet(key);
      },
      { refreshCooldownMs: 0, retryAfterFailureMs: 0 },
    );
    const verifier = new AccessTokenVerifier(keys, {
      clockSkewSeconds: 60,
      cacheSize: 10,
      cacheTtlMs: 1000,
    });
    const roles = new ResourceRolesCache(
      async () => ({
        '/mall-admin/brand/**': '["1_商品管理员","5_超级管理员"]',
        '/mall-admin/admin/**': '["5_超级管理员"]',
      }),
      { ttlMs: 0 },
    );
    policy = new AccessPolicy(secure, verifier, roles);
  });

  const bearer = async (claims: Parameters<SigningKey['sign']>[0]) =>
    `Bearer ${await key.sign(claims)}`;
  const admin = (authorities: string[]) => bearer(adminTokenClaims(3, 'admin', authorities));
  const member = () => bearer(memberTokenClaims(1, 'test'));

  it('refuses internal paths whatever the token', async () => {
    for (const url of ['/mall-member/sso/update/1/99999', '/mall-admin/actuator/health']) {
      const decision = await policy.decide('GET', target(url), await admin(['5_超级管理员']));
      expect(decision).toMatchObject({
        allowed: false,
        httpStatus: 200,
        reason: 'internal',
        body: CommonResult.forbidden('Access Denied'),
      });
    }
  });

  it('lets public paths and pre-flights pass without identity or Authorization', async () => {
    const expected = { allowed: true, claims: null, userHeader: null, stripAuthorization: true };
    expect(await policy.decide('GET', target('/mall-portal/home/content'), 'Bearer junk')).toEqual(
      expected,
    );
    expect(await policy.decide('OPTIONS', target('/mall-order/order/list'), undefined)).toEqual(
      expected,
    );
  });

  it('answers 401 in the envelope without a valid token', async () => {
    const decision = await policy.decide('GET', target('/mall-order/order/list'), undefined);
    expect(decision).toMatchObject({
      allowed: false,
      httpStatus: 200,
      reason: 'unauthenticated',
      body: { code: 401, message: '暂未登录或token已经过期', data: 'Not Authenticated' },
    });
  });

  it('keeps admin tokens on /mall-admin/** and every other token off it', async () => {
    const memberOnAdmin = await policy.decide(
      'GET',
      target('/mall-admin/brand/list'),
      await member(),
    );
    expect(memberOnAdmin).toMatchObject({ allowed: false, reason: 'client', body: { code: 403 } });
    const adminOnPortal = await policy.decide(
      'GET',
      target('/mall-order/order/list'),
      await admin(['5_超级管理员']),
    );
    expect(adminOnPortal).toMatchObject({ allowed: false, reason: 'client', body: { code: 403 } });
    const memberOnOrder = await policy.decide(
      'GET',
      target('/mall-order/order/list'),
      await member(),
    );
    expect(memberOnOrder).toMatchObject({ allowed: true, claims: { id: 1 } });
  });

  it('checks admin paths against the resource roles map', async () => {
    const productAdmin = await admin(['1_商品管理员']);
    expect(
      await policy.decide('POST', target('/mall-admin/brand/create'), productAdmin),
    ).toMatchObject({ allowed: true, stripAuthorization: false, claims: { id: 3 } });
    expect(
      await policy.decide('GET', target('/mall-admin/admin/list'), productAdmin),
    ).toMatchObject({ allowed: false, reason: 'rbac', body: { code: 403, data: 'Access Denied' } });
    // No resource covers the path: refused even for the super administrator.
    expect(
      await policy.decide(
        'GET',
        target('/mall-admin/memberLevel/list'),
        await admin(['5_超级管理员']),
      ),
    ).toMatchObject({ allowed: false, reason: 'rbac' });
  });

  it('answers 503 when the keys cannot be loaded', async () => {
    const token = await member();
    keysAvailable = false;
    expect(await policy.decide('GET', target('/mall-order/order/list'), token)).toMatchObject({
      allowed: false,
      httpStatus: 503,
      reason: 'jwks_unavailable',
      body: { code: 500 },
    });
  });

  it('applies a new whitelist and internal list after configure()', async () => {
    policy.configure(
      gatewayAppSchema.parse({ secure: { ignoreUrls: ['/mall-order/order/list'] } }).secure,
    );
    expect(await policy.decide('GET', target('/mall-order/order/list'), undefined)).toMatchObject({
      allowed: true,
      claims: null,
    });
    expect(policy.isInternal('/mall-member/sso/update/1/2')).toBe(false);
  });
});
