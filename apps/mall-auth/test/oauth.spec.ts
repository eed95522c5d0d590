import type { ServiceDefinition } from '@mall/bootstrap';
import { createDataSource, SEEDED_ACCOUNTS } from '@mall/db';
import { REDIS } from '@mall/redis';
import {
  encodeUserHeader,
  remoteJwks,
  verifyAccessToken,
  verifyPasswordDetailed,
  type JsonWebKeySet,
  type OAuthTokenResponse,
} from '@mall/security';
import { createMallDatabase, startTestService, type TestService } from '@mall/testing';
import type { ScratchDatabase } from '@mall/testing';
import type { Redis } from 'ioredis';
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { serviceDefinition } from '../src/service';

interface Envelope<T = unknown> {
  code: number;
  message: string;
  data: T;
}

/**
 * Another app's definition, loaded by path rather than imported, so this project's typecheck does
 * not compile that app. With `feature`, the app boots with that feature module only (its real
 * bootstrap and configuration), so this suite does not depend on the app's unrelated modules.
 */
function appDefinition(app: string, feature?: { path: string; name: string }): ServiceDefinition {
  const src = join(__dirname, '..', '..', app, 'src');
  const definition = jest.requireActual<{ serviceDefinition: ServiceDefinition }>(
    join(src, 'service'),
  ).serviceDefinition;
  if (!feature) return definition;
  const module = jest.requireActual<Record<string, ServiceDefinition['appModule']>>(
    join(src, feature.path),
  );
  return { ...definition, appModule: module[feature.name] };
}

