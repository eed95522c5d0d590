import { REDIS } from '@mall/redis';
import { SEEDED_ROLES } from '@mall/db';
import {
  adminClaims,
  createMallDatabase,
  ScratchDatabase,
  startTestService,
  TestService,
} from '@mall/testing';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { serviceDefinition } from '../src/service';
import { UmsModule } from '../src/ums/ums.module';

/**
 * Roles, resources and the resource→roles map the gateway authorises with. The map is published to
 * a key unique to this run, read back from Redis after every change.
 */
describe('mall-admin roles, resources and auth:resourceRolesMap', () => {
  let db: ScratchDatabase;
  let svc: TestService;
  let redis: Redis;
  let ds: DataSource;
  const mapKey = `auth:resourceRolesMap:test:${process.pid}:${Date.now()}`;
  const admin = adminClaims(1, 'admin', [SEEDED_ROLES.superAdmin.authority]);
  const SUPER = SEEDED_ROLES.superAdmin.authority;
  const PRODUCT = SEEDED_ROLES.productAdmin.authority;
  const ORDER = SEEDED_ROLES.orderAdmin.authority;

  type Envelope<T = unknown> = { code: number; message: string; data: T };
  const get = <T = unknown>(path: string, query?: Record<string, string | number>) =>
    svc.request<Envelope<T>>('GET', path, { user: admin, query }).then((r) => r.body);
  const postJson = <T = unknown>(path: string, body: unknown) =>
    svc.request<Envelope<T>>('POST', path, { user: admin, body }).then((r) => r.body);
  const postForm = <T = unknown>(path: string, form: Record<string, string>) =>
    svc
      .request<Envelope<T>>('POST', path, { user: admin, body: form, form: true })
      .then((r) => r.body);
  const postQuery = <T = unknown>(path: string, query: Record<string, string | number>) =>
    svc.request<Envelope<T>>('POST', path, { user: admin, query }).then((r) => r.body);

  /** The published map, values parsed. */
  async function publishedMap(): Promise<Record<string, string[]>> {
    const raw = await redis.hgetall(mapKey);
    return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, JSON.parse(v) as string[]]));
  }

  beforeAll(async () => {
    db = await createMallDatabase('admin_ums_rbac');
    // The real bootstrap and configuration, with only the module under test.
    svc = await startTestService(
      { ...serviceDefinition, appModule: UmsModule },
      {
        database: db,
        env: { MALL__app__redis__keys__resourceRolesMap: mapKey },
      },
    );
    redis = svc.started.app.get<Redis>(REDIS);
    ds = svc.started.app.get(DataSource);
  }, 90_000);

  afterAll(async () => {
    await redis?.del(mapKey);
    await svc?.close();
    await db?.drop();
  });

  describe('the map published at start-up', () => {
    it('holds every seeded resource with the roles granted to it, as JSON arrays', async () => {
      const map = await publishedMap();
      expect(Object.keys(map)).toHaveLength(34);
      expect(map['/mall-admin/brand/**']).toEqual([PRODUCT, SUPER]);
      expect(map['/mall-admin/order/**']).toEqual([ORDER, SUPER]);
      expect(map['/mall-admin/role/**']).toEqual([SUPER]);
      expect(map['/mall-admin/admin/info']).toEqual([PRODUCT, ORDER, SUPER]);
      expect(await redis.hget(mapKey, '/mall-admin/brand/**')).toBe(
        JSON.stringify([PRODUCT, SUPER]),
      );
      expect(await redis.type(mapKey)).toBe('hash');
    });

    it('GET /resource/initResourceRolesMap republishes it and answers it with sorted keys', async () => {
      await redis.del(mapKey);
      const body = await get<Record<string, string[]>>('/resource/initResourceRolesMap');
      expect(body.code).toBe(200);
      const keys = Object.keys(body.data);
      expect(keys).toEqual([...keys].sort());
      expect(body.data['/mall-admin/sku/**']).toEqual([PRODUCT, SUPER]);
      expect(await publishedMap()).toEqual(body.data);
      const leftovers = await redis.keys(`${mapKey}:rebuild:*`);
      expect(leftovers).toEqual([]);
    });
  });

  describe('/resource', () => {
    let createdId: number;

    it('creates a resource and publishes it with no role', async () => {
      const body = await postJson('/resource/create', {
        name: '测试资源',
        url: '/test/**',
        description: 'rbac test',
        categoryId: 6,
      });
      expect(body).toEqual({ code: 200, message: '操作成功', data: 1 });
      const [row] = await ds.query(
        'SELECT id, name, url, category_id AS categoryId, create_time AS createTime FROM ums_resource WHERE url = ?',
        ['/test/**'],
      );
      expect(row).toMatchObject({ name: '测试资源', categoryId: '6' });
      expect(row.createTime).toBeInstanceOf(Date);
      createdId = Number(row.id);
      expect((await publishedMap())['/mall-admin/test/**']).toEqual([]);
    });

    it('refuses a bad body with code 404 naming the field, writing nothing', async () => {
      const before = await ds.query('SELECT COUNT(*) AS n FROM ums_resource');
      const noUrl = await postJson('/resource/create', { name: 'x' });
      expect(noUrl.code).toBe(404);
      expect(noUrl.message).toMatch(/^url/);
      const badUrl = await postJson('/resource/create', { name: 'x', url: 'brand/**' });
      expect(badUrl).toMatchObject({ code: 404, message: expect.stringMatching(/^url/) });
      const longName = await postJson('/resource/create', { name: 'x'.repeat(201), url: '/x' });
      expect(longName).toMatchObject({ code: 404, message: expect.stringMatching(/^name/) });
      const badCategory = await postJson('/resource/create', {
        name: 'x',
        url: '/x',
        categoryId: 'abc',
      });
      expect(badCategory).toMatchObject({
        code: 404,
        message: expect.stringMatching(/^categoryId/),
      });
      expect(await ds.query('SELECT COUNT(*) AS n FROM ums_resource')).toEqual(before);
    });

    it('gets one resource by id, or null', async () => {
      const body = await get<{ id: number; url: string }>(`/resource/${createdId}`);
      expect(body.data).toMatchObject({ id: createdId, url: '/test/**', categoryId: 6 });
      expect((await get('/resource/999999')).data).toBeNull();
      expect(await get('/resource/abc')).toMatchObject({
        code: 404,
        message: 'id must be an integer',
      });
    });

    it('lists with filters and paging', async () => {
      const page = await get<{ total: number; list: Array<{ id: number }> }>('/resource/list', {
        categoryId: 1,
        pageSize: 3,
        pageNum: 2,
      });
      expect(page.data).toMatchObject({ pageNum: 2, pageSize: 3, totalPage: 3, total: 7 });
      expect(page.data.list.map((r) => r.id)).toEqual([4, 5, 6]);
      const byName = await get<{ list: Array<{ name: string }> }>('/resource/list', {
        nameKeyword: '首页',
      });
      expect(byName.data).toMatchObject({ total: 5, pageSize: 5 });
      const byUrl = await get<{ list: Array<{ url: string }> }>('/resource/list', {
        urlKeyword: 'admin/',
        pageSize: 10,
      });
      expect(byUrl.data.list.map((r) => r.url)).toEqual([
        '/admin/**',
        '/admin/info',
        '/admin/logout',
      ]);
      // `_` is matched literally, not as a one-character wildcard.
      const literal = await get<{ total: number }>('/resource/list', { urlKeyword: '_' });
      expect(literal.data.total).toBe(0);
      const all = await get<unknown[]>('/resource/listAll');
      expect(all.data).toHaveLength(35);
    });

    it('updates the given fields and republishes the changed URL', async () => {
      const body = await postJson(`/resource/update/${createdId}`, { url: '/test2/**' });
      expect(body).toEqual({ code: 200, message: '操作成功', data: 1 });
      const [row] = await ds.query('SELECT name, url FROM ums_resource WHERE id = ?', [createdId]);
      expect(row).toEqual({ name: '测试资源', url: '/test2/**' });
      const map = await publishedMap();
      expect(map['/mall-admin/test/**']).toBeUndefined();
      expect(map['/mall-admin/test2/**']).toEqual([]);
      expect((await postJson('/resource/update/999999', { name: 'x' })).code).toBe(500);
      expect(await postJson(`/resource/update/${createdId}`, {})).toMatchObject({ code: 404 });
    });

    it('deletes it and removes it from the map', async () => {
      expect(await postJson(`/resource/delete/${createdId}`, {})).toMatchObject({
        code: 200,
        data: 1,
      });
      expect((await publishedMap())['/mall-admin/test2/**']).toBeUndefined();
      expect(await postJson(`/resource/delete/${createdId}`, {})).toMatchObject({
        code: 500,
        message: '操作失败',
      });
    });
  });

  describe('/role', () => {
    let roleId: number;

    it('creates a role with every column written (an omitted status stays NULL)', async () => {
      const body = await postJson('/role/create', { name: '测试角色', description: 'rbac' });
      expect(body).toEqual({ code: 200, message: '操作成功', data: 1 });
      const [row] = await ds.query(
        'SELECT id, admin_count AS adminCount, status, sort FROM ums_role WHERE name = ?',
        ['测试角色'],
      );
      expect(row).toMatchObject({ adminCount: 0, status: null, sort: 0 });
      roleId = Number(row.id);
      expect(await postJson('/role/create', { description: 'no name' })).toMatchObject({
        code: 404,
        message: expect.stringMatching(/^name/),
      });
      expect(await postJson('/role/create', { name: 'x', status: 7 })).toMatchObject({
        code: 404,
        message: expect.stringMatching(/^status/),
      });
    });

    it('lists all roles and pages them by keyword', async () => {
      const all = await get<Array<{ id: number }>>('/role/listAll');
      expect(all.data.map((r) => r.id)).toEqual([1, 2, 5, roleId]);
      const page = await get<{ total: number; list: Array<{ name: string }> }>('/role/list', {
        keyword: '管理员',
        pageSize: 2,
      });
      expect(page.data).toMatchObject({ pageNum: 1, pageSize: 2, totalPage: 2, total: 3 });
      expect(page.data.list.map((r) => r.name)).toEqual(['商品管理员', '订单管理员']);
    });

    it('a role without a resource grant is in no map value; granting takes effect at once', async () => {
      const authority = `${roleId}_测试角色`;
      const before = await publishedMap();
      expect(Object.values(before).some((roles) => roles.includes(authority))).toBe(false);

      const body = await postForm('/role/allocResource', {
        roleId: String(roleId),
        resourceIds: '1,24',
      });
      expect(body).toEqual({ code: 200, message: '操作成功', data: 2 });
      const map = await publishedMap();
      expect(map['/mall-admin/brand/**']).toEqual([PRODUCT, SUPER, authority]);
      expect(map['/mall-admin/subject/**']).toEqual([PRODUCT, SUPER, authority]);
      expect(map['/mall-admin/order/**']).toEqual([ORDER, SUPER]);

      const resources = await get<Array<{ id: number }>>(`/role/listResource/${roleId}`);
      expect(resources.data.map((r) => r.id)).toEqual([1, 24]);
    });

    it('allocResource replaces the grants, and an empty list clears them', async () => {
      expect(await postQuery('/role/allocResource', { roleId, resourceIds: '8' })).toMatchObject({
        code: 200,
        data: 1,
      });
      let map = await publishedMap();
      expect(map['/mall-admin/brand/**']).toEqual([PRODUCT, SUPER]);
      expect(map['/mall-admin/order/**']).toEqual([ORDER, SUPER, `${roleId}_测试角色`]);

      expect(
        await postForm('/role/allocResource', { roleId: String(roleId), resourceIds: '' }),
      ).toEqual({ code: 200, message: '操作成功', data: 0 });
      map = await publishedMap();
      expect(map['/mall-admin/order/**']).toEqual([ORDER, SUPER]);
      expect((await get(`/role/listResource/${roleId}`)).data).toEqual([]);

      expect(await postForm('/role/allocResource', { roleId: String(roleId) })).toMatchObject({
        code: 404,
        message: 'resourceIds is required',
      });
      expect(await postForm('/role/allocResource', { resourceIds: '1' })).toMatchObject({
        code: 404,
        message: 'roleId is required',
      });
    });

    it('renaming a role republishes the role strings', async () => {
      await postForm('/role/allocResource', { roleId: String(roleId), resourceIds: '6' });
      expect(await postJson(`/role/update/${roleId}`, { name: '库存角色' })).toMatchObject({
        code: 200,
        data: 1,
      });
      expect((await publishedMap())['/mall-admin/sku/**']).toEqual([
        PRODUCT,
        SUPER,
        `${roleId}_库存角色`,
      ]);
      expect(await postJson(`/role/update/${roleId}`, { name: '' })).toMatchObject({ code: 404 });
      expect(await postJson('/role/update/999999', { description: 'x' })).toMatchObject({
        code: 500,
      });
    });

    it('updates the status only', async () => {
      expect(await postForm(`/role/updateStatus/${roleId}`, { status: '0' })).toMatchObject({
        code: 200,
        data: 1,
      });
      const [row] = await ds.query('SELECT name, status FROM ums_role WHERE id = ?', [roleId]);
      expect(row).toEqual({ name: '库存角色', status: 0 });
      expect(await postForm(`/role/updateStatus/${roleId}`, {})).toMatchObject({
        code: 404,
        message: 'status is required',
      });
      expect(await postQuery(`/role/updateStatus/${roleId}`, { status: 'x' })).toMatchObject({
        code: 404,
        message: 'status must be an integer',
      });
    });

    it('allocates menus: replaces them, returns the id count, empty clears', async () => {
      expect(
        await postForm('/role/allocMenu', { roleId: String(roleId), menuIds: '1,2,3' }),
      ).toEqual({ code: 200, message: '操作成功', data: 3 });
      const menus = await get<Array<{ id: number; title: string }>>(`/role/listMenu/${roleId}`);
      expect(menus.data.map((m) => m.id)).toEqual([1, 2, 3]);
      expect(menus.data[0]).toMatchObject({ title: '商品', parentId: 0, name: 'pms' });

      await postQuery('/role/allocMenu', { roleId, menuIds: '7' });
      expect(
        ((await get(`/role/listMenu/${roleId}`)).data as Array<{ id: number }>).map((m) => m.id),
      ).toEqual([7]);
      expect(
        await postForm('/role/allocMenu', { roleId: String(roleId), menuIds: '' }),
      ).toMatchObject({
        code: 200,
        data: 0,
      });
      expect((await get(`/role/listMenu/${roleId}`)).data).toEqual([]);
      expect(
        await postForm('/role/allocMenu', { roleId: String(roleId), menuIds: '1,x' }),
      ).toMatchObject({ code: 404, message: 'menuIds must be a list of integers' });
    });

    it('reads and replaces the legacy permissions of a role', async () => {
      const seeded = await get<Array<{ id: number }>>(
        `/role/permission/${SEEDED_ROLES.orderAdmin.id}`,
      );
      expect(seeded.data.map((p) => p.id)).toEqual([18, 19, 20, 21, 22, 23, 24, 25]);

      expect(
        await postForm('/role/permission/update', { roleId: String(roleId), permissionIds: '2,3' }),
      ).toEqual({ code: 200, message: '操作成功', data: 2 });
      expect(
        ((await get(`/role/permission/${roleId}`)).data as Array<{ id: number }>).map((p) => p.id),
      ).toEqual([2, 3]);

      // An empty list is refused before anything is deleted (the original rolled back a 500).
      expect(
        await postForm('/role/permission/update', { roleId: String(roleId), permissionIds: '' }),
      ).toMatchObject({ code: 404, message: 'permissionIds is required' });
      const rows = await ds.query(
        'SELECT permission_id AS id FROM ums_role_permission_relation WHERE role_id = ? ORDER BY id',
        [roleId],
      );
      expect(rows.map((r: { id: string }) => Number(r.id))).toEqual([2, 3]);
    });

    it('deletes roles by ids and drops their strings from the map', async () => {
      await postForm('/role/allocResource', { roleId: String(roleId), resourceIds: '1' });
      expect((await publishedMap())['/mall-admin/brand/**']).toContain(`${roleId}_库存角色`);
      expect(await postForm('/role/delete', { ids: String(roleId) })).toEqual({
        code: 200,
        message: '操作成功',
        data: 1,
      });
      expect((await publishedMap())['/mall-admin/brand/**']).toEqual([PRODUCT, SUPER]);
      expect(await postForm('/role/delete', { ids: String(roleId) })).toMatchObject({ code: 500 });
      expect(await postForm('/role/delete', {})).toMatchObject({
        code: 404,
        message: 'ids is required',
      });
    });
  });
});
