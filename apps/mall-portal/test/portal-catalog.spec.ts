import { publishProductChanged, RabbitConnection } from '@mall/messaging';
import { CmsSubject, PmsBrand, PmsProduct, SmsCoupon, SmsHomeAdvertise } from '@mall/db';
import { REDIS } from '@mall/redis';
import { HOME_CONTENT_KEY, invalidateHomeContent, productDetailKey } from '@mall/shop';
import { createMallDatabase, startTestService, type TestService } from '@mall/testing';
import type { ScratchDatabase } from '@mall/testing';
import { connect } from 'amqplib';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { HomeQueries } from '../src/home/home-queries';
import { serviceDefinition } from '../src/service';

interface Envelope<T = unknown> {
  code: number;
  message: string;
  /** Absent when the service answered success(null) (NON_NULL). */
  data: T;
}
type Row = Record<string, unknown>;
interface Page {
  pageNum: number;
  pageSize: number;
  totalPage: number;
  total: number;
  list: Row[];
}

const RABBIT_URL = process.env['RABBITMQ_URL'] ?? 'amqp://guest:guest@127.0.0.1:5672';

let db: ScratchDatabase;
let svc: TestService;
let redis: Redis;
let dataSource: DataSource;
let changeExchange: string;
let changeQueue: string;

async function get<T = unknown>(path: string, query?: Record<string, string | number>) {
  const res = await svc.request<Envelope<T>>('GET', path, { query });
  expect(res.status).toBe(200);
  return res.body;
}

beforeAll(async () => {
  db = await createMallDatabase('portal_catalog');
  changeExchange = `${db.database}.product`;
  changeQueue = `${db.database}.product.changed`;
  svc = await startTestService(serviceDefinition, {
    database: db,
    env: {
      // Every key this service touches is under the scratch database's name.
      MALL__redis__keyPrefix: `'${db.database}:'`,
      MALL__app__productDetail__changeExchange: changeExchange,
      MALL__app__productDetail__changeQueue: changeQueue,
    },
  });
  redis = svc.started.app.get<Redis>(REDIS);
  dataSource = svc.started.app.get(DataSource);
}, 120_000);

afterAll(async () => {
  const keys = await redis?.keys(`${db.database}:*`);
  await svc?.close();
  if (keys && keys.length > 0) {
    const cleaner = redis.duplicate({ keyPrefix: '' });
    await cleaner.del(...keys);
    await cleaner.quit();
  }
  const conn = await connect(RABBIT_URL);
  const channel = await conn.createChannel();
  await channel.deleteQueue(changeQueue);
  await channel.deleteExchange(changeExchange);
  await conn.close();
  await db?.drop();
});

describe('NON_NULL answers', () => {
  it('leaves out null properties, including data of success(null)', async () => {
    const res = await svc.request('GET', '/brand/detail/999999');
    expect(res.text).toBe('{"code":200,"message":"操作成功"}');
  });

  it('leaves out null columns of rows', async () => {
    await dataSource.getRepository(PmsBrand).update({ id: 1 }, { bigPic: null });
    const body = await get<Row>('/brand/detail/1');
    expect(body.data).not.toHaveProperty('bigPic');
    expect(body.data).toHaveProperty('brandStory');
  });
});

