import { REDIS } from '@mall/redis';
import { verifyPasswordDetailed } from '@mall/security';
import {
  createMallDatabase,
  memberClaims,
  type ScratchDatabase,
  startTestService,
  type TestService,
} from '@mall/testing';
import type { Redis } from 'ioredis';
import { createServer } from 'node:net';
import { DataSource } from 'typeorm';
import { serviceDefinition } from '../src/service';
import { SsoModule } from '../src/sso/sso.module';

type Envelope<T = unknown> = { code: number; message: string; data: T };
interface MemberJson {
  id: number;
  username: string;
  password: string | null;
  phone: string | null;
  integration: number | null;
  list: Array<{ id: number; memberId: number }> | null;
}

/** A port nothing listens on: mall-auth "down" (logins are tested in mall-auth's suite). */
function closedPort(): Promise<number> {
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

/** MemberController `/sso` of mall-member, apart from the logins that need mall-auth. */
describe('mall-member /sso', () => {
  let db: ScratchDatabase;
  let svc: TestService;
  let ds: DataSource;
  let redis: Redis;
  let redisPrefix: string;
  const demo = memberClaims(1, 'member');

  const form = <T = unknown>(path: string, params: Record<string, string>) =>
    svc.request<Envelope<T>>('POST', path, { body: params, form: true }).then((r) => r.body);
  const authCode = async (telephone: string): Promise<string> =>
    (await svc.request<Envelope<string>>('GET', '/sso/getAuthCode', { query: { telephone } })).body
      .data;
  const memberRow = async (where: string, value: unknown) =>
    (
      await ds.query(
        `SELECT id, username, password, phone, status, integration, growth, member_level_id AS levelId,
                DATE_FORMAT(birthday, '%Y-%m-%d') AS birthday
           FROM ums_member WHERE ${where} = ?`,
        [value],
      )
    )[0];

  beforeAll(async () => {
    db = await createMallDatabase('member_sso');
    redisPrefix = `${db.database}:`;
    // The real bootstrap and configuration, with only the module under test.
    svc = await startTestService(
      { ...serviceDefinition, appModule: SsoModule },
      {
        database: db,
        env: {
          MALL__redis__keyPrefix: `'${redisPrefix}'`,
          'MALL__discovery__services__mall-auth': `["127.0.0.1:${await closedPort()}"]`,
        },
      },
    );
    ds = svc.started.app.get(DataSource);
    redis = svc.started.app.get<Redis>(REDIS);
  }, 90_000);

  afterAll(async () => {
    if (redis) {
      const keys = await redis.keys(`${redisPrefix}*`);
      if (keys.length > 0) await redis.del(...keys.map((k) => k.slice(redisPrefix.length)));
    }
    await svc?.close();
    await db?.drop();
  });

  describe('GET /sso/getAuthCode', () => {
    it('answers six digits and keeps them 90 s for the telephone', async () => {
      const res = await svc.request<Envelope<string>>('GET', '/sso/getAuthCode', {
        query: { telephone: '13800000001' },
      });
      expect(res.body).toMatchObject({ code: 200, message: '获取验证码成功' });
      expect(res.body.data).toMatch(/^\d{6}$/);
      expect(JSON.parse((await redis.get('mall:ums:authCode:13800000001')) ?? 'null')).toBe(
        res.body.data,
      );
      const ttl = await redis.ttl('mall:ums:authCode:13800000001');
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(90);
      expect((await svc.request<Envelope>('GET', '/sso/getAuthCode')).body.code).toBe(404);
    });
  });

  describe('POST /sso/register', () => {
    it('refuses a wrong or missing auth code', async () => {
      await authCode('13800000002');
      const params = { username: 'reg-a', password: 'p1', telephone: '13800000002' };
      expect(await form('/sso/register', { ...params, authCode: '000000x' })).toEqual({
        code: 500,
        message: '验证码错误',
        data: null,
      });
      expect((await form('/sso/register', { ...params, authCode: '' })).message).toBe('验证码错误');
      expect((await form('/sso/register', params)).code).toBe(404);
      expect(await memberRow('username', 'reg-a')).toBeUndefined();
    });

    it('creates an enabled member with bcrypt, zero points and the default level', async () => {
      const code = await authCode('13800000003');
      const res = await svc.request<Envelope>('POST', '/sso/register', {
        query: { username: 'reg-b', password: 'p2', telephone: '13800000003', authCode: code },
      });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ code: 200, message: '注册成功', data: null });
      const row = await memberRow('username', 'reg-b');
      const [level] = await ds.query(
        'SELECT id FROM ums_member_level WHERE default_status = 1 ORDER BY id LIMIT 1',
      );
      expect(row).toMatchObject({
        phone: '13800000003',
        status: 1,
        integration: 0,
        growth: 0,
        levelId: String(level.id),
      });
      expect(row.birthday).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect((await verifyPasswordDetailed('p2', row.password)).ok).toBe(true);
      expect(row.password).toMatch(/^\$2b\$10\$/);
      // The code is used up.
      expect(await redis.exists('mall:ums:authCode:13800000003')).toBe(0);
    });

    it('refuses a taken username or telephone', async () => {
      const code = await authCode('13800000004');
      expect(
        await form('/sso/register', {
          username: 'member',
          password: 'x',
          telephone: '13800000004',
          authCode: code,
        }),
      ).toEqual({ code: 500, message: '该用户已经存在', data: null });
      const phone = (await memberRow('username', 'reg-b')).phone;
      const second = await authCode(phone);
      expect(
        (
          await form('/sso/register', {
            username: 'reg-c',
            password: 'x',
            telephone: phone,
            authCode: second,
          })
        ).message,
      ).toBe('该用户已经存在');
    });
  });

  describe('POST /sso/updatePassword', () => {
    it('checks the account and the code, then stores bcrypt and evicts both cache keys', async () => {
      const { id, phone } = await memberRow('username', 'member');
      const params = { telephone: phone, password: 'changed-1' };
      expect(
        await form('/sso/updatePassword', { ...params, telephone: '10000000000', authCode: '1' }),
      ).toEqual({
        code: 500,
        message: '该账号不存在',
        data: null,
      });
      expect((await form('/sso/updatePassword', { ...params, authCode: '1' })).message).toBe(
        '验证码错误',
      );
      await svc.request('GET', '/sso/info', { user: demo });
      expect(await redis.exists(`mall:ums:member:${id}`, 'mall:ums:member:username:member')).toBe(
        2,
      );

      const code = await authCode(phone);
      expect(await form('/sso/updatePassword', { ...params, authCode: code })).toEqual({
        code: 200,
        message: '密码修改成功',
        data: null,
      });
      const row = await memberRow('id', id);
      expect((await verifyPasswordDetailed('changed-1', row.password)).ok).toBe(true);
      expect(await redis.exists(`mall:ums:member:${id}`, 'mall:ums:member:username:member')).toBe(
        0,
      );
    });
  });

  describe('the current member', () => {
    it('GET /sso/info answers the member without the hash, and caches both keys', async () => {
      const res = await svc.request<Envelope<MemberJson>>('GET', '/sso/info', { user: demo });
      expect(res.body.code).toBe(200);
      expect(res.body.data).toMatchObject({
        id: 1,
        username: 'member',
        password: null,
        list: null,
      });
      const cached = JSON.parse((await redis.get('mall:ums:member:1')) ?? 'null');
      expect(cached.password).toMatch(/^\$2/);
      expect(await redis.exists('mall:ums:member:username:member')).toBe(1);
      expect((await svc.request('GET', '/sso/info')).body).toMatchObject({ code: 401 });
      const gone = await svc.request('GET', '/sso/info', { user: memberClaims(999999, 'gone') });
      expect(gone.body).toMatchObject({ code: 401 });
    });

    it('GET /sso/feign/info answers the raw member with its addresses', async () => {
      const res = await svc.request<MemberJson>('GET', '/sso/feign/info', { user: demo });
      expect(res.body).toMatchObject({ id: 1, password: null });
      expect(res.body.list?.length).toBeGreaterThan(0);
      expect(res.body.list?.every((a) => a.memberId === 1)).toBe(true);
    });

    it('answers the addresses raw, enveloped, and one by id for its owner only', async () => {
      const raw = await svc.request<Array<{ id: number }>>('GET', '/sso/feign/info/address', {
        user: demo,
      });
      const wrapped = await svc.request<Envelope<Array<{ id: number }>>>(
        'GET',
        '/sso/feign/info/address1',
        { user: demo },
      );
      expect(wrapped.body.data).toEqual(raw.body);
      const own = raw.body[0].id;
      const one = await svc.request<{ id: number }>('GET', '/sso/address', {
        user: demo,
        query: { id: own },
      });
      expect(one.body).toMatchObject({ id: own, memberId: 1 });
      const foreign = await svc.request('GET', '/sso/address', {
        user: memberClaims(2, 'test'),
        query: { id: own },
      });
      expect(foreign.status).toBe(200);
      expect(foreign.text).toBe('');
    });
  });

  describe('internal lookups', () => {
    it('GET /sso/loadByUsername answers the raw UserDto, or an empty body', async () => {
      const res = await svc.request<Record<string, unknown>>('GET', '/sso/loadByUsername', {
        query: { username: 'test' },
      });
      expect(res.body).toEqual({
        id: 2,
        username: 'test',
        password: expect.stringMatching(/^\$2/),
        status: 1,
        clientId: null,
        roles: ['前台会员'],
      });
      const unknown = await svc.request('GET', '/sso/loadByUsername', {
        query: { username: 'nobody' },
      });
      expect(unknown.text).toBe('');
    });

    it('GET /sso/getId/:id reads the database', async () => {
      const res = await svc.request<MemberJson>('GET', '/sso/getId/2');
      expect(res.body).toMatchObject({ id: 2, username: 'test', password: null });
      expect((await svc.request('GET', '/sso/getId/999999')).text).toBe('');
    });

    it('GET /sso/update/:id/:integration sets the points and evicts both keys', async () => {
      await svc.request('GET', '/sso/info', { user: memberClaims(2, 'test') });
      const res = await svc.request('GET', '/sso/update/2/4321');
      expect(res.body).toEqual({ code: 200, message: '操作成功', data: '操作成功' });
      expect((await memberRow('id', 2)).integration).toBe(4321);
      expect(await redis.exists('mall:ums:member:2', 'mall:ums:member:username:test')).toBe(0);
    });
  });

  describe('member cache operations', () => {
    it('loads every member under both keys and removes them again', async () => {
      const [{ n }] = await ds.query('SELECT COUNT(*) AS n FROM ums_member');
      const load = await svc.request<Envelope<{ ok: string; count: number }>>(
        'GET',
        '/sso/loadUserCache',
      );
      expect(load.body.data).toEqual({ ok: 'OneTwoThree', count: Number(n) });
      expect(await redis.exists('mall:ums:member:1001', 'mall:ums:member:username:user_0001')).toBe(
        2,
      );
      // An auth code under another prefix survives.
      await authCode('13800000009');
      const removed = await svc.request<Envelope<{ ok: string; count: number }>>(
        'GET',
        '/sso/removeUserCache',
      );
      expect(removed.body.data).toEqual({ ok: 'OneTwoThree', count: 2 * Number(n) });
      expect(await redis.exists('mall:ums:member:1001')).toBe(0);
      expect(await redis.exists('mall:ums:authCode:13800000009')).toBe(1);
    });

    it('GET /sso/nacos echoes the configured value', async () => {
      expect((await svc.request('GET', '/sso/nacos')).body).toEqual({
        code: 200,
        message: '操作成功',
        data: { ok: 'OneTwoThree', nacos: '验证数据' },
      });
    });
  });

  describe('login and refresh parameters', () => {
    it('asks for both credentials before calling mall-auth', async () => {
      expect(await form('/sso/login', { username: 'member', password: '' })).toEqual({
        code: 500,
        message: '用户名或密码不能为空！',
        data: null,
      });
      expect((await form('/sso/login', { username: 'member' })).code).toBe(404);
      expect((await svc.request('GET', '/sso/refreshToken')).body).toEqual({
        code: 500,
        message: 'refreshToken不能为空',
        data: null,
      });
    });
  });
});
