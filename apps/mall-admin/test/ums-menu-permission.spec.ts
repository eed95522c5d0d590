import {
  adminClaims,
  createMallDatabase,
  ScratchDatabase,
  startTestService,
  TestService,
} from '@mall/testing';
import { REDIS } from '@mall/redis';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { serviceDefinition } from '../src/service';
import { UmsModule } from '../src/ums/ums.module';

/** Menus, resource categories, the legacy permission tree and member levels. */
describe('mall-admin menus, resource categories, permissions, member levels', () => {
  let db: ScratchDatabase;
  let svc: TestService;
  let ds: DataSource;
  const admin = adminClaims(1, 'admin', ['5_超级管理员']);

  type Envelope<T = unknown> = { code: number; message: string; data: T };
  interface Node {
    id: number;
    title?: string;
    name?: string;
    children: Node[];
  }
  const get = <T = unknown>(path: string, query?: Record<string, string | number>) =>
    svc.request<Envelope<T>>('GET', path, { user: admin, query }).then((r) => r.body);
  const postJson = <T = unknown>(path: string, body: unknown) =>
    svc.request<Envelope<T>>('POST', path, { user: admin, body }).then((r) => r.body);
  const postForm = <T = unknown>(path: string, form: Record<string, string>) =>
    svc
      .request<Envelope<T>>('POST', path, { user: admin, body: form, form: true })
      .then((r) => r.body);
  const idsOf = (nodes: Node[]) => nodes.map((n) => n.id);
  const mapKey = () => `auth:resourceRolesMap:test:${db.database}`;

  beforeAll(async () => {
    db = await createMallDatabase('admin_ums_menu');
    // The real bootstrap and configuration, with only the module under test. The map key is unique
    // so the start-up rebuild does not touch the shared one.
    svc = await startTestService(
      { ...serviceDefinition, appModule: UmsModule },
      {
        database: db,
        env: { MALL__app__redis__keys__resourceRolesMap: mapKey() },
      },
    );
    ds = svc.started.app.get(DataSource);
  }, 90_000);

  afterAll(async () => {
    await svc?.started.app.get<Redis>(REDIS).del(mapKey());
    await svc?.close();
    await db?.drop();
  });

  describe('/menu', () => {
    let topId: number;
    let childId: number;

    it('answers the whole tree: top-level menus with nested children', async () => {
      const tree = await get<Node[]>('/menu/treeList');
      expect(idsOf(tree.data)).toEqual([1, 7, 12, 21]);
      expect(tree.data[0]).toMatchObject({ title: '商品', name: 'pms', parentId: 0, level: 0 });
      expect(idsOf(tree.data[0].children)).toEqual([2, 3, 4, 5, 6]);
      expect(tree.data[0].children[0].children).toEqual([]);
    });

    it('creates menus and computes their level from the parent', async () => {
      expect(
        await postJson('/menu/create', { parentId: 0, title: '测试', name: 't', hidden: 0 }),
      ).toEqual({ code: 200, message: '操作成功', data: 1 });
      [{ id: topId }] = await ds.query("SELECT id FROM ums_menu WHERE title = '测试'");
      topId = Number(topId);
      await postJson('/menu/create', { parentId: topId, title: '测试子菜单', sort: 3 });
      const [child] = await ds.query(
        "SELECT id, level, create_time AS createTime FROM ums_menu WHERE title = '测试子菜单'",
      );
      childId = Number(child.id);
      expect(child.level).toBe(1);
      expect(child.createTime).toBeInstanceOf(Date);
      // A parent that does not exist puts the menu at the top level, as in the original.
      await postJson('/menu/create', { parentId: 999999, title: '孤儿菜单' });
      const [orphan] = await ds.query("SELECT level FROM ums_menu WHERE title = '孤儿菜单'");
      expect(orphan.level).toBe(0);

      const tree = await get<Node[]>('/menu/treeList');
      const top = tree.data.find((n) => n.id === topId);
      expect(top?.children.map((n) => n.title)).toEqual(['测试子菜单']);
    });

    it('validates create and update bodies', async () => {
      const count = await ds.query('SELECT COUNT(*) AS n FROM ums_menu');
      expect(await postJson('/menu/create', { title: 'x' })).toMatchObject({
        code: 404,
        message: expect.stringMatching(/^parentId/),
      });
      expect(await postJson('/menu/create', { parentId: 0 })).toMatchObject({
        code: 404,
        message: expect.stringMatching(/^title/),
      });
      expect(await postJson('/menu/create', { parentId: 0, title: 'x', hidden: 2 })).toMatchObject({
        code: 404,
        message: expect.stringMatching(/^hidden/),
      });
      expect(await postJson(`/menu/update/${childId}`, { title: 'y' })).toMatchObject({
        code: 404,
        message: expect.stringMatching(/^parentId/),
      });
      expect(await ds.query('SELECT COUNT(*) AS n FROM ums_menu')).toEqual(count);
    });

    it('updates a menu, recomputing its level, and refuses a cycle', async () => {
      expect(
        await postJson(`/menu/update/${childId}`, { parentId: 1, title: '挪动' }),
      ).toMatchObject({
        code: 200,
        data: 1,
      });
      const [row] = await ds.query(
        'SELECT parent_id AS p, level, title, sort FROM ums_menu WHERE id = ?',
        [childId],
      );
      expect(row).toEqual({ p: '1', level: 1, title: '挪动', sort: 3 });
      expect(await postJson(`/menu/update/${childId}`, { parentId: childId })).toMatchObject({
        code: 404,
        message: expect.stringMatching(/^parentId/),
      });
      await postJson(`/menu/update/${childId}`, { parentId: topId });
      expect(await postJson(`/menu/update/${topId}`, { parentId: childId })).toMatchObject({
        code: 404,
        message: 'parentId: a menu cannot move under its own sub-menu',
      });
      expect((await postJson('/menu/update/999999', { parentId: 0, title: 'x' })).code).toBe(500);
    });

    it('gets one menu, pages the children of a parent by sort, and toggles hidden', async () => {
      expect((await get(`/menu/${childId}`)).data).toMatchObject({ id: childId, parentId: topId });
      expect((await get('/menu/999999')).data).toBeNull();

      await ds.query('UPDATE ums_menu SET sort = 9 WHERE id = 4');
      const page = await get<{ total: number; list: Node[] }>('/menu/list/1', { pageSize: 2 });
      expect(page.data).toMatchObject({ pageNum: 1, pageSize: 2, total: 5, totalPage: 3 });
      expect(idsOf(page.data.list)).toEqual([4, 2]);

      expect(await postForm(`/menu/updateHidden/${childId}`, { hidden: '1' })).toMatchObject({
        code: 200,
        data: 1,
      });
      const [row] = await ds.query('SELECT hidden FROM ums_menu WHERE id = ?', [childId]);
      expect(row.hidden).toBe(1);
      expect(await postForm(`/menu/updateHidden/${childId}`, {})).toMatchObject({
        code: 404,
        message: 'hidden is required',
      });
    });

    it('deletes a menu (children are kept)', async () => {
      expect(await postJson(`/menu/delete/${topId}`, {})).toMatchObject({ code: 200, data: 1 });
      expect(await postJson(`/menu/delete/${topId}`, {})).toMatchObject({ code: 500 });
      const [row] = await ds.query('SELECT COUNT(*) AS n FROM ums_menu WHERE id = ?', [childId]);
      expect(Number(row.n)).toBe(1);
    });
  });

  describe('/resourceCategory', () => {
    it('lists by sort descending, creates, updates and deletes', async () => {
      const all = await get<Array<{ id: number; name: string }>>('/resourceCategory/listAll');
      expect(all.data.map((c) => c.id)).toEqual([1, 2, 3, 4, 5, 6]);

      expect(await postJson('/resourceCategory/create', { name: '测试分类', sort: 10 })).toEqual({
        code: 200,
        message: '操作成功',
        data: 1,
      });
      const after = await get<Array<{ id: number; name: string }>>('/resourceCategory/listAll');
      expect(after.data[0].name).toBe('测试分类');
      const id = after.data[0].id;

      expect(await postJson(`/resourceCategory/update/${id}`, { sort: 0 })).toMatchObject({
        code: 200,
        data: 1,
      });
      const [row] = await ds.query('SELECT name, sort FROM ums_resource_category WHERE id = ?', [
        id,
      ]);
      expect(row).toEqual({ name: '测试分类', sort: 0 });

      expect(await postJson('/resourceCategory/create', { sort: 1 })).toMatchObject({
        code: 404,
        message: expect.stringMatching(/^name/),
      });
      expect(await postJson(`/resourceCategory/update/${id}`, { sort: 'high' })).toMatchObject({
        code: 404,
        message: expect.stringMatching(/^sort/),
      });
      expect(await postJson(`/resourceCategory/delete/${id}`, {})).toMatchObject({
        code: 200,
        data: 1,
      });
      expect(await postJson(`/resourceCategory/delete/${id}`, {})).toMatchObject({ code: 500 });
    });
  });

  describe('/permission', () => {
    let id: number;

    it('answers the tree and the flat list', async () => {
      const tree = await get<Node[]>('/permission/treeList');
      expect(idsOf(tree.data)).toEqual([1, 18, 26, 34]);
      expect(idsOf(tree.data[0].children)).toEqual([2, 3, 4, 5, 6]);
      expect(idsOf(tree.data[0].children[0].children)).toEqual([7, 8]);
      const list = await get<unknown[]>('/permission/list');
      expect(list.data).toHaveLength(38);
    });

    it('creates with status 1 and sort 0 forced', async () => {
      expect(
        await postJson('/permission/create', {
          pid: 34,
          name: '测试权限',
          value: 'ums:test:read',
          type: 2,
          status: 0,
          sort: 5,
        }),
      ).toEqual({ code: 200, message: '操作成功', data: 1 });
      const [row] = await ds.query(
        "SELECT id, pid, status, sort, type, create_time AS t FROM ums_permission WHERE name = '测试权限'",
      );
      expect(row).toMatchObject({ pid: '34', status: 1, sort: 0, type: 2 });
      expect(row.t).toBeInstanceOf(Date);
      id = Number(row.id);
      const tree = await get<Node[]>('/permission/treeList');
      expect(idsOf(tree.data[3].children)).toEqual([35, 36, 37, 38, id]);
    });

    it('validates the body', async () => {
      expect(await postJson('/permission/create', { name: 'x' })).toMatchObject({
        code: 404,
        message: expect.stringMatching(/^pid/),
      });
      expect(await postJson('/permission/create', { pid: 0, name: 'x', type: 3 })).toMatchObject({
        code: 404,
        message: expect.stringMatching(/^type/),
      });
    });

    it('update writes every column (omitted ones become NULL)', async () => {
      expect(
        await postJson(`/permission/update/${id}`, { pid: 34, name: '改名', status: 1 }),
      ).toMatchObject({ code: 200, data: 1 });
      const [row] = await ds.query(
        'SELECT name, value, type, status, sort, create_time AS t FROM ums_permission WHERE id = ?',
        [id],
      );
      expect(row).toEqual({
        name: '改名',
        value: null,
        type: null,
        status: 1,
        sort: null,
        t: null,
      });
      expect(await postJson('/permission/update/999999', { pid: 0, name: 'x' })).toMatchObject({
        code: 500,
      });
    });

    it('deletes by ids', async () => {
      expect(await postForm('/permission/delete', { ids: `${id},999999` })).toEqual({
        code: 200,
        message: '操作成功',
        data: 1,
      });
      expect(await postForm('/permission/delete', { ids: String(id) })).toMatchObject({
        code: 500,
      });
      expect(await postForm('/permission/delete', { ids: 'a' })).toMatchObject({
        code: 404,
        message: 'ids must be a list of integers',
      });
    });
  });

  describe('/memberLevel', () => {
    it('lists the levels with the given default status', async () => {
      const defaults = await get<Array<{ id: number; name: string }>>('/memberLevel/list', {
        defaultStatus: 1,
      });
      expect(defaults.data).toEqual([
        expect.objectContaining({
          id: 4,
          name: '普通会员',
          defaultStatus: 1,
          freeFreightPoint: 299,
        }),
      ]);
      const others = await get<Array<{ id: number }>>('/memberLevel/list', { defaultStatus: 0 });
      expect(others.data.map((l) => l.id)).toEqual([1, 2, 3]);
      expect(await get('/memberLevel/list')).toMatchObject({
        code: 404,
        message: 'defaultStatus is required',
      });
    });
  });
});
