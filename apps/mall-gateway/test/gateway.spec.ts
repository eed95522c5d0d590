import { parseUserHeader } from '@mall/security';
import { startTestService, type TestService } from '@mall/testing';
import Redis from 'ioredis';
import { serviceDefinition } from '../src/service';
import {
  deadPort,
  rawRequest,
  sha256,
  startFakeService,
  type FakeService,
  type RawRequest,
} from './support/raw-http';
import {
  adminTokenClaims,
  createSigningKey,
  jwkSet,
  memberTokenClaims,
  type SigningKey,
} from './support/token-kit';

const ROLES_KEY = `mall_t_gateway_${process.pid}:resourceRolesMap`;
const BODY_LIMIT = 64 * 1024;
const SUPER_ADMIN = '5_超级管理员';
const PRODUCT_ADMIN = '1_商品管理员';

describe('mall-gateway in front of fake services', () => {
  let key: SigningKey;
  let a: FakeService;
  let b: FakeService;
  let gateway: TestService;
  let redis: Redis;

  beforeAll(async () => {
    key = await createSigningKey();
    a = await startFakeService('a', { jwks: () => jwkSet(key) });
    b = await startFakeService('b');
    const dead = `127.0.0.1:${await deadPort()}`;
    redis = new Redis({ host: '127.0.0.1', port: 6379, lazyConnect: true });
    await redis.connect();
    await redis.hset(ROLES_KEY, {
      '/mall-admin/brand/**': JSON.stringify([PRODUCT_ADMIN, SUPER_ADMIN]),
      '/mall-admin/admin/**': JSON.stringify([SUPER_ADMIN]),
      '/mall-admin/v3/**': JSON.stringify([SUPER_ADMIN]),
    });
    const services = (addresses: string[]) => JSON.stringify(addresses);
    gateway = await startTestService(serviceDefinition, {
      env: {
        'MALL__discovery__services__mall-auth': services([a.address]),
        'MALL__discovery__services__mall-admin': services([a.address]),
        'MALL__discovery__services__mall-member': services([a.address]),
        'MALL__discovery__services__mall-order': services([a.address]),
        'MALL__discovery__services__mall-portal': services([a.address, b.address]),
        'MALL__discovery__services__mall-cart': services([dead, a.address]),
        'MALL__discovery__services__mall-monitor': services([dead, a.address]),
        'MALL__discovery__services__mall-search': services([dead]),
        MALL__app__redis__keys__resourceRolesMap: ROLES_KEY,
        MALL__app__secure__resourceRolesCacheMs: '0',
        MALL__server__bodyLimitBytes: String(BODY_LIMIT),
        MALL__app__proxy__timeoutMs: '1000',
        // Rejections are logged as warnings; the assertions cover them.
        LOG_LEVEL: 'error',
        MALL__app__rateLimit__routes:
          '[{pattern: /mall-portal/limited/**, permitsPerSecond: 0.001, burst: 2}]',
      },
    });
  });

  afterAll(async () => {
    await gateway?.close();
    await redis?.del(ROLES_KEY);
    redis?.disconnect();
    await a?.close();
    await b?.close();
  });

  const call = (path: string, request?: RawRequest) => rawRequest(gateway.url, path, request);
  const bearer = async (claims: Parameters<SigningKey['sign']>[0], expiresInSeconds?: number) =>
    `Bearer ${await key.sign(claims, { expiresInSeconds })}`;
  const adminToken = (authorities = [SUPER_ADMIN]) =>
    bearer(adminTokenClaims(3, 'admin', authorities));
  const memberToken = () => bearer(memberTokenClaims(1, 'member'));
  /** Requests the fake services saw while `action` ran. */
  async function seenDuring(action: () => Promise<unknown>) {
    const before = a.seen.length + b.seen.length;
    await action();
    return [...a.seen, ...b.seen].slice(before);
  }
  const lastSeen = () => a.seen[a.seen.length - 1];

  describe('routing', () => {
    it('strips the prefix, keeps the query and adds the forwarding headers', async () => {
      const res = await call('/mall-order/order/list?pageNum=1&pageSize=5', {
        headers: { authorization: await memberToken(), 'x-forwarded-for': '203.0.113.7' },
      });
      expect(res.status).toBe(200);
      expect(res.json.data).toMatchObject({
        method: 'GET',
        url: '/order/list?pageNum=1&pageSize=5',
      });
      const seen = lastSeen();
      expect(seen.headers['x-forwarded-for']).toBe('203.0.113.7, 127.0.0.1');
      expect(seen.headers['x-forwarded-prefix']).toBe('/mall-order');
      expect(seen.headers['x-forwarded-proto']).toBe('http');
      expect(seen.headers['host']).toBe(a.address);
    });

    it('answers 404 in the envelope for an unknown prefix and for the gateway itself', async () => {
      for (const path of ['/mall-unknown/x', '/mall-gateway/actuator/health', '/']) {
        const res = await call(path);
        expect(res.status).toBe(404);
        expect(res.json).toMatchObject({ code: 404, data: null });
      }
    });

    it('does not proxy TRACE', async () => {
      const seen = await seenDuring(async () => {
        const res = await call('/mall-portal/home/content', { method: 'TRACE' });
        expect(res.status).toBe(404);
        expect(res.json).toMatchObject({ code: 404 });
      });
      expect(seen).toHaveLength(0);
    });

    it('keeps the gateway’s own actuator local', async () => {
      const res = await call('/actuator/health');
      expect(res.status).toBe(200);
      expect(res.json.status).toBe('UP');
    });

    it('balances requests round-robin over the instances', async () => {
      const seen = await seenDuring(async () => {
        for (let i = 0; i < 4; i++) await call('/mall-portal/home/content');
      });
      expect(seen.map((s) => s.instance).sort()).toEqual(['a', 'a', 'b', 'b']);
    });

    it('retries a request without body on the next instance when one refuses connections', async () => {
      const token = await memberToken();
      for (let i = 0; i < 4; i++) {
        const res = await call('/mall-cart/cart/list', { headers: { authorization: token } });
        expect(res.json).toMatchObject({ code: 200, data: { instance: 'a' } });
      }
    });

    it('does not repeat a request with a body: 503 when its instance is down', async () => {
      const token = await memberToken();
      const statuses: number[] = [];
      for (let i = 0; i < 2; i++) {
        const res = await call('/mall-monitor/instances', {
          method: 'POST',
          headers: { authorization: token, 'content-type': 'application/json' },
          body: '{"a":1}',
        });
        statuses.push(res.status);
        if (res.status === 503) expect(res.json).toMatchObject({ code: 500, data: null });
      }
      expect(statuses.sort()).toEqual([200, 503]);
    });

    it('answers 503 when no instance can be reached', async () => {
      const res = await call('/mall-search/esProduct/search/simple?keyword=x');
      expect(res.status).toBe(503);
      expect(res.json).toMatchObject({ code: 500, message: 'mall-search is unavailable' });
    });

    it('answers 504 when the service does not answer in time', async () => {
      const res = await call('/mall-order/hang', {
        headers: { authorization: await memberToken() },
      });
      expect(res.status).toBe(504);
      expect(res.json).toMatchObject({ code: 500, message: 'mall-order did not answer in time' });
    });
  });

  describe('bodies', () => {
    it('streams request bodies unchanged, with and without Content-Length', async () => {
      const token = await memberToken();
      const body = Buffer.alloc(BODY_LIMIT - 100, 'xyz');
      for (const chunked of [false, true]) {
        const res = await call('/mall-order/order/generateOrder', {
          method: 'POST',
          headers: { authorization: token, 'content-type': 'application/octet-stream' },
          body,
          chunked,
        });
        expect(res.json.data.bodyBytes).toBe(body.length);
        expect(lastSeen().bodySha256).toBe(sha256(body));
      }
    });

    it('forwards JSON and form bodies as sent', async () => {
      const token = await memberToken();
      const json = JSON.stringify({ username: '张三', list: [1, 2] });
      await call('/mall-order/x', {
        method: 'POST',
        headers: { authorization: token, 'content-type': 'application/json' },
        body: json,
      });
      expect(lastSeen().bodySha256).toBe(sha256(Buffer.from(json)));
      expect(lastSeen().headers['content-type']).toBe('application/json');
      const form = 'username=test&password=123';
      await call('/mall-member/sso/login', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form,
      });
      expect(lastSeen().bodySha256).toBe(sha256(Buffer.from(form)));
    });

    it('streams large answers', async () => {
      const res = await call('/mall-portal/product/large?bytes=3000000');
      expect(res.status).toBe(200);
      expect(res.bytes.length).toBe(3_000_000);
    });

    it('refuses an oversized body with 413 before it reaches the service', async () => {
      const token = await memberToken();
      const body = Buffer.alloc(BODY_LIMIT + 1, 'x');
      const seen = await seenDuring(async () => {
        const res = await call('/mall-order/order/generateOrder', {
          method: 'POST',
          headers: { authorization: token, 'content-type': 'application/json' },
          body,
        });
        expect(res.status).toBe(413);
        expect(res.json).toMatchObject({ code: 500, data: null });
        expect(res.json.message).toContain('too large');
      });
      expect(seen).toHaveLength(0);
    });

    it('stops a chunked upload at the limit with 413', async () => {
      const res = await call('/mall-order/order/generateOrder', {
        method: 'POST',
        headers: { authorization: await memberToken(), 'content-type': 'application/octet-stream' },
        body: Buffer.alloc(BODY_LIMIT * 3, 'x'),
        chunked: true,
      });
      expect(res.status).toBe(413);
      expect(res.json).toMatchObject({ code: 500 });
    });
  });

  describe('authentication', () => {
    const unauthenticated = async (authorization: string | undefined, expectedData: RegExp) => {
      const headers = authorization === undefined ? {} : { authorization };
      const seen = await seenDuring(async () => {
        const res = await call('/mall-order/order/list', { headers });
        expect(res.status).toBe(200);
        expect(res.json).toEqual({
          code: 401,
          message: '暂未登录或token已经过期',
          data: expect.stringMatching(expectedData),
        });
        expect(res.headers['access-control-allow-origin']).toBe('*');
        expect(res.headers['cache-control']).toBe('no-cache');
      });
      expect(seen).toHaveLength(0);
    };

    it('401 without a token', () => unauthenticated(undefined, /^Not Authenticated$/));

    it('401 for a token without the Bearer prefix (the original let it through)', async () =>
      unauthenticated((await memberToken()).slice('Bearer '.length), /^Not Authenticated$/));

    it('401 for a malformed token', () => unauthenticated('Bearer not-a-jwt', /Malformed token/));

    it('401 for a wrong signature', async () => {
      const other = await createSigningKey();
      const forged = await other.sign(memberTokenClaims(1, 'member'), { kid: key.kid });
      await unauthenticated(`Bearer ${forged}`, /Invalid signature/);
    });

    it('401 for an expired token', async () =>
      unauthenticated(await bearer(memberTokenClaims(1, 'member'), -3600), /Jwt expired at/));

    it('401 for a refresh token used as an access token', async () =>
      unauthenticated(
        await bearer({ ...memberTokenClaims(1, 'member'), ati: 'access-jti' }),
        /refresh token/,
      ));

    it('forwards the verified claims in the user header, with Authorization', async () => {
      const token = await memberToken();
      await call('/mall-order/order/list', { headers: { authorization: token } });
      const seen = lastSeen();
      expect(seen.headers['authorization']).toBe(token);
      expect(seen.headers['user']).toMatch(/^[\x20-\x7e]+$/);
      expect(parseUserHeader(seen.headers['user'])).toMatchObject({
        id: 1,
        user_name: 'member',
        client_id: 'portal-app',
        authorities: ['前台会员'],
      });
    });

    it('replaces a forged user header with the verified claims', async () => {
      const forged = JSON.stringify({ id: 99, user_name: 'admin', client_id: 'admin-app' });
      await call('/mall-order/order/list', {
        headers: { authorization: await memberToken(), user: forged },
      });
      expect(parseUserHeader(lastSeen().headers['user'])).toMatchObject({ id: 1 });
    });

    it('passes public paths without identity: no Authorization, no user, even when forged', async () => {
      const seen = await seenDuring(async () => {
        const res = await call('/mall-portal/home/content', {
          headers: { authorization: 'Bearer expired.or.garbage', user: '{"id":1,"user_name":"x"}' },
        });
        expect(res.json.code).toBe(200);
      });
      expect(seen).toHaveLength(1);
      expect(seen[0].headers['authorization']).toBeUndefined();
      expect(seen[0].headers['user']).toBeUndefined();
    });
  });

  describe('authorisation', () => {
    it('403 for a member token on an admin path', async () => {
      const seen = await seenDuring(async () => {
        const res = await call('/mall-admin/brand/list', {
          headers: { authorization: await memberToken() },
        });
        expect(res.json).toEqual({ code: 403, message: '没有相关权限', data: 'Access Denied' });
        expect(res.headers['cache-control']).toBe('no-cache');
      });
      expect(seen).toHaveLength(0);
    });

    it('403 for an admin token outside /mall-admin/**', async () => {
      const res = await call('/mall-order/order/list', {
        headers: { authorization: await adminToken() },
      });
      expect(res.json).toMatchObject({ code: 403, data: 'Access Denied' });
    });

    it('lets an admin through where a resource grants one of the roles', async () => {
      const res = await call('/mall-admin/brand/list', {
        headers: { authorization: await adminToken([PRODUCT_ADMIN]) },
      });
      expect(res.json).toMatchObject({ code: 200, data: { url: '/brand/list' } });
      expect(parseUserHeader(lastSeen().headers['user'])).toMatchObject({
        id: 3,
        client_id: 'admin-app',
        authorities: [PRODUCT_ADMIN],
      });
    });

    it('403 for an admin without the resource grant, and a new grant applies without restart', async () => {
      const orderAdmin = await adminToken(['2_订单管理员']);
      const denied = await call('/mall-admin/brand/list', {
        headers: { authorization: orderAdmin },
      });
      expect(denied.json).toMatchObject({ code: 403, data: 'Access Denied' });

      await redis.hset(
        ROLES_KEY,
        '/mall-admin/brand/**',
        JSON.stringify([PRODUCT_ADMIN, '2_订单管理员']),
      );
      const granted = await call('/mall-admin/brand/list', {
        headers: { authorization: orderAdmin },
      });
      expect(granted.json).toMatchObject({ code: 200 });
      await redis.hset(
        ROLES_KEY,
        '/mall-admin/brand/**',
        JSON.stringify([PRODUCT_ADMIN, SUPER_ADMIN]),
      );
    });

    it('403 for an admin path no resource covers', async () => {
      const res = await call('/mall-admin/memberLevel/list', {
        headers: { authorization: await adminToken() },
      });
      expect(res.json).toMatchObject({ code: 403 });
    });

    it('refuses internal paths from outside with 403, token or not', async () => {
      const member = await memberToken();
      const seen = await seenDuring(async () => {
        for (const path of [
          '/mall-member/sso/update/1/999999',
          '/mall-member/sso/feign/info',
          '/mall-portal/promotion/cart/CartPromotion',
          '/mall-cart/cart/list/promotionNew/1',
          '/mall-admin/admin/loadByUsername?username=admin',
          '/mall-order/actuator/health',
          '/mall-order/actuator',
        ]) {
          const res = await call(path, { headers: { authorization: member } });
          expect(res.json).toEqual({ code: 403, message: '没有相关权限', data: 'Access Denied' });
        }
        const anonymous = await call('/mall-member/sso/loadByUsername?username=test');
        expect(anonymous.json.code).toBe(403);
      });
      expect(seen).toHaveLength(0);
    });
  });

  describe('path checks', () => {
    it.each([
      '/mall-portal/home/../../mall-admin/admin/list',
      '/mall-portal/home/%2e%2e/%2e%2e/mall-admin/admin/list',
      '/mall-portal/home/..%2f..%2fmall-admin/admin/list',
      '/mall-portal/home%2f..%2f..%2fmall-admin%2fadmin%2flist',
      '/mall-portal/home/%252e%252e/x',
      '/mall-portal/home\\..\\..\\mall-admin',
      '/mall-portal/./home/content',
    ])('refuses %s with 400, never forwarding it', async (path) => {
      const seen = await seenDuring(async () => {
        const res = await call(path);
        expect(res.status).toBe(400);
        expect(res.json).toMatchObject({ code: 404, data: null });
        expect(res.json.message).toContain('Invalid request path');
      });
      expect(seen).toHaveLength(0);
    });

    it('matches the whitelist on the decoded path and forwards that same path', async () => {
      // %69 = i: public login of mall-admin, spelled differently, is still that path.
      const res = await call('/mall-admin/admin/log%69n', {
        method: 'POST',
        headers: { authorization: 'Bearer x' },
      });
      expect(res.json.code).toBe(200);
      expect(lastSeen().url).toBe('/admin/log%69n');
      expect(lastSeen().headers['authorization']).toBeUndefined();
    });

    it('does not let an encoded prefix dodge the internal list', async () => {
      const res = await call('/mall-%6Dember/sso/update/1/2', {
        headers: { authorization: await memberToken() },
      });
      expect(res.json).toMatchObject({ code: 403 });
    });

    it('checks collapsed duplicate slashes like the plain path', async () => {
      const res = await call('/mall-member//sso//update/1/2', {
        headers: { authorization: await memberToken() },
      });
      expect(res.json).toMatchObject({ code: 403 });
    });
  });

  describe('rate limits', () => {
    it('answers 429 in the envelope once a route’s bucket is empty', async () => {
      const first = await call('/mall-portal/limited/a');
      const second = await call('/mall-portal/limited/b');
      const third = await call('/mall-portal/limited/c');
      expect([first.status, second.status]).toEqual([200, 200]);
      expect(third.status).toBe(429);
      expect(third.json).toEqual({ code: 429, message: '请求过于频繁，请稍后再试', data: null });
      expect(Number(third.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      // Other routes are not affected.
      expect((await call('/mall-portal/home/content')).status).toBe(200);
    });
  });

  describe('CORS', () => {
    it('answers pre-flights itself, for any origin, method and header', async () => {
      const seen = await seenDuring(async () => {
        const res = await call('/mall-admin/brand/create', {
          method: 'OPTIONS',
          headers: {
            origin: 'https://admin.example',
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'authorization,content-type',
          },
        });
        expect(res.status).toBe(200);
        expect(res.headers['access-control-allow-origin']).toBe('https://admin.example');
        expect(res.headers['access-control-allow-credentials']).toBe('true');
        expect(res.headers['access-control-allow-methods']).toBe('POST');
        expect(res.headers['access-control-allow-headers']).toBe('authorization,content-type');
        expect(res.headers['access-control-max-age']).toBe('1800');
      });
      expect(seen).toHaveLength(0);
    });

    it('adds the gateway’s CORS headers to proxied answers and to its own rejections', async () => {
      const origin = 'https://shop.example';
      const proxied = await call('/mall-portal/home/content', { headers: { origin } });
      expect(proxied.headers['access-control-allow-origin']).toBe(origin);
      expect(proxied.headers['access-control-allow-credentials']).toBe('true');
      const rejected = await call('/mall-order/order/list', { headers: { origin } });
      expect(rejected.json.code).toBe(401);
      expect(rejected.headers['access-control-allow-origin']).toBe(origin);
    });
  });

  describe('API documentation', () => {
    it('serves one Swagger UI listing every service’s document', async () => {
      const res = await call('/swagger-ui');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      for (const service of [
        'mall-admin',
        'mall-auth',
        'mall-portal',
        'mall-member',
        'mall-order',
      ]) {
        expect(res.text).toContain(`"url":"/${service}/v3/api-docs"`);
      }
      expect(res.text).toContain('/swagger-ui/swagger-ui-bundle.js');
      expect((await call('/swagger-ui/swagger-ui-bundle.js')).status).toBe(200);
      const resources = await call('/swagger-resources');
      expect(resources.json).toContainEqual({
        name: 'mall-admin',
        url: '/mall-admin/v3/api-docs',
        location: '/mall-admin/v3/api-docs',
        swaggerVersion: '3.0',
      });
      const docHtml = await call('/doc.html');
      expect(docHtml.status).toBe(302);
      expect(docHtml.headers['location']).toBe('/swagger-ui');
    });

    it('proxies each service’s document without a token, pointing it at the gateway prefix', async () => {
      const res = await call('/mall-admin/v3/api-docs');
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({ info: { title: 'a' }, servers: [{ url: '/mall-admin' }] });
      expect(lastSeen().headers['authorization']).toBeUndefined();
      expect((await call('/v3/api-docs')).json.info.title).toBe('mall-gateway');
    });
  });

  describe('observability', () => {
    it('labels proxied requests by service route and records the gateway’s envelope codes', async () => {
      await call('/mall-order/order/list');
      const text = (await call('/actuator/prometheus')).text;
      expect(text).toMatch(
        /http_server_requests_seconds_count\{[^}]*route="\/mall-order\/\*"[^}]*status="200"[^}]*code="401"/,
      );
      expect(text).toMatch(/gateway_rejected_requests_total\{[^}]*reason="unauthenticated"/);
      expect(text).toMatch(/gateway_upstream_failures_total\{[^}]*service="mall-search"/);
      expect(text).not.toMatch(/route="\/mall-order\/order\/list"/);
    });

    it('relays a client-sent sw8 header (the agent, when on, replaces it with its own)', async () => {
      const sw8 = '1-dHJhY2U=-c2VnbWVudA==-0-c2VydmljZQ==-aW5zdGFuY2U=-L3g=-MTI3LjAuMC4xOjgy';
      await call('/mall-portal/home/content', { headers: { sw8 } });
      const seen = [...a.seen, ...b.seen].filter((s) => s.headers['sw8'] === sw8);
      expect(seen).toHaveLength(1);
    });
  });
});
