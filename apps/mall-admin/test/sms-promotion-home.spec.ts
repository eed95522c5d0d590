import {
  SmsFlashPromotion,
  SmsFlashPromotionProductRelation,
  SmsFlashPromotionSession,
  SmsHomeAdvertise,
  SmsHomeBrand,
  SmsHomeNewProduct,
  SmsHomeRecommendProduct,
  SmsHomeRecommendSubject,
} from '@mall/db';
import { HOME_CONTENT_KEY } from '@mall/shop';
import {
  adminClaims,
  createMallDatabase,
  startTestService,
  type ScratchDatabase,
  type TestService,
} from '@mall/testing';
import Redis from 'ioredis';
import { DataSource, In, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { serviceDefinition } from '../src/service';

jest.setTimeout(60_000);

const admin = adminClaims(1, 'admin', ['5_超级管理员']);

interface Envelope<T = unknown> {
  code: number;
  message: string;
  data: T;
}

interface Page<T> {
  pageNum: number;
  pageSize: number;
  total: number;
  list: T[];
}

/** Local wall-clock instants, as the API answers DATE and TIME columns. */
const localDay = (y: number, m: number, d: number) => new Date(y, m - 1, d).toISOString();
const timeOfDay = (h: number, min: number, s: number) =>
  new Date(1970, 0, 1, h, min, s).toISOString();

describe('mall-admin flash promotions and home content', () => {
  let db: ScratchDatabase;
  let svc: TestService;
  let ds: DataSource;
  let redis: Redis;

  const call = async <T = unknown>(
    method: 'GET' | 'POST',
    path: string,
    options: { query?: Record<string, string | number>; body?: unknown } = {},
  ): Promise<Envelope<T>> => {
    const res = await svc.request<Envelope<T>>(method, path, { ...options, user: admin });
    expect(res.status).toBe(200);
    return res.body;
  };

  /** Runs a write with the home page cached and tells whether the write dropped the cache. */
  const homeCacheDroppedBy = async (write: () => Promise<Envelope>): Promise<boolean> => {
    await redis.set(HOME_CONTENT_KEY, '{"cached":true}');
    const res = await write();
    expect(res.code).toBe(200);
    return (await redis.exists(HOME_CONTENT_KEY)) === 0;
  };

  const repo = <T extends ObjectLiteral>(entity: EntityTarget<T>) => ds.getRepository(entity);

  beforeAll(async () => {
    db = await createMallDatabase('sms_promo_home');
    // A key prefix of its own keeps this suite's home-page key apart from other suites'.
    const keyPrefix = `${db.database}:`;
    svc = await startTestService(serviceDefinition, {
      database: db,
      env: { MALL__redis__keyPrefix: `'${keyPrefix}'` },
    });
    ds = svc.started.app.get(DataSource);
    redis = new Redis({ host: process.env['REDIS_HOST'] ?? '127.0.0.1', port: 6379, keyPrefix });
  });

  afterAll(async () => {
    if (redis) {
      // Everything the service wrote under this suite's prefix (home page, RBAC map, …).
      const keys = await redis.keys(`${db.database}:*`);
      // KEYS answers full names; DEL would add the prefix again, so strip it.
      if (keys.length > 0) await redis.del(...keys.map((k) => k.slice(db.database.length + 1)));
      await redis.quit();
    }
    await svc?.close();
    await db?.drop();
  });

  describe('/flash', () => {
    it('creates with dates from text or a date picker, answers them as local midnights', async () => {
      const dropped = await homeCacheDroppedBy(() =>
        call('POST', '/flash/create', {
          body: {
            title: '测试_周末秒杀',
            startDate: '2030-07-01',
            endDate: new Date(2030, 6, 31).getTime(),
            status: 0,
          },
        }),
      );
      expect(dropped).toBe(true);
      const row = await repo(SmsFlashPromotion).findOneByOrFail({ title: '测试_周末秒杀' });
      expect(row).toMatchObject({ startDate: '2030-07-01', endDate: '2030-07-31', status: 0 });
      expect(row.createTime).toBeInstanceOf(Date);

      const item = await call<Record<string, unknown>>('GET', `/flash/${row.id}`);
      expect(item.data).toMatchObject({
        id: row.id,
        startDate: localDay(2030, 7, 1),
        endDate: localDay(2030, 7, 31),
      });

      const list = await call<Page<{ id: number }>>('GET', '/flash/list', {
        query: { keyword: '周末' },
      });
      expect(list.data.list.map((p) => p.id)).toEqual([row.id]);
      expect((await call<Page<unknown>>('GET', '/flash/list')).data.total).toBe(2);
    });

    it('updates every column, switches status and deletes', async () => {
      const { id } = await repo(SmsFlashPromotion).findOneByOrFail({ title: '测试_周末秒杀' });
      expect(
        await homeCacheDroppedBy(() =>
          call('POST', `/flash/update/${id}`, {
            body: { title: '测试_改名', startDate: '2030-08-01' },
          }),
        ),
      ).toBe(true);
      expect(await repo(SmsFlashPromotion).findOneByOrFail({ id })).toMatchObject({
        title: '测试_改名',
        startDate: '2030-08-01',
        endDate: null,
        status: null,
        createTime: null,
      });
      expect(
        await homeCacheDroppedBy(() =>
          call('POST', `/flash/update/status/${id}`, { query: { status: 1 } }),
        ),
      ).toBe(true);
      expect((await repo(SmsFlashPromotion).findOneByOrFail({ id })).status).toBe(1);
      expect((await call('POST', `/flash/update/status/${id}`)).code).toBe(404);
      expect(
        (await call('POST', `/flash/update/${id}`, { body: { startDate: 'someday' } })).code,
      ).toBe(404);
      expect(await homeCacheDroppedBy(() => call('POST', `/flash/delete/${id}`))).toBe(true);
      expect(await call('POST', `/flash/delete/${id}`)).toMatchObject({ code: 500 });
      expect(await call('GET', `/flash/${id}`)).toMatchObject({ code: 200, data: null });
    });
  });

  describe('/flashSession', () => {
    it('lists sessions with times as 1970-01-01 instants and product counts per promotion', async () => {
      const list = await call<Array<{ id: number; startTime: string; endTime: string }>>(
        'GET',
        '/flashSession/list',
      );
      expect(list.data).toHaveLength(8);
      expect(list.data[1]).toMatchObject({
        id: 2,
        name: '08:00场',
        startTime: timeOfDay(8, 0, 0),
        endTime: timeOfDay(9, 59, 59),
      });

      await repo(SmsFlashPromotionSession).update({ id: 8 }, { status: 0 });
      const select = await call<Array<{ id: number; productCount: number }>>(
        'GET',
        '/flashSession/selectList',
        {
          query: { flashPromotionId: 1 },
        },
      );
      expect(select.data.map((s) => [s.id, s.productCount])).toEqual([
        [1, 3],
        [2, 3],
        [3, 3],
        [4, 3],
        [5, 3],
        [6, 3],
        [7, 3],
      ]);
      const otherPromotion = await call<Array<{ productCount: number }>>(
        'GET',
        '/flashSession/selectList',
        {
          query: { flashPromotionId: 99 },
        },
      );
      expect(otherPromotion.data.every((s) => s.productCount === 0)).toBe(true);
      expect((await call('GET', '/flashSession/selectList')).code).toBe(404);
    });

    it('creates, updates, switches and deletes sessions', async () => {
      const pickerEnd = new Date(2024, 4, 5, 22, 30, 0).toISOString();
      expect(
        await homeCacheDroppedBy(() =>
          call('POST', '/flashSession/create', {
            body: { name: '测试_夜场', startTime: '21:00', endTime: pickerEnd, status: 1 },
          }),
        ),
      ).toBe(true);
      const row = await repo(SmsFlashPromotionSession).findOneByOrFail({ name: '测试_夜场' });
      expect(row).toMatchObject({ startTime: '21:00:00', endTime: '22:30:00', status: 1 });
      expect(
        (await call<{ startTime: string }>('GET', `/flashSession/${row.id}`)).data.startTime,
      ).toBe(timeOfDay(21, 0, 0));

      expect(
        await homeCacheDroppedBy(() =>
          call('POST', `/flashSession/update/${row.id}`, {
            body: { name: '测试_夜场2', startTime: '21:30:00', endTime: '23:00:00' },
          }),
        ),
      ).toBe(true);
      expect(await repo(SmsFlashPromotionSession).findOneByOrFail({ id: row.id })).toMatchObject({
        name: '测试_夜场2',
        startTime: '21:30:00',
        status: null,
        createTime: null,
      });
      expect(
        (await call('POST', `/flashSession/update/${row.id}`, { body: { startTime: '25:00' } }))
          .code,
      ).toBe(404);
      expect(
        await homeCacheDroppedBy(() =>
          call('POST', `/flashSession/update/status/${row.id}`, { query: { status: 0 } }),
        ),
      ).toBe(true);
      expect(await homeCacheDroppedBy(() => call('POST', `/flashSession/delete/${row.id}`))).toBe(
        true,
      );
      expect(await call('GET', `/flashSession/${row.id}`)).toMatchObject({ code: 200, data: null });
    });
  });

  describe('/flashProductRelation', () => {
    it('adds products to a session and lists them by sort with product info', async () => {
      const added = await call('POST', '/flashProductRelation/create', {
        body: [
          {
            flashPromotionId: 1,
            flashPromotionSessionId: 1,
            productId: 1,
            flashPromotionPrice: 5000,
            flashPromotionCount: 10,
            flashPromotionLimit: 1,
            sort: 25,
          },
          {
            flashPromotionId: 1,
            flashPromotionSessionId: 1,
            productId: 999,
            flashPromotionPrice: 1,
            flashPromotionCount: 1,
            flashPromotionLimit: 1,
            sort: 0,
          },
        ],
      });
      expect(added).toMatchObject({ code: 200, data: 2 });

      const page = await call<
        Page<Record<string, unknown> & { product: Record<string, unknown> | null }>
      >('GET', '/flashProductRelation/list', {
        query: { flashPromotionId: 1, flashPromotionSessionId: 1, pageSize: 10 },
      });
      expect(page.data.total).toBe(5);
      expect(page.data.list.map((r) => r['sort'])).toEqual([30, 25, 20, 10, 0]);
      const mine = page.data.list[1];
      expect(mine).toMatchObject({ productId: 1, flashPromotionPrice: 5000 });
      expect(mine.product).toMatchObject({
        id: 1,
        productSn: '1000001',
        brandId: null,
        description: null,
      });
      expect(typeof mine.product?.['price']).toBe('number');
      expect(page.data.list[4].product).toBeNull();

      expect(
        (await call('GET', '/flashProductRelation/list', { query: { flashPromotionId: 1 } })).code,
      ).toBe(404);
      expect(await call('POST', '/flashProductRelation/create', { body: [] })).toMatchObject({
        code: 500,
      });
      expect(
        (await call('POST', '/flashProductRelation/create', { body: [{ productId: 'x' }] })).code,
      ).toBe(404);
    });

    it('reads, updates every column and deletes a relation', async () => {
      expect(
        (await call<{ productId: number }>('GET', '/flashProductRelation/11')).data,
      ).toMatchObject({ id: 11, productId: 12, sort: 30 });
      expect(
        await homeCacheDroppedBy(() =>
          call('POST', '/flashProductRelation/update/11', {
            body: {
              flashPromotionId: 1,
              flashPromotionSessionId: 1,
              productId: 12,
              flashPromotionPrice: '45.5',
            },
          }),
        ),
      ).toBe(true);
      expect(
        await repo(SmsFlashPromotionProductRelation).findOneByOrFail({ id: 11 }),
      ).toMatchObject({
        flashPromotionPrice: 45.5,
        flashPromotionCount: null,
        sort: null,
      });
      expect(await homeCacheDroppedBy(() => call('POST', '/flashProductRelation/delete/11'))).toBe(
        true,
      );
      expect(await call('GET', '/flashProductRelation/11')).toMatchObject({
        code: 200,
        data: null,
      });
      expect(await call('POST', '/flashProductRelation/delete/11')).toMatchObject({ code: 500 });
    });
  });

  describe('/home/advertise', () => {
    it('creates with counters at zero and the body’s sort (absent → NULL)', async () => {
      expect(
        await homeCacheDroppedBy(() =>
          call('POST', '/home/advertise/create', {
            body: {
              name: '测试_新品广告',
              type: 1,
              pic: 'p.png',
              startTime: '2030-01-01T00:00:00.000Z',
              endTime: new Date(2030, 5, 30, 18, 0, 0).toISOString(),
              status: 1,
              clickCount: 50,
              url: '/x',
            },
          }),
        ),
      ).toBe(true);
      const row = await repo(SmsHomeAdvertise).findOneByOrFail({ name: '测试_新品广告' });
      expect(row).toMatchObject({ type: 1, clickCount: 0, orderCount: 0, sort: null, status: 1 });
    });

    it('lists by name, type and end day, highest sort first', async () => {
      const byType = await call<Page<SmsHomeAdvertise>>('GET', '/home/advertise/list', {
        query: { type: 1, pageSize: 10 },
      });
      expect(byType.data.list.map((a) => a.sort)).toEqual([100, 90, 80, null]);
      const byDay = await call<Page<SmsHomeAdvertise>>('GET', '/home/advertise/list', {
        query: { endTime: '2030-06-30' },
      });
      expect(byDay.data.list.map((a) => a.name)).toEqual(['测试_新品广告']);
      const badDay = await call<Page<SmsHomeAdvertise>>('GET', '/home/advertise/list', {
        query: { endTime: 'June', name: '测试_' },
      });
      expect(badDay.data.total).toBe(1);
    });

    it('updates the given fields only, switches status and deletes', async () => {
      const { id } = await repo(SmsHomeAdvertise).findOneByOrFail({ name: '测试_新品广告' });
      expect(
        await homeCacheDroppedBy(() =>
          call('POST', `/home/advertise/update/${id}`, { body: { sort: 5, note: '更新' } }),
        ),
      ).toBe(true);
      expect(await repo(SmsHomeAdvertise).findOneByOrFail({ id })).toMatchObject({
        sort: 5,
        note: '更新',
        pic: 'p.png',
        type: 1,
      });
      expect((await call('POST', `/home/advertise/update/${id}`, { body: {} })).code).toBe(404);
      expect(
        await homeCacheDroppedBy(() =>
          call('POST', `/home/advertise/update/status/${id}`, { query: { status: 0 } }),
        ),
      ).toBe(true);
      expect((await call<SmsHomeAdvertise>('GET', `/home/advertise/${id}`)).data).toMatchObject({
        id,
        status: 0,
      });
      expect(
        await homeCacheDroppedBy(() =>
          call('POST', '/home/advertise/delete', { query: { ids: `${id},5` } }),
        ),
      ).toBe(true);
      expect(await repo(SmsHomeAdvertise).countBy({ id: In([id, 5]) })).toBe(0);
      // Nothing changed, so the cached page stays.
      await redis.set(HOME_CONTENT_KEY, '{"cached":true}');
      expect(await call('POST', '/home/advertise/delete', { query: { ids: id } })).toMatchObject({
        code: 500,
      });
      expect(await redis.exists(HOME_CONTENT_KEY)).toBe(1);
    });
  });

  describe.each([
    {
      path: '/home/brand',
      entity: SmsHomeBrand as EntityTarget<ObjectLiteral>,
      ref: 'brandId',
      name: 'brandName',
      nameValue: '测试品牌',
      seeded: 8,
    },
    {
      path: '/home/newProduct',
      entity: SmsHomeNewProduct,
      ref: 'productId',
      name: 'productName',
      nameValue: '测试新品',
      seeded: 7,
    },
    {
      path: '/home/recommendProduct',
      entity: SmsHomeRecommendProduct,
      ref: 'productId',
      name: 'productName',
      nameValue: '测试人气',
      seeded: 7,
    },
    {
      path: '/home/recommendSubject',
      entity: SmsHomeRecommendSubject,
      ref: 'subjectId',
      name: 'subjectName',
      nameValue: '测试专题',
      seeded: 6,
    },
  ])('$path', ({ path, entity, ref, name, nameValue, seeded }) => {
    it('adds entries as recommended with sort 0, lists, re-sorts, switches and deletes', async () => {
      expect(
        await homeCacheDroppedBy(() =>
          call('POST', `${path}/create`, {
            body: [
              { [ref]: 1, [name]: `${nameValue}A`, recommendStatus: 0, sort: 99 },
              { [ref]: 2, [name]: `${nameValue}B` },
            ],
          }),
        ),
      ).toBe(true);
      const rows = await repo(entity).find({
        where: { [name]: In([`${nameValue}A`, `${nameValue}B`]) },
        order: { id: 'ASC' },
      });
      expect(rows.map((r) => [r[ref], r['recommendStatus'], r['sort']])).toEqual([
        [1, 1, 0],
        [2, 1, 0],
      ]);
      const [a, b] = rows.map((r) => r['id'] as number);

      const page = await call<Page<Record<string, unknown>>>('GET', `${path}/list`, {
        query: { [name]: nameValue },
      });
      expect(page.data).toMatchObject({ total: 2, pageSize: 5 });
      const all = await call<Page<Record<string, unknown>>>('GET', `${path}/list`, {
        query: { pageSize: 3 },
      });
      expect(all.data.total).toBe(seeded + 2);
      expect(all.data.list.map((r) => r['sort'])).toEqual([600, 500, 400]);

      expect(
        await homeCacheDroppedBy(() =>
          call('POST', `${path}/update/sort/${b}`, { query: { sort: 700 } }),
        ),
      ).toBe(true);
      const top = await call<Page<Record<string, unknown>>>('GET', `${path}/list`, {
        query: { pageSize: 1 },
      });
      expect(top.data.list[0]).toMatchObject({ id: b, sort: 700 });
      expect((await call('POST', `${path}/update/sort/${b}`)).code).toBe(404);

      expect(
        await homeCacheDroppedBy(() =>
          call('POST', `${path}/update/recommendStatus`, {
            query: { ids: `${a},${b}`, recommendStatus: 0 },
          }),
        ),
      ).toBe(true);
      const off = await call<Page<Record<string, unknown>>>('GET', `${path}/list`, {
        query: { [name]: nameValue, recommendStatus: 0 },
      });
      expect(off.data.total).toBe(2);

      expect(
        await homeCacheDroppedBy(() =>
          call('POST', `${path}/delete`, { query: { ids: `${a},${b}` } }),
        ),
      ).toBe(true);
      expect(await repo(entity).countBy({ id: In([a, b]) })).toBe(0);
      expect(await call('POST', `${path}/create`, { body: [] })).toMatchObject({ code: 500 });
      expect((await call('POST', `${path}/create`, { body: [{ [name]: 'no id' }] })).code).toBe(
        404,
      );
      expect((await call('POST', `${path}/delete`)).code).toBe(404);
    });
  });
});
