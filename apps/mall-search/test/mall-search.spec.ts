import {
  publishProductChanged,
  RabbitConnection,
  PRODUCT_CHANGED_ROUTING_KEY,
} from '@mall/messaging';
import {
  createMallDatabase,
  type ScratchDatabase,
  startTestService,
  type TestService,
} from '@mall/testing';
import { connect } from 'amqplib';
import { DataSource } from 'typeorm';
import { serviceDefinition } from '../src/service';

/**
 * mall-search in-process on the embedded index over a seeded scratch database (23 listed
 * products): every endpoint, the start-up import, and catalog change events through RabbitMQ.
 */
interface Envelope<T = unknown> {
  code: number;
  message: string;
  data: T;
}
interface Product {
  id: number;
  name: string;
  subTitle: string;
  keywords: string;
  brandId: number;
  productCategoryId: number;
  sale: number;
  price: number;
  attrValueList: Array<{ type: number; name: string }>;
}
interface Page {
  pageNum: number;
  pageSize: number;
  totalPage: number;
  total: number;
  list: Product[];
}
interface RelatedInfo {
  brandNames: string[];
  productCategoryNames: string[];
  productAttrs: Array<{ attrId: number; attrName: string | null; attrValues: string[] }>;
}

const RABBIT_URL = process.env['RABBITMQ_URL'] ?? 'amqp://guest:guest@127.0.0.1:5672';
const SEEDED_LISTED = 23;

let db: ScratchDatabase;
let svc: TestService;
let dataSource: DataSource;
let names: { exchange: string; queue: string; dlx: string; dlq: string };

async function get<T>(path: string, query?: Record<string, string | number>) {
  const res = await svc.request<Envelope<T>>('GET', path, { query });
  expect(res.status).toBe(200);
  return res.body;
}

async function post<T>(path: string, options: Parameters<TestService['request']>[2] = {}) {
  const res = await svc.request<Envelope<T>>('POST', path, options);
  expect(res.status).toBe(200);
  return res.body;
}

async function searchIds(query: Record<string, string | number>): Promise<number[]> {
  const body = await get<Page>('/esProduct/search', { pageSize: 100, ...query });
  expect(body.code).toBe(200);
  return body.data.list.map((p) => p.id);
}

