import {
  adminClaims,
  createMallDatabase,
  ScratchDatabase,
  startTestService,
  TestService,
} from '@mall/testing';
import { CmsModule } from '../src/cms/cms.module';
import { serviceDefinition } from '../src/service';

/** `/prefrenceArea/listAll`, `/subject/listAll` and `/subject/list` on the seeded catalog. */
describe('mall-admin CMS', () => {
  let db: ScratchDatabase;
  let svc: TestService;
  const admin = adminClaims(2, 'productAdmin', ['1_商品管理员']);

  type Envelope<T = unknown> = { code: number; message: string; data: T };
  interface Subject {
    id: number;
    title: string;
    content: string | null;
    categoryName: string | null;
  }
  const get = <T = unknown>(path: string, query?: Record<string, string | number>) =>
    svc.request<Envelope<T>>('GET', path, { user: admin, query }).then((r) => r.body);

  beforeAll(async () => {
    db = await createMallDatabase('admin_cms');
    // The real bootstrap and configuration, with only the module under test.
    svc = await startTestService(
      { ...serviceDefinition, appModule: CmsModule, uses: { mysql: true } },
      { database: db },
    );
  }, 90_000);

  afterAll(async () => {
    await svc?.close();
    await db?.drop();
  });

  it('lists every preferred zone, without the binary picture', async () => {
    const body = await get<Array<Record<string, unknown>>>('/prefrenceArea/listAll');
    expect(body.code).toBe(200);
    expect(body.data.map((a) => a.id)).toEqual([1, 2, 3, 4]);
    expect(body.data[0]).toEqual({
      id: 1,
      name: '数码尖货',
      subTitle: '旗舰手机与智能设备',
      sort: 40,
      showStatus: 1,
      pic: null,
    });
  });

  it('lists every subject without its content', async () => {
    const body = await get<Subject[]>('/subject/listAll');
    expect(body.data.map((s) => s.id)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(body.data.every((s) => s.content === null)).toBe(true);
    expect(body.data[0]).toMatchObject({
      title: '旗舰手机焕新季',
      categoryId: 1,
      categoryName: '数码专题',
      readCount: 3600,
      createTime: expect.stringMatching(/^2025-01-01T/),
    });
  });

  it('pages subjects with the defaults and filters by title keyword', async () => {
    const first = await get<{ list: Subject[] }>('/subject/list');
    expect(first.data).toMatchObject({ pageNum: 1, pageSize: 5, totalPage: 2, total: 6 });
    expect(first.data.list.map((s) => s.id)).toEqual([1, 2, 3, 4, 5]);
    const second = await get<{ list: Subject[] }>('/subject/list', { pageNum: 2 });
    expect(second.data.list.map((s) => s.id)).toEqual([6]);
    const beyond = await get<{ list: Subject[] }>('/subject/list', { pageNum: 9 });
    expect(beyond.data).toMatchObject({ pageNum: 9, total: 6, list: [] });

    const keyword = await get<{ list: Subject[] }>('/subject/list', { keyword: '一夏' });
    expect(keyword.data.list.map((s) => s.title)).toEqual(['清凉一夏空调节']);
    expect(keyword.data.list[0].content).toBeNull();
    const none = await get<{ total: number }>('/subject/list', { keyword: '%' });
    expect(none.data.total).toBe(0);
  });

  it('validates paging parameters', async () => {
    expect(await get('/subject/list', { pageSize: 'x' })).toMatchObject({
      code: 404,
      message: expect.stringMatching(/^pageSize/),
    });
  });
});