describe('GET /home/content', () => {
  it('uses pageNum as OFFSET (default 4) and pageSize as LIMIT (default 1)', async () => {
    const body = await get<Row>('/home/content');
    const data = body.data as Record<string, Row[]> & { homeFlashPromotion: Row };
    // Home brands by sort desc: 华为 600, 小米 500, 苹果 400, NIKE 300, 美的 200 (offset 4).
    expect(data.brandList.map((b) => b.name)).toEqual(['美的']);
    expect(data.newProductList).toHaveLength(1);
    expect(data.hotProductList).toHaveLength(1);
    expect(data.subjectList).toHaveLength(1);
    expect(data.advertiseList.map((a) => a.id)).toEqual([1, 2, 3]);
  });

  it('reads other windows and returns the fields of the original queries', async () => {
    const body = await get<Record<string, Row[]>>('/home/content', { pageNum: 0, pageSize: 3 });
    const data = body.data;
    expect(data.brandList.map((b) => b.name)).toEqual(['华为', '小米', '苹果']);
    expect(data.brandList[0]).not.toHaveProperty('brandStory');
    expect(data.newProductList[0]).toHaveProperty('description');
    expect(data.newProductList[0]).not.toHaveProperty('detailHtml');
    expect(data.subjectList[0]).toHaveProperty('content');
  });

  it('shows the running flash session with its products and the next session', async () => {
    const body = await get<{ homeFlashPromotion: Row & { productList: Row[] } }>('/home/content');
    const flash = body.data.homeFlashPromotion;
    const start = new Date(flash.startTime as string);
    const end = new Date(flash.endTime as string);
    // TIME columns come back as that time of day on 1970-01-01 (local zone).
    expect(start.getFullYear()).toBe(1970);
    const now = new Date();
    const nowOfDay = now.getHours() * 3600 + now.getMinutes() * 60 + now.getSeconds();
    const startOfDay = start.getHours() * 3600 + start.getMinutes() * 60 + start.getSeconds();
    const endOfDay = end.getHours() * 3600 + end.getMinutes() * 60 + end.getSeconds();
    expect(startOfDay).toBeLessThanOrEqual(nowOfDay + 1);
    expect(endOfDay).toBeGreaterThanOrEqual(nowOfDay - 1);
    expect(flash.productList).toHaveLength(3);
    for (const product of flash.productList) {
      expect(product).toEqual(
        expect.objectContaining({
          id: expect.any(Number),
          name: expect.any(String),
          flashPromotionPrice: expect.any(Number),
          flashPromotionCount: expect.any(Number),
          flashPromotionLimit: expect.any(Number),
        }),
      );
    }
    if (start.getHours() < 20) expect(flash).toHaveProperty('nextStartTime');
    else expect(flash).not.toHaveProperty('nextStartTime');
  });

  it('answers an empty flash block when no promotion runs', async () => {
    await dataSource.query('UPDATE sms_flash_promotion SET status = 0');
    try {
      const body = await get<{ homeFlashPromotion: Row }>('/home/content');
      expect(body.data.homeFlashPromotion).toEqual({});
    } finally {
      await dataSource.query('UPDATE sms_flash_promotion SET status = 1');
    }
  });

  it('answers empty lists for LIMIT 0', async () => {
    const body = await get<Record<string, Row[]>>('/home/content', { pageNum: 0, pageSize: 0 });
    expect(body.data.brandList).toEqual([]);
    expect(body.data.newProductList).toEqual([]);
    expect(body.data.hotProductList).toEqual([]);
    expect(body.data.subjectList).toEqual([]);
  });

  it('rejects a negative offset', async () => {
    const body = await get('/home/content', { pageNum: -1 });
    expect(body.code).toBe(404);
    expect(body.message).toContain('pageNum');
  });
});

describe('GET /home/contentNew (Redis cache)', () => {
  it('caches HomeContent with a TTL and serves stale data until invalidated', async () => {
    await redis.del(HOME_CONTENT_KEY);
    const first = await get<Record<string, Row[]>>('/home/contentNew');
    expect(first.data.brandList).toHaveLength(6);
    expect(first.data.newProductList).toHaveLength(4);
    expect(first.data.hotProductList).toHaveLength(4);
    expect(first.data.subjectList).toHaveLength(4);
    const ttl = await redis.ttl(HOME_CONTENT_KEY);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(300);

    await dataSource.getRepository(SmsHomeAdvertise).update({ id: 1 }, { name: '新广告标题' });
    const cached = await get<Record<string, Row[]>>('/home/contentNew');
    expect(cached.data.advertiseList[0].name).toBe('Mate 60 Pro 限时优惠');

    await invalidateHomeContent(redis);
    const fresh = await get<Record<string, Row[]>>('/home/contentNew');
    expect(fresh.data.advertiseList[0].name).toBe('新广告标题');
  });

  it('rebuilds once for concurrent misses (single flight)', async () => {
    const queries = svc.started.app.get(HomeQueries);
    const spy = jest.spyOn(queries, 'advertiseList');
    try {
      await redis.del(HOME_CONTENT_KEY);
      const bodies = await Promise.all(
        Array.from({ length: 5 }, () => get<Record<string, Row[]>>('/home/contentNew')),
      );
      expect(spy).toHaveBeenCalledTimes(1);
      expect(new Set(bodies.map((b) => JSON.stringify(b.data))).size).toBe(1);
    } finally {
      spy.mockRestore();
    }
  });

  it('serves the same shape as /home/content', async () => {
    const [cached, direct] = await Promise.all([
      get<Row>('/home/contentNew'),
      get<Row>('/home/content', { pageNum: 0, pageSize: 6 }),
    ]);
    expect(Object.keys(cached.data).sort()).toEqual(Object.keys(direct.data).sort());
  });
});