/** A port that was free a moment ago, for a service whose address others must know in advance. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
}

const account = (kind: 'admin' | 'member', username: string) => {
  const found = SEEDED_ACCOUNTS.find((a) => a.kind === kind && a.username === username);
  if (!found) throw new Error(`no seeded ${kind} ${username}`);
  return found;
};

describe('mall-auth token endpoint with mall-admin and mall-member', () => {
  let db: ScratchDatabase;
  let ds: DataSource;
  let keyDir: string;
  let auth: TestService;
  let admin: TestService;
  let member: TestService;
  let redisPrefix: string;

  const token = (params: Record<string, string>) =>
    auth.request<Envelope<OAuthTokenResponse>>('POST', '/oauth/token', {
      body: params,
      form: true,
    });
  const adminToken = (username: string, password: string) =>
    token({
      grant_type: 'password',
      client_id: 'admin-app',
      client_secret: '123456',
      username,
      password,
    });
  const memberToken = (username: string, password: string) =>
    token({
      grant_type: 'password',
      client_id: 'portal-app',
      client_secret: '123456',
      username,
      password,
    });
  const redis = () => auth.started.app.get<Redis>(REDIS);

  beforeAll(async () => {
    db = await createMallDatabase('auth_oauth');
    ds = createDataSource({ ...db, poolSize: 2 });
    await ds.initialize();
    keyDir = await mkdtemp(join(tmpdir(), 'mall-auth-test-'));
    redisPrefix = `${db.database}:`;
    const adminPort = await freePort();
    // MALL__ values are YAML: quoted, since a trailing colon would make a mapping.
    const shared = { MALL__redis__keyPrefix: `'${redisPrefix}'` };
    auth = await startTestService(serviceDefinition, {
      database: db,
      env: {
        ...shared,
        MALL_PROFILE: 'dev',
        MALL__app__jwt__devKeyFile: join(keyDir, 'jwt.pem'),
        'MALL__discovery__services__mall-admin': `["127.0.0.1:${adminPort}"]`,
      },
    });
    const authAddress = `["127.0.0.1:${new URL(auth.url).port}"]`;
    admin = await startTestService(
      appDefinition('mall-admin', { path: 'ums/admin/admin.module', name: 'AdminModule' }),
      {
        database: db,
        env: {
          ...shared,
          PORT: String(adminPort),
          'MALL__discovery__services__mall-auth': authAddress,
        },
      },
    );
    member = await startTestService(
      appDefinition('mall-member', { path: 'sso/sso.module', name: 'SsoModule' }),
      {
        database: db,
        env: { ...shared, 'MALL__discovery__services__mall-auth': authAddress },
      },
    );
  }, 120_000);

  afterAll(async () => {
    if (auth) {
      // Every key of this run carries the scratch database's prefix; KEYS returns it in full.
      const keys = await redis().keys(`${redisPrefix}*`);
      if (keys.length > 0) await redis().del(...keys.map((k) => k.slice(redisPrefix.length)));
    }
    await Promise.allSettled([auth?.close(), admin?.close(), member?.close()]);
    await ds?.destroy();
    await db?.drop();
    await rm(keyDir, { recursive: true, force: true });
  });

  describe('password grant', () => {
    it('issues admin tokens with the roles mall-admin reports', async () => {
      const res = await adminToken('admin', account('admin', 'admin').password);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ code: 200, message: '操作成功' });
      const data = res.body.data;
      expect(data).toMatchObject({ tokenHead: 'Bearer ' });
      expect(data.expiresIn).toBeGreaterThan(86_390);
      expect(claimsOf(data.token)).toMatchObject({
        user_name: 'admin',
        id: 1,
        client_id: 'admin-app',
        scope: ['all'],
        authorities: ['5_超级管理员'],
      });
    });

    it('issues member tokens and caches the member under both keys', async () => {
      const res = await memberToken('member', account('member', 'member').password);
      expect(res.body.code).toBe(200);
      expect(claimsOf(res.body.data.token)).toMatchObject({
        user_name: 'member',
        id: 1,
        client_id: 'portal-app',
        authorities: ['前台会员'],
      });
      const cached = await redis().get('mall:ums:member:username:member');
      expect(JSON.parse(cached ?? 'null')).toMatchObject({ id: 1, username: 'member' });
      expect(await redis().exists('mall:ums:member:1')).toBe(1);
    });

    it('accepts parameters as a query string and HTTP Basic client authentication', async () => {
      const res = await auth.request<Envelope<OAuthTokenResponse>>('POST', '/oauth/token', {
        query: { grant_type: 'password', username: 'test', password: 'test123' },
        headers: { authorization: `Basic ${Buffer.from('member-app:123456').toString('base64')}` },
      });
      expect(res.body.code).toBe(200);
      expect(claimsOf(res.body.data.token)).toMatchObject({ client_id: 'member-app', id: 2 });
    });

    it('answers a wrong password and an unknown user alike', async () => {
      for (const res of [
        await adminToken('admin', 'wrong-password'),
        await adminToken('nobody', 'macro123'),
        await memberToken('member', 'wrong-password'),
        await memberToken('nobody', 'member123'),
        await memberToken('member', ''),
      ]) {
        expect(res.status).toBe(200);
        expect(res.body).toEqual({ code: 500, message: '用户名或密码错误', data: null });
      }
    });

    it('refuses disabled accounts once the password is right', async () => {
      const disabled = await adminToken('test', account('admin', 'test').password);
      expect(disabled.body).toEqual({
        code: 500,
        message: '该账户已被禁用，请联系管理员!',
        data: null,
      });
      expect((await adminToken('test', 'wrong')).body.message).toBe('用户名或密码错误');
    });

    it('refuses unknown clients and wrong secrets with HTTP 401 invalid_client', async () => {
      const attempts: Array<Record<string, string>> = [
        { client_id: 'admin-app', client_secret: 'wrong' },
        { client_id: 'other-app', client_secret: '123456' },
        { client_id: 'admin-app' },
        {},
      ];
      for (const params of attempts) {
        const res = await token({
          grant_type: 'password',
          username: 'admin',
          password: 'macro123',
          ...params,
        });
        expect(res.status).toBe(401);
        expect(res.body).toEqual({
          error: 'invalid_client',
          error_description: expect.any(String),
        });
      }
    });

    it('names unsupported and missing grant types, and unknown scopes', async () => {
      const base = { client_id: 'portal-app', client_secret: '123456' };
      expect((await token({ ...base, grant_type: 'client_credentials' })).body).toEqual({
        code: 500,
        message: 'Unsupported grant type: client_credentials',
        data: null,
      });
      expect((await token(base)).body.message).toBe('Missing grant type');
      const scoped = await token({
        ...base,
        grant_type: 'password',
        username: 'member',
        password: 'member123',
        scope: 'admin',
      });
      expect(scoped.body.message).toBe('Invalid scope: admin');
    });
  });

  describe('refresh_token grant', () => {
    const refresh = (clientId: string, refreshToken: string) =>
      token({
        grant_type: 'refresh_token',
        client_id: clientId,
        client_secret: '123456',
        refresh_token: refreshToken,
      });

    it('issues a new access token and keeps the refresh token id and expiry', async () => {
      const first = (await memberToken('test', 'test123')).body.data;
      const renewed = await refresh('portal-app', first.refreshToken);
      expect(renewed.body.code).toBe(200);
      const access = claimsOf(renewed.body.data.token);
      const before = claimsOf(first.refreshToken);
      const after = claimsOf(renewed.body.data.refreshToken);
      expect(access['jti']).not.toBe(claimsOf(first.token)['jti']);
      expect(access).toMatchObject({ id: 2, user_name: 'test', client_id: 'portal-app' });
      expect(after['jti']).toBe(before['jti']);
      expect(after['exp']).toBe(before['exp']);
      expect(after['ati']).toBe(access['jti']);
    });

    it('refuses other clients, access tokens and garbage', async () => {
      const issued = (await memberToken('test', 'test123')).body.data;
      expect((await refresh('member-app', issued.refreshToken)).body.message).toBe(
        'Wrong client for this refresh token',
      );
      expect((await refresh('portal-app', issued.token)).body.message).toBe(
        'Invalid refresh token',
      );
      expect((await refresh('portal-app', 'a.b.c')).body.message).toBe('Invalid refresh token');
      const missing = await token({
        grant_type: 'refresh_token',
        client_id: 'portal-app',
        client_secret: '123456',
      });
      expect(missing.body.message).toBe('Missing refresh token');
    });

    it('refuses to renew for an account disabled after the tokens were issued', async () => {
      const issued = (await adminToken('orderAdmin', 'macro123')).body.data;
      expect((await refresh('admin-app', issued.refreshToken)).body.code).toBe(200);
      await ds.query('UPDATE ums_admin SET status = 0 WHERE username = ?', ['orderAdmin']);
      try {
        expect((await refresh('admin-app', issued.refreshToken)).body).toEqual({
          code: 500,
          message: '该账户已被禁用，请联系管理员!',
          data: null,
        });
      } finally {
        await ds.query('UPDATE ums_admin SET status = 1 WHERE username = ?', ['orderAdmin']);
      }
    });
  });

  describe('JWK set', () => {
    it('verifies issued tokens, fetched as an object and through the remote resolver', async () => {
      const jwks = await auth.request<JsonWebKeySet>('GET', '/rsa/publicKey');
      expect(jwks.status).toBe(200);
      expect(jwks.body.keys).toHaveLength(1);
      const [key] = jwks.body.keys;
      expect(key).toMatchObject({ kty: 'RSA', e: 'AQAB', alg: 'RS256', use: 'sig' });
      expect(key).not.toHaveProperty('d');

      const issued = (await adminToken('productAdmin', 'macro123')).body.data;
      const header = JSON.parse(Buffer.from(issued.token.split('.')[0], 'base64url').toString());
      expect(header).toEqual({ alg: 'RS256', typ: 'JWT', kid: key.kid });
      await expect(verifyAccessToken(issued.token, jwks.body)).resolves.toMatchObject({
        id: 2,
        authorities: ['1_商品管理员'],
      });
      const remote = await remoteJwks(`${auth.url}/rsa/publicKey`);
      await expect(verifyAccessToken(issued.token, remote)).resolves.toMatchObject({ id: 2 });
    });
  });

  describe('legacy MD5 member passwords', () => {
    it('are accepted once and replaced by bcrypt', async () => {
      const md5 = createHash('md5').update('legacy-pass').digest('hex');
      await ds.query('UPDATE ums_member SET password = ? WHERE username = ?', [md5, 'test']);
      await redis().del('mall:ums:member:username:test', 'mall:ums:member:2');

      expect((await memberToken('test', 'legacy-pass')).body.code).toBe(200);
      const [row] = await ds.query('SELECT password FROM ums_member WHERE username = ?', ['test']);
      expect(row.password).toMatch(/^\$2b\$10\$/);
      expect((await verifyPasswordDetailed('legacy-pass', row.password)).ok).toBe(true);
      expect(await redis().exists('mall:ums:member:username:test')).toBe(0);

      expect((await memberToken('test', 'legacy-pass')).body.code).toBe(200);
      expect((await memberToken('test', 'test123')).body.code).toBe(500);
    });
  });

  describe('mall-admin POST /admin/login', () => {
    const loginLogs = async (): Promise<number> =>
      Number(
        (await ds.query('SELECT COUNT(*) AS n FROM ums_admin_login_log WHERE admin_id = 1'))[0].n,
      );

    it("passes mall-auth's tokens through and writes a login log", async () => {
      const before = await loginLogs();
      const res = await admin.request<Envelope<OAuthTokenResponse>>('POST', '/admin/login', {
        body: { username: 'admin', password: 'macro123' },
        headers: { 'user-agent': 'jest', 'x-forwarded-for': '203.0.113.7' },
      });
      expect(res.status).toBe(200);
      expect(res.body.code).toBe(200);
      expect(res.body.data.tokenHead).toBe('Bearer ');
      expect(claimsOf(res.body.data.token)).toMatchObject({ id: 1, client_id: 'admin-app' });
      expect(await loginLogs()).toBe(before + 1);
      const [log] = await ds.query(
        'SELECT ip, user_agent FROM ums_admin_login_log WHERE admin_id = 1 ORDER BY id DESC LIMIT 1',
      );
      expect(log).toEqual({ ip: '203.0.113.7', user_agent: 'jest' });
    });

    it("relays mall-auth's failures without writing a log", async () => {
      const before = await loginLogs();
      const res = await admin.request('POST', '/admin/login', {
        body: { username: 'admin', password: 'nope' },
      });
      expect(res.body).toEqual({ code: 500, message: '用户名或密码错误', data: null });
      expect(await loginLogs()).toBe(before);
    });

    it('gives the token to /admin/info as the gateway would', async () => {
      const login = await admin.request<Envelope<OAuthTokenResponse>>('POST', '/admin/login', {
        body: { username: 'productAdmin', password: 'macro123' },
      });
      const keys = (await auth.request<JsonWebKeySet>('GET', '/rsa/publicKey')).body;
      const claims = await verifyAccessToken(login.body.data.token, keys);
      const info = await admin.request<Envelope<{ username: string; roles: string[] }>>(
        'GET',
        '/admin/info',
        { headers: { user: encodeUserHeader(claims) } },
      );
      expect(info.body.data).toMatchObject({ username: 'productAdmin', roles: ['商品管理员'] });
    });
  });

  describe('mall-member /sso/login and /sso/refreshToken', () => {
    it('logs in with portal-app, writes a login log and refreshes', async () => {
      const count = async () =>
        Number(
          (await ds.query('SELECT COUNT(*) AS n FROM ums_member_login_log WHERE member_id = 1'))[0]
            .n,
        );
      const before = await count();
      const login = await member.request<Envelope<OAuthTokenResponse>>('POST', '/sso/login', {
        body: { username: 'member', password: 'member123' },
        form: true,
        headers: { 'x-forwarded-for': '198.51.100.9' },
      });
      expect(login.body.code).toBe(200);
      expect(claimsOf(login.body.data.token)).toMatchObject({ id: 1, client_id: 'portal-app' });
      expect(await count()).toBe(before + 1);
      const [log] = await ds.query(
        'SELECT ip FROM ums_member_login_log WHERE member_id = 1 ORDER BY id DESC LIMIT 1',
      );
      expect(log.ip).toBe('198.51.100.9');

      const refreshed = await member.request<Envelope<OAuthTokenResponse>>(
        'GET',
        '/sso/refreshToken',
        { query: { refreshToken: login.body.data.refreshToken } },
      );
      expect(refreshed.body.code).toBe(200);
      expect(refreshed.body.data.token).not.toBe(login.body.data.token);
      const failed = await member.request('GET', '/sso/refreshToken', {
        query: { refreshToken: 'garbage' },
      });
      expect(failed.body).toEqual({ code: 500, message: 'Invalid refresh token', data: null });
    });

    it('relays a wrong password', async () => {
      const res = await member.request('POST', '/sso/login', {
        query: { username: 'member', password: 'bad' },
      });
      expect(res.body).toEqual({ code: 500, message: '用户名或密码错误', data: null });
    });
  });
});