/** Polls until `check` holds: for effects of background work (start-up import, events). */
async function eventually(what: string, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function listedCount(where: string, params: unknown[] = []): Promise<number> {
  const [row] = await dataSource.query(
    `SELECT COUNT(*) AS n FROM pms_product WHERE delete_status = 0 AND publish_status = 1 AND ${where}`,
    params,
  );
  return Number(row.n);
}

beforeAll(async () => {
  db = await createMallDatabase('search_service');
  names = {
    exchange: `${db.database}.product`,
    queue: `${db.database}.search-sync`,
    dlx: `${db.database}.search-dlx`,
    dlq: `${db.database}.search-sync.dead`,
  };
  svc = await startTestService(serviceDefinition, {
    database: db,
    env: {
      MALL__app__search__engine: 'embedded',
      MALL__app__productSync__exchange: names.exchange,
      MALL__app__productSync__queue: names.queue,
      MALL__app__productSync__deadLetterExchange: names.dlx,
      MALL__app__productSync__deadLetterQueue: names.dlq,
      MALL__app__productSync__maxRetries: '1',
    },
  });
  dataSource = svc.started.app.get(DataSource);
}, 120_000);

afterAll(async () => {
  await svc?.close();
  if (names) {
    const conn = await connect(RABBIT_URL);
    const channel = await conn.createChannel();
    await channel.deleteQueue(names.queue);
    await channel.deleteQueue(names.dlq);
    await channel.deleteExchange(names.exchange);
    await channel.deleteExchange(names.dlx);
    await conn.close();
  }
  await db?.drop();
});

describe('start-up', () => {
  it('imports the listed catalog into an empty index in the background', async () => {
    await eventually('the catalog is imported', async () => {
      const body = await get<Page>('/esProduct/search/simple', { pageSize: 1 });
      return body.data.total === SEEDED_LISTED;
    });
  }, 30_000);
});

describe('GET /esProduct/search/simple', () => {
  it('pages from 0 with 5 per page by default', async () => {
    const body = await get<Page>('/esProduct/search/simple');
    expect(body).toMatchObject({ code: 200, message: '操作成功' });
    expect(body.data).toMatchObject({ pageNum: 0, pageSize: 5, totalPage: 5, total: 23 });
    expect(body.data.list.map((p) => p.id)).toEqual([1, 2, 3, 4, 5]);
    const last = await get<Page>('/esProduct/search/simple', { pageNum: 4 });
    expect(last.data.list.map((p) => p.id)).toEqual([21, 22, 23]);
  });

  it('answers documents with the original fields, in order', async () => {
    const body = await get<Page>('/esProduct/search/simple', { keyword: 'Mate 60', pageSize: 1 });
    expect(body.data.total).toBe(1);
    const [product] = body.data.list;
    expect(Object.keys(product)).toEqual([
      'id',
      'productSn',
      'brandId',
      'brandName',
      'productCategoryId',
      'productCategoryName',
      'pic',
      'name',
      'subTitle',
      'keywords',
      'price',
      'sale',
      'newStatus',
      'recommandStatus',
      'stock',
      'promotionType',
      'sort',
      'attrValueList',
    ]);
    expect(product).toMatchObject({ id: 1, brandName: '华为', price: 6499 });
    expect(product.attrValueList).toHaveLength(6);
  });

  it('answers an empty page, not an error, when nothing matches', async () => {
    const body = await get<Page>('/esProduct/search/simple', { keyword: '不存在的商品zzz' });
    expect(body).toEqual({
      code: 200,
      message: '操作成功',
      data: { pageNum: 0, pageSize: 5, totalPage: 0, total: 0, list: [] },
    });
  });
});

describe('GET /esProduct/search', () => {
  it('ranks keyword matches and pages them', async () => {
    const body = await get<Page>('/esProduct/search', { keyword: '手机' });
    expect(body.data).toMatchObject({ pageNum: 0, pageSize: 5, total: 7, totalPage: 2 });
    // Every phone carries 手机 in its keywords only (weight 2): ties in id order.
    expect(body.data.list.map((p) => p.id)).toEqual([1, 2, 3, 4, 5]);
  });

  it('sorts by newest, sales and price', async () => {
    expect(await searchIds({ keyword: '手机', sort: 1 })).toEqual([7, 6, 5, 4, 3, 2, 1]);
    expect(await searchIds({ keyword: '手机', sort: 2 })).toEqual([4, 5, 3, 6, 1, 2, 7]);
    expect(await searchIds({ keyword: '手机', sort: 3 })).toEqual([4, 7, 2, 3, 5, 1, 6]);
    expect(await searchIds({ keyword: '手机', sort: 4 })).toEqual([6, 1, 5, 3, 2, 7, 4]);
  });

  it('filters by brand and category', async () => {
    const huawei = await get<Page>('/esProduct/search', { brandId: 1, pageSize: 100 });
    expect(huawei.data.total).toBe(await listedCount('brand_id = 1'));
    expect(huawei.data.list.every((p) => p.brandId === 1)).toBe(true);
    expect(await searchIds({ brandId: 3, productCategoryId: 11 })).toEqual([5, 6]);
    expect(await searchIds({ keyword: '华为', productCategoryId: 31 })).toEqual([18]);
  });

  it('refuses invalid paging with a validation failure', async () => {
    const invalid: Array<Record<string, number>> = [
      { pageNum: -1 },
      { pageSize: 0 },
      { pageNum: 5000, pageSize: 5 },
    ];
    for (const query of invalid) {
      const body = await get<null>('/esProduct/search', query);
      expect(body.code).toBe(404);
    }
    expect((await get<null>('/esProduct/search', { brandId: 'abc' })).code).toBe(404);
  });
});

describe('GET /esProduct/recommend/{id}', () => {
  it('recommends similar products without the product itself', async () => {
    const body = await get<Page>('/esProduct/recommend/1', { pageSize: 100 });
    expect(body.code).toBe(200);
    const ids = body.data.list.map((p) => p.id);
    expect(ids).not.toContain(1);
    // Same brand and category (5 + 3 + name words) first: the other Huawei phone.
    expect(ids[0]).toBe(2);
    expect(body.data.total).toBe(ids.length);
    // Everything else shares the brand, the category or a word of 华为 HUAWEI Mate 60 Pro.
    const nameWord = /华为|huawei|mate|60|pro/i;
    for (const p of body.data.list) {
      const related =
        p.brandId === 1 ||
        p.productCategoryId === 11 ||
        nameWord.test(`${p.name} ${p.subTitle} ${p.keywords}`);
      expect([p.id, related]).toEqual([p.id, true]);
    }
  });

  it('answers an empty page for an unknown product', async () => {
    const body = await get<Page>('/esProduct/recommend/999999');
    expect(body.data).toEqual({ pageNum: 0, pageSize: 5, totalPage: 0, total: 0, list: [] });
  });
});

describe('GET /esProduct/search/relate', () => {
  it('aggregates the brands, categories and param attributes of the matches', async () => {
    const body = await get<RelatedInfo>('/esProduct/search/relate', { keyword: '手机' });
    expect(body.data.brandNames).toEqual(['华为', '小米', '苹果', 'OPPO']);
    expect(body.data.productCategoryNames).toEqual(['手机']);
    const attrNames = body.data.productAttrs.map((a) => a.attrName);
    expect(attrNames).toEqual(expect.arrayContaining(['屏幕尺寸', '网络制式', '操作系统']));
    expect(attrNames).not.toContain('颜色');
    const network = body.data.productAttrs.find((a) => a.attrName === '网络制式');
    expect(network?.attrValues[0]).toBe('5G全网通');
  });

  it('covers the whole index without a keyword', async () => {
    const body = await get<RelatedInfo>('/esProduct/search/relate');
    expect(body.data.brandNames).toHaveLength(8);
    expect(body.data.productCategoryNames).toHaveLength(10);
  });
});

describe('index maintenance endpoints', () => {
  it('create/{id} indexes a listed product and refuses an unlisted one', async () => {
    await dataSource.query('UPDATE pms_product SET name = ? WHERE id = 20', [
      '美的 静音王 空调挂机',
    ]);
    const created = await post<Product>('/esProduct/create/20');
    expect(created.code).toBe(200);
    expect(created.data).toMatchObject({ id: 20, name: '美的 静音王 空调挂机' });
    const simple = await get<Page>('/esProduct/search/simple', { keyword: '静音王' });
    expect(simple.data.list.map((p) => p.id)).toEqual([20]);

    await dataSource.query('UPDATE pms_product SET publish_status = 0 WHERE id = 21');
    expect(await post('/esProduct/create/21')).toEqual({
      code: 500,
      message: '操作失败',
      data: null,
    });
    expect((await post('/esProduct/create/abc')).code).toBe(404);
  });

  it('delete/{id} and delete/batch remove documents; unknown ids are fine', async () => {
    expect(await get('/esProduct/delete/12')).toEqual({
      code: 200,
      message: '操作成功',
      data: null,
    });
    expect(await get('/esProduct/delete/999999')).toMatchObject({ code: 200 });
    expect((await post('/esProduct/delete/batch', { query: { ids: '13,14' } })).code).toBe(200);
    const form = await post('/esProduct/delete/batch', { body: { ids: '15' }, form: true });
    expect(form.code).toBe(200);
    expect(await searchIds({ productCategoryId: 21 })).toEqual([]);
    expect(await searchIds({ productCategoryId: 22 })).toEqual([]);
    expect((await post('/esProduct/delete/batch', { query: { ids: '' } })).code).toBe(200);
    expect((await post('/esProduct/delete/batch')).code).toBe(404);
    expect((await post('/esProduct/delete/batch', { query: { ids: '1,x' } })).code).toBe(404);
  });

  it('importAll re-imports the listed catalog and drops unlisted products', async () => {
    const body = await post<number>('/esProduct/importAll');
    expect(body).toEqual({ code: 200, message: '操作成功', data: SEEDED_LISTED - 1 });
    expect(await searchIds({ productCategoryId: 21 })).toEqual([12, 13]);
    expect(await searchIds({ brandId: 8 })).toEqual([20]);
  });
});

describe('catalog change events', () => {
  let rabbit: RabbitConnection;

  beforeAll(() => {
    rabbit = svc.started.app.get(RabbitConnection);
  });

  it('reflects edits, new products, unpublishing and deletion', async () => {
    await dataSource.query('UPDATE pms_product SET name = ? WHERE id = 16', [
      'NIKE 飞马 缓震 跑步鞋',
    ]);
    await dataSource.query('UPDATE pms_product SET publish_status = 0 WHERE id = 17');
    await dataSource.query('UPDATE pms_product SET delete_status = 1 WHERE id = 18');
    await dataSource.query(
      `INSERT INTO pms_product (id, brand_id, brand_name, product_category_id, product_category_name,
         name, product_sn, delete_status, publish_status, price, sale, keywords, sub_title)
       VALUES (900, 2, '小米', 11, '手机', '小米 缓震 手机壳', 'GEN-900', 0, 1, 29.9, 0, '小米,配件', '防摔')`,
    );
    // A late or replayed delete of a product that is listed (again) does not remove it.
    await publishProductChanged(rabbit, [19], 'delete', names.exchange);
    await publishProductChanged(rabbit, [18], 'delete', names.exchange);
    // Applied in order (prefetch 1): once 900 is searchable, the deletes were applied too.
    await publishProductChanged(rabbit, [16, 17, 900], 'upsert', names.exchange);

    await eventually('the events are applied', async () => {
      const ids = await searchIds({ keyword: '缓震' });
      return ids.length === 2 && !(await searchIds({ productCategoryId: 31 })).includes(18);
    });
    expect(await searchIds({ keyword: '缓震', sort: 1 })).toEqual([900, 16]);
    expect(await searchIds({ productCategoryId: 31 })).toEqual([]);
    expect(await searchIds({ productCategoryId: 32 })).toEqual([19, 20]);
    const [added] = (await get<Page>('/esProduct/search', { keyword: '手机壳' })).data.list;
    expect(added).toMatchObject({ id: 900, price: 29.9, attrValueList: [] });
  }, 30_000);

  it('dead-letters a malformed event after its retries', async () => {
    await rabbit.publish(names.exchange, PRODUCT_CHANGED_ROUTING_KEY, { ids: 'all', action: 'x' });
    const conn = await connect(RABBIT_URL);
    try {
      const channel = await conn.createChannel();
      await eventually('the malformed event reaches the DLQ', async () => {
        return (await channel.checkQueue(names.dlq)).messageCount === 1;
      });
    } finally {
      await conn.close();
    }
  }, 30_000);
});
