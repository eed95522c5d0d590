import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import * as http from 'node:http';
import type { RunningService } from '@mall/testing';
import { MallCluster } from './support/mall-cluster';

// The security cases of the issue, through the built gateway, with real tokens from the built
// mall-auth and real logins of mall-admin and mall-member on a seeded scratch database.
const PORTS = { gateway: 29201, auth: 29401, admin: 29087, member: 29083 } as const;
const TAG = `e2egateway${process.pid}`;

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions read any envelope
  json: any;
}

/** A request with the path sent exactly as written (fetch would normalise `..`). */
function send(
  path: string,
  options: {
    method?: string;
    headers?: http.OutgoingHttpHeaders;
    body?: string | Buffer;
    /** Announce this Content-Length while sending only `body` (an upload cut short). */
    declaredLength?: number;
  } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const body = options.body === undefined ? undefined : Buffer.from(options.body);
    const headers = { ...options.headers };
    if (body) headers['content-length'] = options.declaredLength ?? body.length;
    const req = http.request(
      {
        host: '127.0.0.1',
        port: PORTS.gateway,
        path,
        method: options.method ?? 'GET',
        headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = text;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, json });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

function signJwt(key: KeyObject, kid: string, claims: Record<string, unknown>): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${encode({ alg: 'RS256', typ: 'JWT', kid })}.${encode(claims)}`;
  return `${input}.${sign('RSA-SHA256', Buffer.from(input), key).toString('base64url')}`;
}

describe('security through the gateway (built gateway, mall-auth, mall-admin, mall-member)', () => {
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const pem = signingKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const cluster = new MallCluster(
    'e2e_gateway',
    [
      { name: 'mall-auth', port: PORTS.auth, env: { JWT_PRIVATE_KEY: pem } },
      { name: 'mall-admin', port: PORTS.admin },
      { name: 'mall-member', port: PORTS.member },
    ],
    // Info level: the cases read the services' access logs to tell what the gateway forwarded.
    { tag: TAG, gatewayPort: PORTS.gateway, logLevel: 'info' },
  );
  const gateway = cluster.gateway;
  let member: RunningService;
  let admin: RunningService;
  let kid: string;
  let memberToken: string;
  let memberRefreshToken: string;
  let adminToken: string;
  let productAdminToken: string;

  beforeAll(async () => {
    await cluster.start();
    admin = cluster.service('mall-admin');
    member = cluster.service('mall-member');

    const keys = await send('/mall-auth/rsa/publicKey');
    kid = keys.json.keys[0].kid;

    const memberLogin = await gateway.loginMember();
    memberToken = memberLogin.token;
    memberRefreshToken = memberLogin.refreshToken;
    adminToken = (await gateway.loginAdmin('admin')).token;
    productAdminToken = (await gateway.loginAdmin('productAdmin')).token;
  });

  afterAll(() => cluster.stop());

  /** The service never logged a request carrying `marker` (its access log has one line per request). */
  const neverReached = (service: RunningService, marker: string) =>
    expect(service.output()).not.toContain(marker);

  async function reached(service: RunningService, marker: string): Promise<void> {
    for (let i = 0; i < 50 && !service.output().includes(marker); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(service.output()).toContain(marker);
  }

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const memberClaims = () => ({
    user_name: 'member',
    scope: ['all'],
    id: 1,
    exp: Math.floor(Date.now() / 1000) + 3600,
    authorities: ['前台会员'],
    jti: createHash('sha256').update(String(Math.random())).digest('hex').slice(0, 32),
    client_id: 'portal-app',
  });

  it('an admin and a member log in through the gateway and call protected endpoints', async () => {
    const adminInfo = await send('/mall-admin/admin/info?case=admin-ok', {
      headers: bearer(adminToken),
    });
    expect(adminInfo.json).toMatchObject({ code: 200, data: { username: 'admin' } });
    const memberInfo = await send('/mall-member/sso/info?case=member-ok', {
      headers: bearer(memberToken),
    });
    expect(memberInfo.json).toMatchObject({ code: 200, data: { username: 'member' } });
    await reached(member, 'case=member-ok');
    await reached(admin, 'case=admin-ok');
  });

  const unauthenticated = async (marker: string, headers: http.OutgoingHttpHeaders) => {
    const res = await send(`/mall-member/sso/info?case=${marker}`, { headers });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ code: 401, message: '暂未登录或token已经过期' });
    expect(res.headers['cache-control']).toBe('no-cache');
    neverReached(member, `case=${marker}`);
    return res.json.data as string;
  };

  it('no token: 401', async () => {
    expect(await unauthenticated('no-token', {})).toBe('Not Authenticated');
  });

  it('malformed token: 401', async () => {
    expect(await unauthenticated('malformed', { authorization: 'Bearer abc.def.ghi' })).toContain(
      'decode the Jwt',
    );
  });

  it('wrong signature: 401', async () => {
    const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const forged = signJwt(otherKey, kid, memberClaims());
    expect(await unauthenticated('wrong-signature', bearer(forged))).toContain('Invalid signature');
  });

  it('expired token: 401', async () => {
    const expired = signJwt(signingKey, kid, {
      ...memberClaims(),
      exp: Math.floor(Date.now() / 1000) - 3600,
    });
    expect(await unauthenticated('expired', bearer(expired))).toContain('Jwt expired at');
  });

  it('token without the Bearer prefix: 401 (the original let it through unverified)', async () => {
    expect(await unauthenticated('no-bearer', { authorization: memberToken })).toBe(
      'Not Authenticated',
    );
  });

  it('refresh flow: a refresh token is no access token, but buys a new one at /mall-auth/oauth/token', async () => {
    expect(await unauthenticated('refresh-as-access', bearer(memberRefreshToken))).toContain(
      'refresh token',
    );
    const refreshed = await send(
      '/mall-auth/oauth/token',
      form({
        grant_type: 'refresh_token',
        refresh_token: memberRefreshToken,
        client_id: 'portal-app',
        client_secret: '123456',
      }),
    );
    expect(refreshed.json).toMatchObject({ code: 200, data: { tokenHead: 'Bearer ' } });
    expect(refreshed.json.data.token).not.toBe(memberToken);
    const info = await send('/mall-member/sso/info', {
      headers: bearer(refreshed.json.data.token),
    });
    expect(info.json).toMatchObject({ code: 200, data: { username: 'member' } });
  });

  it('member token on an admin path: 403', async () => {
    const res = await send('/mall-admin/admin/info?case=member-on-admin', {
      headers: bearer(memberToken),
    });
    expect(res.json).toEqual({ code: 403, message: '没有相关权限', data: 'Access Denied' });
    neverReached(admin, 'case=member-on-admin');
  });

  it('admin token outside /mall-admin/**: 403', async () => {
    const res = await send('/mall-member/sso/info?case=admin-on-member', {
      headers: bearer(adminToken),
    });
    expect(res.json).toMatchObject({ code: 403 });
    neverReached(member, 'case=admin-on-member');
  });

  it('admin without the resource grant: 403, with it: 200', async () => {
    const denied = await send('/mall-admin/admin/list?case=no-grant', {
      headers: bearer(productAdminToken),
    });
    expect(denied.json).toEqual({ code: 403, message: '没有相关权限', data: 'Access Denied' });
    neverReached(admin, 'case=no-grant');
    // productAdmin may load its own info; admin may list the administrators.
    const info = await send('/mall-admin/admin/info', { headers: bearer(productAdminToken) });
    expect(info.json).toMatchObject({ code: 200, data: { username: 'productAdmin' } });
    const list = await send('/mall-admin/admin/list', { headers: bearer(adminToken) });
    expect(list.json).toMatchObject({ code: 200 });
  });

  it('forged user header: dropped without a token, replaced by the verified claims with one', async () => {
    const forged = JSON.stringify({ id: 2, user_name: 'test', client_id: 'portal-app' });
    expect(await unauthenticated('forged-user', { user: forged })).toBe('Not Authenticated');
    const info = await send('/mall-member/sso/info', {
      headers: { ...bearer(memberToken), user: forged },
    });
    expect(info.json).toMatchObject({ code: 200, data: { id: 1, username: 'member' } });
  });

  it('internal endpoints are refused from outside', async () => {
    for (const path of [
      '/mall-admin/admin/loadByUsername?username=admin&case=internal',
      '/mall-member/sso/update/1/999999?case=internal',
      '/mall-member/actuator/health?case=internal',
    ]) {
      const res = await send(path, { headers: bearer(memberToken) });
      expect(res.json).toEqual({ code: 403, message: '没有相关权限', data: 'Access Denied' });
    }
    neverReached(admin, 'case=internal');
    neverReached(member, 'case=internal');
  });

  it('oversized body: 413 before the service', async () => {
    // 12 MiB announced (the gateway's limit is 11 MiB); the gateway answers on the header alone.
    const res = await send('/mall-member/sso/register?case=oversized', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: Buffer.alloc(64 * 1024, ' '),
      declaredLength: 12 * 1024 * 1024,
    });
    expect(res.status).toBe(413);
    expect(res.json).toMatchObject({ code: 500, data: null });
    neverReached(member, 'case=oversized');
  });

  it('path traversal in the prefix: 400, never forwarded', async () => {
    for (const path of [
      '/mall-member/../mall-admin/admin/list?case=traversal',
      '/mall-member/sso/login/../../../mall-admin/admin/list?case=traversal',
      '/mall-member/sso/%2e%2e/%2e%2e/mall-admin/admin/list?case=traversal',
      '/mall-member/sso%2f..%2f..%2fmall-admin/admin/list?case=traversal',
    ]) {
      const res = await send(path, { headers: bearer(memberToken) });
      expect(res.status).toBe(400);
      expect(res.json).toMatchObject({ code: 404, data: null });
    }
    neverReached(admin, 'case=traversal');
    neverReached(member, 'case=traversal');
  });
});
