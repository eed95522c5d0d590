import { SEEDED_ROLES } from '@mall/db';
import { REDIS } from '@mall/redis';
import { verifyPasswordDetailed } from '@mall/security';
import {
  adminClaims,
  createMallDatabase,
  type ScratchDatabase,
  startTestService,
  type TestService,
} from '@mall/testing';
import type { Redis } from 'ioredis';
import { createServer } from 'node:net';
import { DataSource } from 'typeorm';
import { serviceDefinition } from '../src/service';
import { AdminModule } from '../src/ums/admin/admin.module';

type Envelope<T = unknown> = { code: number; message: string; data: T };
interface AdminRow {
  id: number;
  username: string;
  password: string | null;
  nickName: string | null;
  status: number;
}
interface Page<T> {
  pageNum: number;
  pageSize: number;
  totalPage: number;
  total: number;
  list: T[];
}

/** A port nothing listens on: mall-auth "down". */
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

/**
 * UmsAdminController except the successful login (covered with a real mall-auth in mall-auth's
 * suite): accounts, /admin/info, roles and permissions of an admin, the internal loadByUsername.
 */
describe('mall-admin /admin', () => {
  let db: ScratchDatabase;
  let svc: TestService;
  let ds: DataSource;
  let redis: Redis;
  let redisPrefix: string;
  const superAdmin = adminClaims(1, 'admin', [SEEDED_ROLES.superAdmin.authority]);

  const get = <T = unknown>(path: string, query?: Record<string, string | number>) =>
    svc.request<Envelope<T>>('GET', path, { user: superAdmin, query }).then((r) => r.body);
  const postJson = <T = unknown>(path: string, body: unknown) =>
    svc.request<Envelope<T>>('POST', path, { user: superAdmin, body }).then((r) => r.body);
  const postForm = <T = unknown>(path: string, form: Record<string, string>) =>
    svc
      .request<Envelope<T>>('POST', path, { user: superAdmin, body: form, form: true })
      .then((r) => r.body);
  const row = async (id: number): Promise<AdminRow | undefined> =>
    (
      await ds.query(
        'SELECT id, username, password, nick_name AS nickName, status FROM ums_admin WHERE id = ?',
        [id],
      )
    )[0];
  const register = (username: string, extra: Record<string, unknown> = {}) =>
    svc.request<Envelope<AdminRow>>('POST', '/admin/register', {
      body: { username, password: 'secret-1', nickName: `${username} nick`, ...extra },
    });

  beforeAll(async () => {
    db = await createMallDatabase('admin_ums_admin');
    redisPrefix = `${db.database}:`;
    // The real bootstrap and configuration, with only the module under test; mall-auth is down.
    svc = await startTestService(
      { ...serviceDefinition, appModule: AdminModule },
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

  describe('GET /admin/info', () => {
    it('gives the super admin every menu and caches the admin row', async () => {
      const info = await get<{
        username: string;
        icon: unknown;
        roles: string[];
        menus: { id: number }[];
      }>('/admin/info');
      expect(info.code).toBe(200);
      expect(info.data).toMatchObject({ username: 'admin', roles: ['超级管理员'] });
      const [{ n }] = await ds.query('SELECT COUNT(*) AS n FROM ums_menu');
      expect(info.data.menus).toHaveLength(Number(n));
      expect(info.data.menus[0]).toMatchObject({ id: 1, parentId: 0, title: '商品', name: 'pms' });
      const cached = JSON.parse((await redis.get('mall:ums:admin:1')) ?? 'null');
      expect(cached).toMatchObject({ id: 1, username: 'admin' });
    });

    it('gives the product admin the 商品 menus only', async () => {
      const res = await svc.request<Envelope<{ roles: string[]; menus: { name: string }[] }>>(
        'GET',
        '/admin/info',
        { user: adminClaims(2, 'productAdmin') },
      );
      expect(res.body.data.roles).toEqual(['商品管理员']);
      expect(res.body.data.menus.map((m) => m.name)).toEqual([
        'pms',
        'product',
        'addProduct',
        'productCate',
        'productAttr',
        'brand',
      ]);
    });

    it('leaves roles out for an admin without roles, and needs a user', async () => {
      const created = (await register('no-role-admin')).body.data;
      const res = await svc.request<Envelope<Record<string, unknown>>>('GET', '/admin/info', {
        user: adminClaims(created.id, 'no-role-admin'),
      });
      expect(res.body.data).toEqual({ username: 'no-role-admin', menus: [], icon: null });
      const anonymous = await svc.request('GET', '/admin/info');
      expect(anonymous.body).toMatchObject({ code: 401, message: '暂未登录或token已经过期' });
    });
  });

  describe('POST /admin/register', () => {
    it('creates an enabled admin with a bcrypt password and hides the hash', async () => {
      const res = await register('new-admin', { email: 'a@example.com' });
      expect(res.status).toBe(200);
      expect(res.body.code).toBe(200);
      expect(res.body.data).toMatchObject({
        username: 'new-admin',
        password: null,
        status: 1,
        email: 'a@example.com',
        loginTime: null,
      });
      const stored = await row(res.body.data.id);
      expect(stored?.password).toMatch(/^\$2b\$10\$/);
      expect((await verifyPasswordDetailed('secret-1', stored?.password)).ok).toBe(true);
    });

    it('refuses a taken username and invalid fields', async () => {
      expect((await register('admin')).body).toEqual({
        code: 500,
        message: '操作失败',
        data: null,
      });
      expect((await register('')).body).toMatchObject({
        code: 404,
        message: 'username: 用户名不能为空',
      });
      expect((await register('x', { password: '' })).body.message).toBe('password: 密码不能为空');
      expect((await register('y', { email: 'not-mail' })).body.message).toBe(
        'email: 邮箱格式不合法',
      );
    });
  });

  describe('POST /admin/login', () => {
    it('asks for both fields', async () => {
      const res = await svc.request('POST', '/admin/login', { body: { username: 'admin' } });
      expect(res.body).toEqual({ code: 500, message: '用户名或密码不能为空！', data: null });
    });

    it('fails with HTTP 500 when mall-auth cannot be reached, without a login log', async () => {
      const [{ n: before }] = await ds.query('SELECT COUNT(*) AS n FROM ums_admin_login_log');
      const res = await svc.request('POST', '/admin/login', {
        body: { username: 'admin', password: 'macro123' },
      });
      expect(res.status).toBe(500);
      expect(res.body).toEqual({ code: 500, message: '操作失败', data: null });
      const [{ n: after }] = await ds.query('SELECT COUNT(*) AS n FROM ums_admin_login_log');
      expect(after).toBe(before);
    });
  });

  it('POST /admin/logout answers success', async () => {
    expect(await postJson('/admin/logout', {})).toEqual({
      code: 200,
      message: '操作成功',
      data: null,
    });
  });

  describe('GET /admin/list and /admin/:id', () => {
    it('filters by username or nickname and pages, without hashes', async () => {
      const page = await get<Page<AdminRow>>('/admin/list', { keyword: 'Admin', pageSize: 2 });
      expect(page.data).toMatchObject({ pageNum: 1, pageSize: 2 });
      const names = page.data.list.map((a) => a.username);
      expect(names).toEqual(['admin', 'productAdmin']);
      expect(page.data.total).toBeGreaterThanOrEqual(3);
      expect(page.data.list.every((a) => a.password === null)).toBe(true);

      const byNick = await get<Page<AdminRow>>('/admin/list', { keyword: 'new-admin nick' });
      expect(byNick.data.list.map((a) => a.username)).toEqual(['new-admin']);
      const all = await get<Page<AdminRow>>('/admin/list');
      expect(all.data.pageSize).toBe(5);
      expect(all.data.list[0].id).toBe(1);
    });

    it('reads one admin, or null', async () => {
      expect((await get<AdminRow>('/admin/2')).data).toMatchObject({
        id: 2,
        username: 'productAdmin',
        password: null,
      });
      expect(await get('/admin/999999')).toEqual({ code: 200, message: '操作成功', data: null });
      expect((await get('/admin/abc')).code).toBe(404);
    });
  });

  describe('POST /admin/update/:id and /admin/updateStatus/:id', () => {
    it('changes the given fields, keeps the password when the hash is sent back, evicts the cache', async () => {
      const id = (await register('to-update')).body.data.id;
      const before = await row(id);
      await redis.set(`mall:ums:admin:${id}`, '{"id":0}');
      const res = await postJson(`/admin/update/${id}`, {
        id: 12345,
        nickName: 'changed',
        password: before?.password,
      });
      expect(res).toEqual({ code: 200, message: '操作成功', data: 1 });
      const after = await row(id);
      expect(after).toMatchObject({ id, nickName: 'changed', password: before?.password });
      expect(await redis.exists(`mall:ums:admin:${id}`)).toBe(0);

      expect((await postJson(`/admin/update/${id}`, { password: 'fresh-pass' })).code).toBe(200);
      expect((await verifyPasswordDetailed('fresh-pass', (await row(id))?.password)).ok).toBe(true);
    });

    it('fails for an unknown admin and an empty body', async () => {
      expect(await postJson('/admin/update/999999', { nickName: 'x' })).toEqual({
        code: 500,
        message: '操作失败',
        data: null,
      });
      expect((await postJson('/admin/update/1', {})).code).toBe(404);
    });

    it('sets the status from a query or form parameter', async () => {
      const id = (await register('to-disable')).body.data.id;
      const res = await svc.request<Envelope>('POST', `/admin/updateStatus/${id}`, {
        user: superAdmin,
        query: { status: 0 },
      });
      expect(res.body).toEqual({ code: 200, message: '操作成功', data: 1 });
      expect((await row(id))?.status).toBe(0);
      expect((await postForm(`/admin/updateStatus/${id}`, { status: '1' })).data).toBe(1);
      expect((await row(id))?.status).toBe(1);
      expect((await postForm(`/admin/updateStatus/${id}`, {})).code).toBe(404);
      expect((await postForm('/admin/updateStatus/999999', { status: '1' })).code).toBe(500);
    });
  });

  describe('POST /admin/updatePassword', () => {
    it('answers each failure with its message and changes the password otherwise', async () => {
      const id = (await register('pw-admin')).body.data.id;
      const change = (body: Record<string, string>) => postJson('/admin/updatePassword', body);
      expect(await change({ username: 'pw-admin', oldPassword: 'secret-1' })).toEqual({
        code: 500,
        message: '提交参数不合法',
        data: null,
      });
      expect(
        (await change({ username: 'nobody', oldPassword: 'a', newPassword: 'b' })).message,
      ).toBe('找不到该用户');
      expect(
        (await change({ username: 'pw-admin', oldPassword: 'wrong', newPassword: 'b' })).message,
      ).toBe('旧密码错误');
      await redis.set(`mall:ums:admin:${id}`, '{"id":0}');
      expect(
        await change({ username: 'pw-admin', oldPassword: 'secret-1', newPassword: 'new-secret' }),
      ).toEqual({ code: 200, message: '操作成功', data: 1 });
      expect((await verifyPasswordDetailed('new-secret', (await row(id))?.password)).ok).toBe(true);
      expect(await redis.exists(`mall:ums:admin:${id}`)).toBe(0);
    });
  });

  describe('POST /admin/delete/:id', () => {
    it('deletes the row and its cache entry, then fails', async () => {
      const id = (await register('to-delete')).body.data.id;
      await redis.set(`mall:ums:admin:${id}`, '{"id":0}');
      expect(await postJson(`/admin/delete/${id}`, {})).toEqual({
        code: 200,
        message: '操作成功',
        data: 1,
      });
      expect(await row(id)).toBeUndefined();
      expect(await redis.exists(`mall:ums:admin:${id}`)).toBe(0);
      expect((await postJson(`/admin/delete/${id}`, {})).code).toBe(500);
    });
  });

  describe('roles of an admin', () => {
    it('replaces them from a form and lists them', async () => {
      const id = (await register('role-admin')).body.data.id;
      const update = await postForm('/admin/role/update', { adminId: String(id), roleIds: '1,2' });
      expect(update).toEqual({ code: 200, message: '操作成功', data: 2 });
      const roles = await get<{ id: number; name: string }[]>(`/admin/role/${id}`);
      expect(roles.data.map((r) => [r.id, r.name])).toEqual([
        [1, '商品管理员'],
        [2, '订单管理员'],
      ]);
      const repeated = await svc.request<Envelope>('POST', '/admin/role/update', {
        user: superAdmin,
        query: { adminId: id, roleIds: [5] },
      });
      expect(repeated.body.data).toBe(1);
      expect((await get<{ id: number }[]>(`/admin/role/${id}`)).data.map((r) => r.id)).toEqual([5]);
    });

    it('clears them with an empty list and needs adminId', async () => {
      const id = (await register('role-clear')).body.data.id;
      await postForm('/admin/role/update', { adminId: String(id), roleIds: '1' });
      expect(await postForm('/admin/role/update', { adminId: String(id), roleIds: '' })).toEqual({
        code: 200,
        message: '操作成功',
        data: 0,
      });
      expect((await get(`/admin/role/${id}`)).data).toEqual([]);
      expect((await postForm('/admin/role/update', { roleIds: '1' })).code).toBe(404);
      expect(
        (await postForm('/admin/role/update', { adminId: String(id), roleIds: 'x' })).code,
      ).toBe(404);
    });
  });

  describe('+/- permissions of an admin', () => {
    it('stores the difference to the role permissions and lists the effective ones', async () => {
      const id = (await register('perm-admin')).body.data.id;
      await postForm('/admin/role/update', { adminId: String(id), roleIds: '2' });
      const rolePermissions = (await get<{ id: number }[]>(`/admin/permission/${id}`)).data.map(
        (p) => p.id,
      );
      expect(rolePermissions).toEqual([18, 19, 20, 21, 22, 23, 24, 25]);

      // Keep 18-24, drop 25, add 2.
      const wanted = [2, 18, 19, 20, 21, 22, 23, 24];
      const res = await postForm('/admin/permission/update', {
        adminId: String(id),
        permissionIds: wanted.join(','),
      });
      expect(res).toEqual({ code: 200, message: '操作成功', data: 2 });
      const relations = await ds.query(
        'SELECT permission_id AS p, type FROM ums_admin_permission_relation WHERE admin_id = ? ORDER BY type DESC',
        [id],
      );
      expect(
        relations.map((r: { p: string | number; type: number }) => [Number(r.p), r.type]),
      ).toEqual([
        [2, 1],
        [25, -1],
      ]);
      expect(
        (await get<{ id: number }[]>(`/admin/permission/${id}`)).data.map((p) => p.id),
      ).toEqual(wanted);
    });

    it('answers failed when nothing differs, after removing the old rows', async () => {
      const id = (await register('perm-same')).body.data.id;
      await postForm('/admin/role/update', { adminId: String(id), roleIds: '2' });
      await postForm('/admin/permission/update', { adminId: String(id), permissionIds: '1' });
      const same = await postForm('/admin/permission/update', {
        adminId: String(id),
        permissionIds: '18,19,20,21,22,23,24,25',
      });
      expect(same).toEqual({ code: 500, message: '操作失败', data: null });
      const [{ n }] = await ds.query(
        'SELECT COUNT(*) AS n FROM ums_admin_permission_relation WHERE admin_id = ?',
        [id],
      );
      expect(Number(n)).toBe(0);
      expect((await postForm('/admin/permission/update', { adminId: String(id) })).code).toBe(404);
    });
  });

  describe('GET /admin/loadByUsername (internal, for mall-auth)', () => {
    it('answers the raw UserDto with hash and role strings', async () => {
      const res = await svc.request<Record<string, unknown>>('GET', '/admin/loadByUsername', {
        query: { username: 'admin' },
      });
      expect(res.body).toEqual({
        id: 1,
        username: 'admin',
        password: expect.stringMatching(/^\$2[aby]\$10\$/),
        status: 1,
        clientId: null,
        roles: ['5_超级管理员'],
      });
      const noRoles = await svc.request<Record<string, unknown>>('GET', '/admin/loadByUsername', {
        query: { username: 'no-role-admin' },
      });
      expect(noRoles.body).toMatchObject({ username: 'no-role-admin', roles: null });
    });

    it('answers an empty body for an unknown username and 404 without one', async () => {
      const unknown = await svc.request('GET', '/admin/loadByUsername', {
        query: { username: 'nobody' },
      });
      expect(unknown.status).toBe(200);
      expect(unknown.text).toBe('');
      expect((await get('/admin/loadByUsername')).code).toBe(404);
    });
  });
});