describe('GET /home lists', () => {
  it('/home/ping answers the server time like Java Date.toString()', async () => {
    const body = await get<string>('/home/ping');
    expect(body.data).toMatch(/^[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{2}:\d{2}:\d{2} \S+ \d{4}$/);
  });

  it('/home/recommendProductList pages published products as a plain array', async () => {
    const first = await get<Row[]>('/home/recommendProductList');
    expect(first.data).toHaveLength(4);
    const second = await get<Row[]>('/home/recommendProductList', { pageNum: 2, pageSize: 4 });
    expect(second.data.map((p) => p.id)).toEqual([5, 6, 7, 8]);
    expect(second.data[0]).not.toHaveProperty('description');
  });

  it('/home/productCateList/:parentId lists shown sub-categories by sort', async () => {
    const roots = await get<Row[]>('/home/productCateList/0');
    expect(roots.data.length).toBeGreaterThan(0);
    expect(roots.data.every((c) => c.parentId === 0 && c.showStatus === 1)).toBe(true);
    const sorts = roots.data.map((c) => c.sort as number);
    expect([...sorts].sort((a, b) => b - a)).toEqual(sorts);
    const bad = await get('/home/productCateList/abc');
    expect(bad.code).toBe(404);
  });

  it('/home/subjectList filters by category and pages', async () => {
    const all = await get<Row[]>('/home/subjectList', { pageSize: 100 });
    expect(all.data.length).toBeGreaterThan(0);
    expect(all.data[0]).not.toHaveProperty('content');
    const categoryId = all.data[0].categoryId as number;
    const one = await get<Row[]>('/home/subjectList', { cateId: categoryId, pageSize: 100 });
    expect(one.data.every((s) => s.categoryId === categoryId)).toBe(true);
    const expected = await dataSource
      .getRepository(CmsSubject)
      .count({ where: { showStatus: 1, categoryId } });
    expect(one.data).toHaveLength(expected);
  });

  it('/home/hotProductList and /home/newProductList page by sort desc', async () => {
    const hot = await get<Row[]>('/home/hotProductList', { pageNum: 1, pageSize: 2 });
    const hotNext = await get<Row[]>('/home/hotProductList', { pageNum: 2, pageSize: 2 });
    expect(hot.data).toHaveLength(2);
    expect(hotNext.data).toHaveLength(2);
    expect(hot.data[0].id).not.toBe(hotNext.data[0].id);
    const all = await get<Row[]>('/home/newProductList');
    expect(all.data).toHaveLength(6);
    expect(all.data.every((p) => p.publishStatus === 1)).toBe(true);
    expect((await get('/home/newProductList', { pageNum: 0 })).code).toBe(404);
  });
});

describe('GET /product/search', () => {
  it('defaults: pageNum 0 reads page 1 and is echoed, pageSize 5', async () => {
    const body = await get<Page>('/product/search');
    const total = await dataSource.getRepository(PmsProduct).count({ where: { deleteStatus: 0 } });
    expect(body.data).toMatchObject({ pageNum: 0, pageSize: 5, total });
    expect(body.data.totalPage).toBe(Math.ceil(total / 5));
    expect(body.data.list).toHaveLength(5);
    expect(body.data.list[0]).not.toHaveProperty('description');
  });

  it('filters by keyword, brand and category; deleted products are hidden, unpublished shown', async () => {
    await dataSource.getRepository(PmsProduct).update({ id: 2 }, { publishStatus: 0 });
    await dataSource.getRepository(PmsProduct).update({ id: 6 }, { deleteStatus: 1 });
    try {
      const huawei = await get<Page>('/product/search', { brandId: 1, pageSize: 100 });
      const ids = huawei.data.list.map((p) => p.id);
      expect(ids).toContain(2);
      expect(ids).not.toContain(6);
      expect(huawei.data.list.every((p) => p.brandId === 1)).toBe(true);

      const phones = await get<Page>('/product/search', { productCategoryId: 11, pageSize: 100 });
      expect(phones.data.list.every((p) => p.productCategoryId === 11)).toBe(true);

      const byName = await get<Page>('/product/search', { keyword: 'Mate', pageSize: 100 });
      expect(byName.data.list.every((p) => String(p.name).includes('Mate'))).toBe(true);
      expect(byName.data.total).toBeGreaterThan(0);

      const wildcard = await get<Page>('/product/search', { keyword: '%' });
      expect(wildcard.data.total).toBe(0);
    } finally {
      await dataSource.getRepository(PmsProduct).update({ id: 2 }, { publishStatus: 1 });
      await dataSource.getRepository(PmsProduct).update({ id: 6 }, { deleteStatus: 0 });
    }
  });

  it.each([
    [1, (a: Row, b: Row) => (b.id as number) - (a.id as number)],
    [2, (a: Row, b: Row) => (b.sale as number) - (a.sale as number)],
    [3, (a: Row, b: Row) => (a.price as number) - (b.price as number)],
    [4, (a: Row, b: Row) => (b.price as number) - (a.price as number)],
  ])('sort=%i orders the list', async (sort, compare) => {
    const body = await get<Page>('/product/search', { sort, pageNum: 1, pageSize: 100 });
    const list = body.data.list;
    expect(list.length).toBeGreaterThan(1);
    for (let i = 1; i < list.length; i++)
      expect(compare(list[i - 1], list[i])).toBeLessThanOrEqual(0);
  });

  it('rejects bad parameters with the validation code', async () => {
    expect((await get('/product/search', { brandId: 'x' })).code).toBe(404);
    expect((await get('/product/search', { pageSize: 0 })).code).toBe(404);
  });
});

describe('GET /product/categoryTreeList', () => {
  it('nests every category under its parent, roots first', async () => {
    const body = await get<(Row & { children: Row[] })[]>('/product/categoryTreeList');
    const total = await dataSource.query('SELECT COUNT(*) AS n FROM pms_product_category');
    const count = (nodes: (Row & { children: Row[] })[]): number =>
      nodes.reduce((n, node) => n + 1 + count(node.children as (Row & { children: Row[] })[]), 0);
    expect(count(body.data)).toBe(Number(total[0].n));
    for (const root of body.data) {
      expect(root.parentId).toBe(0);
      expect(root).not.toHaveProperty('description');
      for (const child of root.children) {
        expect(child.parentId).toBe(root.id);
        expect(child.children).toEqual([]);
      }
    }
  });
});

describe('GET /product/detail/:id', () => {
  beforeEach(async () => {
    await redis.del(...[1, 3, 4, 5, 2].map(productDetailKey));
  });

  it('aggregates product, brand, attributes, SKUs and coupons', async () => {
    const body = await get<Record<string, Row & Row[]>>('/product/detail/1');
    const data = body.data;
    expect(data.product).toMatchObject({ id: 1, promotionType: 1 });
    expect(data.product).toHaveProperty('description');
    expect(data.brand).toMatchObject({ id: 1, name: '华为' });
    expect(data.brand).toHaveProperty('brandStory');
    expect(data.productAttributeList.length).toBeGreaterThan(0);
    expect(data.productAttributeValueList.every((v: Row) => v.productId === 1)).toBe(true);
    expect(data.skuStockList.map((s: Row) => s.id)).toEqual([101, 102, 103, 104]);
    expect(data).not.toHaveProperty('productLadderList');
    expect(data).not.toHaveProperty('productFullReductionList');
    // Product 1 is a phone (category 11): all-product coupons 1, 2 and the phone coupon 3.
    expect(data.couponList.map((c: Row) => c.id)).toEqual([1, 2, 3]);
  });

  it('adds ladders for type 3, full reductions for type 4 and member prices for type 2', async () => {
    const ladder = await get<Record<string, Row[]>>('/product/detail/3');
    expect(ladder.data.productLadderList.map((l) => l.id)).toEqual([31, 32]);
    // Product 3 has a product coupon (7) besides the general and phone ones.
    expect(ladder.data.couponList.map((c) => c.id)).toEqual([1, 2, 3, 7]);
    const full = await get<Record<string, Row[]>>('/product/detail/4');
    expect(full.data.productFullReductionList.map((r) => r.fullPrice)).toEqual([1000, 2000]);
    const member = await get<Record<string, Row[]>>('/product/detail/5');
    expect(member.data.memberPriceList).toHaveLength(3);
  });

  it('lists only coupons whose validity window contains now', async () => {
    await dataSource.getRepository(SmsCoupon).update({ id: 2 }, { endTime: new Date(2025, 0, 2) });
    try {
      const body = await get<{ couponList: Row[] }>('/product/detail/1');
      expect(body.data.couponList.map((c) => c.id)).toEqual([1, 3]);
    } finally {
      await dataSource
        .getRepository(SmsCoupon)
        .update({ id: 2 }, { endTime: new Date(2030, 11, 31, 23, 59, 59) });
    }
  });

  it('answers code 500 for an unknown product and 404 for a bad id', async () => {
    const missing = await get('/product/detail/999999');
    expect(missing).toEqual({ code: 500, message: '商品不存在' });
    expect((await get('/product/detail/abc')).code).toBe(404);
  });

  it('caches the page and evicts it on mall.product.changed', async () => {
    await get('/product/detail/2');
    expect(await redis.exists(productDetailKey(2))).toBe(1);
    await dataSource.getRepository(PmsProduct).update({ id: 2 }, { name: '改名后的商品' });
    const stale = await get<{ product: Row }>('/product/detail/2');
    expect(stale.data.product.name).not.toBe('改名后的商品');

    await redis.set(HOME_CONTENT_KEY, '{}');
    const rabbit = svc.started.app.get(RabbitConnection);
    await publishProductChanged(rabbit, [2], 'upsert', changeExchange);
    // The listener consumes asynchronously: wait for the eviction it performs.
    for (let i = 0; i < 100 && (await redis.exists(productDetailKey(2))) === 1; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await redis.exists(productDetailKey(2))).toBe(0);
    expect(await redis.exists(HOME_CONTENT_KEY)).toBe(0);
    const fresh = await get<{ product: Row }>('/product/detail/2');
    expect(fresh.data.product.name).toBe('改名后的商品');
  });
});

describe('/brand', () => {
  it('GET /brand/recommendList pages recommended, shown brands by home sort', async () => {
    const first = await get<Row[]>('/brand/recommendList', { pageSize: 4 });
    expect(first.data.map((b) => b.name)).toEqual(['华为', '小米', '苹果', 'NIKE']);
    const second = await get<Row[]>('/brand/recommendList', { pageSize: 4, pageNum: 2 });
    expect(second.data.map((b) => b.name)).toEqual(['美的', '海澜之家']);
  });

  it('GET /brand/detail/:brandId reads every column', async () => {
    const body = await get<Row>('/brand/detail/2');
    expect(body.data).toMatchObject({ id: 2, name: '小米' });
    expect((await get('/brand/detail/x')).code).toBe(404);
  });

  it('GET /brand/productList pages the brand products; brandId is required', async () => {
    const body = await get<Page>('/brand/productList', { brandId: 1, pageSize: 2 });
    const total = await dataSource
      .getRepository(PmsProduct)
      .count({ where: { brandId: 1, deleteStatus: 0 } });
    expect(body.data).toMatchObject({ pageNum: 1, pageSize: 2, total });
    expect(body.data.list.every((p) => p.brandId === 1)).toBe(true);
    const missing = await get('/brand/productList');
    expect(missing.code).toBe(404);
    expect(missing.message).toContain('brandId');
  });
});
