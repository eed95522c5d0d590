import {
  SmsCoupon,
  SmsCouponHistory,
  SmsCouponProductCategoryRelation,
  SmsCouponProductRelation,
} from '@mall/db';
import {
  adminClaims,
  createMallDatabase,
  startTestService,
  type ScratchDatabase,
  type TestService,
} from '@mall/testing';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
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

type CouponDetail = SmsCoupon & {
  productRelationList: SmsCouponProductRelation[];
  productCategoryRelationList: SmsCouponProductCategoryRelation[];
};

const baseCoupon = {
  type: 0,
  name: '测试券_满300减20',
  platform: 0,
  amount: 20,
  perLimit: 1,
  minPoint: '300',
  startTime: '2030-01-01T00:00:00.000Z',
  endTime: 1924905600000,
  note: 'test',
  publishCount: 500,
  enableTime: '2030-01-01T00:00:00.000Z',
  code: 'T300M20',
  memberLevel: 0,
};

describe('mall-admin /coupon and /couponHistory', () => {
  let db: ScratchDatabase;
  let svc: TestService;
  let ds: DataSource;

  const call = async <T = unknown>(
    method: 'GET' | 'POST',
    path: string,
    options: { query?: Record<string, string | number>; body?: unknown } = {},
  ): Promise<Envelope<T>> => {
    const res = await svc.request<Envelope<T>>(method, path, { ...options, user: admin });
    expect(res.status).toBe(200);
    return res.body;
  };

  const couponByName = (name: string) => ds.getRepository(SmsCoupon).findOneByOrFail({ name });
  const productScope = (couponId: number) =>
    ds.getRepository(SmsCouponProductRelation).find({ where: { couponId }, order: { id: 'ASC' } });
  const categoryScope = (couponId: number) =>
    ds
      .getRepository(SmsCouponProductCategoryRelation)
      .find({ where: { couponId }, order: { id: 'ASC' } });

  beforeAll(async () => {
    db = await createMallDatabase('sms_coupon');
    // Redis keys the service writes (e.g. the RBAC map at start-up) stay under this suite's prefix.
    svc = await startTestService(serviceDefinition, {
      database: db,
      env: { MALL__redis__keyPrefix: `'${db.database}:'` },
    });
    ds = svc.started.app.get(DataSource);
  });

  afterAll(async () => {
    await svc?.close();
    if (db) {
      const redis = new Redis({ host: process.env['REDIS_HOST'] ?? '127.0.0.1', port: 6379 });
      const keys = await redis.keys(`${db.database}:*`);
      if (keys.length > 0) await redis.del(...keys);
      await redis.quit();
    }
    await db?.drop();
  });

  it('creates a product coupon with its products; counters start from the publish count', async () => {
    const res = await call('POST', '/coupon/create', {
      body: {
        ...baseCoupon,
        id: 999,
        useCount: 7,
        useType: 2,
        productRelationList: [
          { productId: 5, productName: 'Apple iPhone 15', productSn: '1000005' },
          { productId: 3, productName: '小米 Xiaomi 14', productSn: '1000003' },
        ],
        productCategoryRelationList: [{ productCategoryId: 11, productCategoryName: '手机' }],
      },
    });
    expect(res).toMatchObject({ code: 200, data: 1 });
    const coupon = await couponByName('测试券_满300减20');
    expect(coupon.id).not.toBe(999);
    expect(coupon).toMatchObject({
      useType: 2,
      count: 500,
      publishCount: 500,
      useCount: 0,
      receiveCount: 0,
      minPoint: 300,
      amount: 20,
      startTime: new Date('2030-01-01T00:00:00.000Z'),
      endTime: new Date(1924905600000),
    });
    expect((await productScope(coupon.id)).map((r) => r.productId)).toEqual([5, 3]);
    // Only the scope of the use type is stored.
    expect(await categoryScope(coupon.id)).toEqual([]);

    const detail = await call<CouponDetail>('GET', `/coupon/${coupon.id}`);
    expect(detail.data).toMatchObject({ id: coupon.id, name: '测试券_满300减20', useType: 2 });
    expect(detail.data.productRelationList).toEqual([
      expect.objectContaining({
        productId: 5,
        productName: 'Apple iPhone 15',
        productSn: '1000005',
        couponId: null,
      }),
      expect.objectContaining({ productId: 3, couponId: null }),
    ]);
    expect(detail.data.productCategoryRelationList).toEqual([]);
  });

  it('creates a category coupon with its categories', async () => {
    const res = await call('POST', '/coupon/create', {
      body: {
        ...baseCoupon,
        name: '测试券_分类',
        useType: 1,
        productCategoryRelationList: [
          { productCategoryId: 21, productCategoryName: 'T恤', parentCategoryName: '服装鞋靴' },
        ],
      },
    });
    expect(res.code).toBe(200);
    const coupon = await couponByName('测试券_分类');
    expect(await categoryScope(coupon.id)).toEqual([
      expect.objectContaining({
        productCategoryId: 21,
        productCategoryName: 'T恤',
        parentCategoryName: '服装鞋靴',
      }),
    ]);
  });

  it('refuses a missing use type or an empty scope, writing nothing', async () => {
    const before = await ds.getRepository(SmsCoupon).count();
    const noUseType = await call('POST', '/coupon/create', { body: { ...baseCoupon, name: 'x1' } });
    expect(noUseType.code).toBe(404);
    expect(noUseType.message).toContain('useType');
    const emptyProducts = await call('POST', '/coupon/create', {
      body: { ...baseCoupon, name: 'x2', useType: 2, productRelationList: [] },
    });
    expect(emptyProducts.code).toBe(404);
    const noCategories = await call('POST', '/coupon/create', {
      body: { ...baseCoupon, name: 'x3', useType: 1 },
    });
    expect(noCategories.code).toBe(404);
    const badProduct = await call('POST', '/coupon/create', {
      body: {
        ...baseCoupon,
        name: 'x4',
        useType: 2,
        productRelationList: [{ productName: 'no id' }],
      },
    });
    expect(badProduct.code).toBe(404);
    expect(badProduct.message).toContain('productId');
    expect(
      (
        await call('POST', '/coupon/create', {
          body: { ...baseCoupon, name: 'x5', useType: 0, amount: 'ten' },
        })
      ).code,
    ).toBe(404);
    expect(await ds.getRepository(SmsCoupon).count()).toBe(before);
  });

  it('updates every column and replaces the scope, dropping the other kind when the use type changes', async () => {
    // Seed coupon 7 applies to products 3 and 4.
    const res = await call('POST', '/coupon/update/7', {
      body: {
        ...baseCoupon,
        name: '小米分类券',
        useType: 1,
        count: 100,
        useCount: 1,
        receiveCount: 2,
        productCategoryRelationList: [
          { productCategoryId: 11, productCategoryName: '手机', parentCategoryName: '手机数码' },
        ],
      },
    });
    expect(res).toMatchObject({ code: 200, data: 1 });
    expect(await ds.getRepository(SmsCoupon).findOneByOrFail({ id: 7 })).toMatchObject({
      name: '小米分类券',
      useType: 1,
      count: 100,
      useCount: 1,
      receiveCount: 2,
      code: 'T300M20',
    });
    expect(await productScope(7)).toEqual([]);
    expect((await categoryScope(7)).map((r) => r.productCategoryId)).toEqual([11]);

    // Omitted columns are written as NULL, as the original's update did.
    await call('POST', '/coupon/update/7', { body: { name: '只有名字', useType: 0 } });
    expect(await ds.getRepository(SmsCoupon).findOneByOrFail({ id: 7 })).toMatchObject({
      name: '只有名字',
      amount: null,
      code: null,
      useType: 0,
    });
    expect(await categoryScope(7)).toEqual([]);
  });

  it('fails to update an unknown coupon without creating a scope', async () => {
    const res = await call('POST', '/coupon/update/99999', {
      body: { ...baseCoupon, useType: 2, productRelationList: [{ productId: 1 }] },
    });
    expect(res).toMatchObject({ code: 500, data: null });
    expect(await productScope(99999)).toEqual([]);
  });

  it('deletes a coupon with its scope but keeps members’ histories', async () => {
    await ds
      .getRepository(SmsCouponHistory)
      .insert({ couponId: 8, memberId: 1, getType: 1, useStatus: 0, createTime: new Date() });
    expect(await call('POST', '/coupon/delete/8')).toMatchObject({ code: 200, data: 1 });
    expect(await ds.getRepository(SmsCoupon).countBy({ id: 8 })).toBe(0);
    expect(await productScope(8)).toEqual([]);
    expect(await ds.getRepository(SmsCouponHistory).countBy({ couponId: 8 })).toBe(1);
    expect(await call('POST', '/coupon/delete/8')).toMatchObject({ code: 500 });
    expect(await call('GET', '/coupon/8')).toMatchObject({ code: 200, data: null });
  });

  it('lists coupons by name and type, paged', async () => {
    const all = await call<Page<SmsCoupon>>('GET', '/coupon/list');
    expect(all.data).toMatchObject({ pageNum: 1, pageSize: 5 });
    expect(all.data.list).toHaveLength(5);
    const byType = await call<Page<SmsCoupon>>('GET', '/coupon/list', { query: { type: 1 } });
    expect(byType.data.list.map((c) => c.id)).toEqual([5]);
    const byName = await call<Page<SmsCoupon>>('GET', '/coupon/list', {
      query: { name: '满1000', pageSize: 10 },
    });
    expect(byName.data.list.map((c) => c.name)).toEqual(['全场满1000减50']);
    const wildcard = await call<Page<SmsCoupon>>('GET', '/coupon/list', { query: { name: '%' } });
    expect(wildcard.data.total).toBe(0);
  });

  it('lists coupon histories by coupon, use status and order number', async () => {
    await ds.getRepository(SmsCouponHistory).insert([
      {
        couponId: 2,
        memberId: 1,
        getType: 1,
        useStatus: 1,
        orderSn: 'SN-A',
        createTime: new Date(),
      },
      { couponId: 2, memberId: 2, getType: 1, useStatus: 0, createTime: new Date() },
      {
        couponId: 1,
        memberId: 2,
        getType: 0,
        useStatus: 1,
        orderSn: 'SN-B',
        createTime: new Date(),
      },
    ]);
    const byCoupon = await call<Page<SmsCouponHistory>>('GET', '/couponHistory/list', {
      query: { couponId: 2 },
    });
    expect(byCoupon.data.total).toBe(2);
    const used = await call<Page<SmsCouponHistory>>('GET', '/couponHistory/list', {
      query: { couponId: 2, useStatus: 1 },
    });
    expect(used.data.list.map((h) => h.orderSn)).toEqual(['SN-A']);
    const bySn = await call<Page<SmsCouponHistory>>('GET', '/couponHistory/list', {
      query: { orderSn: 'SN-B' },
    });
    expect(bySn.data.list).toEqual([
      expect.objectContaining({ couponId: 1, memberId: 2, useStatus: 1 }),
    ]);
    expect((await call('GET', '/couponHistory/list', { query: { couponId: 'x' } })).code).toBe(404);
  });
});
