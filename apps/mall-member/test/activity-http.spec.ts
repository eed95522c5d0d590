import type { CommonPage } from '@mall/common';
import { MongoClient } from 'mongodb';
import {
  MEMBER_ACTIVITY_STORE,
  type BrandAttentionRecord,
  type MemberActivityStore,
  type ProductActivityRecord,
} from '../src/member/activity/member-activity.store';
import {
  demoMember,
  startMemberFeatures,
  testMember,
  unknownMember,
  type MemberFeaturesHarness,
} from './member-features.fixtures';

type Json<T> = { [K in keyof T]: T[K] extends Date | null ? string | null : T[K] };

const all = { skip: 0, take: 100 };
const ok = (data: unknown) => ({ code: 200, message: '操作成功', data });
const failed = { code: 500, message: '操作失败', data: null };

/*
 * The endpoints of read history, product collection and brand attention against the store the
 * service picked (MySQL here; MongoDB when MONGODB_URL is set). Storage effects are checked
 * through that store. Seed catalogue: product 5 = Apple iPhone 15 (5999.00), brand 1 = 华为.
 */
describe('mall-member member activity endpoints', () => {
  let h: MemberFeaturesHarness;
  let store: MemberActivityStore;
  let unpublishedProductId: number;

  // With MONGODB_URL set the service writes to MongoDB: a database of this suite's own.
  const mongoDatabase = `mall_t_member_activity_http_${process.pid}`;

  beforeAll(async () => {
    h = await startMemberFeatures('member_activity', {
      MALL__app__mongodb__database: mongoDatabase,
    });
    store = h.service.started.app.get<MemberActivityStore>(MEMBER_ACTIVITY_STORE);
    unpublishedProductId = 23;
    await h.sql.query('UPDATE pms_product SET publish_status = 0 WHERE id = ?', [
      unpublishedProductId,
    ]);
  }, 120_000);

  afterAll(async () => {
    await h?.close();
    const mongoUrl = process.env['MONGODB_URL'];
    if (mongoUrl) {
      const client = new MongoClient(mongoUrl, { serverSelectionTimeoutMS: 5000 });
      try {
        await client.db(mongoDatabase).dropDatabase();
      } finally {
        await client.close();
      }
    }
  });

  describe('/member/readHistory', () => {
    it('records a view with the product as the catalogue has it and lists it', async () => {
      const created = await h.call('POST', '/member/readHistory/create', demoMember, {
        body: { productId: 5, productName: '伪造的名字', productPrice: '0.01', memberId: 2 },
      });
      expect(created).toEqual(ok(1));

      const list = await h.call<CommonPage<Json<ProductActivityRecord>>>(
        'GET',
        '/member/readHistory/list',
        demoMember,
      );
      expect(list.code).toBe(200);
      expect(list.data).toEqual({
        pageNum: 0,
        pageSize: 5,
        totalPage: 1,
        total: 1,
        list: [
          {
            id: expect.any(String),
            memberId: 1,
            memberNickname: '演示会员',
            memberIcon: 'https://picsum.photos/seed/mall-member-1/100/100',
            productId: 5,
            productName: 'Apple iPhone 15',
            productPic: expect.any(String),
            productSubTitle: '灵动岛 4800万像素主摄 USB-C',
            productPrice: '5999.00',
            createTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
          },
        ],
      });
    });

    it('pages newest first with a 0-based pageNum in the answer', async () => {
      for (const productId of [1, 2, 3, 4, 6, 7]) {
        await h.call('POST', '/member/readHistory/create', demoMember, { body: { productId } });
      }
      const page = await h.call<CommonPage<Json<ProductActivityRecord>>>(
        'GET',
        '/member/readHistory/list',
        demoMember,
        { query: { pageNum: 2, pageSize: 3 } },
      );
      expect(page.data).toMatchObject({ pageNum: 1, pageSize: 3, totalPage: 3, total: 7 });
      const stored = (await store.readHistory.page(1, all)).list;
      expect(page.data.list.map((r) => r.id)).toEqual(stored.slice(3, 6).map((r) => r.id));
      expect(
        (await h.call('GET', '/member/readHistory/list', demoMember, { query: { pageNum: 0 } }))
          .code,
      ).toBe(404);
    });

    it('refuses unknown or unpublished products and writes nothing', async () => {
      const before = (await store.readHistory.page(2, all)).total;
      for (const productId of [99_999, unpublishedProductId]) {
        expect(
          await h.call('POST', '/member/readHistory/create', testMember, { body: { productId } }),
        ).toEqual({ code: 500, message: '商品不存在或已下架', data: null });
      }
      const missing = await h.call('POST', '/member/readHistory/create', testMember, { body: {} });
      expect(missing.code).toBe(404);
      expect(missing.message).toContain('productId');
      expect((await store.readHistory.page(2, all)).total).toBe(before);
    });

    it('deletes only the caller’s records and answers the number of ids given', async () => {
      await h.call('POST', '/member/readHistory/create', testMember, { body: { productId: 5 } });
      const [foreign] = (await store.readHistory.page(2, all)).list;
      const own = (await store.readHistory.page(1, all)).list;

      const res = await h.call('POST', '/member/readHistory/delete', demoMember, {
        query: { ids: `${own[0].id},${foreign.id}` },
      });
      expect(res).toEqual(ok(2));
      expect((await store.readHistory.page(1, all)).total).toBe(own.length - 1);
      expect((await store.readHistory.page(2, all)).list.map((r) => r.id)).toContain(foreign.id);

      // The form-encoded body works like the query string (Spring's request parameters).
      const form = await h.call('POST', '/member/readHistory/delete', demoMember, {
        body: { ids: own[1].id },
        form: true,
      });
      expect(form).toEqual(ok(1));
      expect((await store.readHistory.page(1, all)).total).toBe(own.length - 2);

      const noIds = await h.call('POST', '/member/readHistory/delete', demoMember);
      expect(noIds.code).toBe(404);
      expect(noIds.message).toContain('ids');
    });

    it('clears only the caller’s history', async () => {
      expect(await h.call('POST', '/member/readHistory/clear', demoMember)).toEqual(ok(null));
      expect((await store.readHistory.page(1, all)).total).toBe(0);
      expect((await store.readHistory.page(2, all)).total).toBe(1);
      const list = await h.call<CommonPage<unknown>>('GET', '/member/readHistory/list', demoMember);
      expect(list.data).toEqual({ pageNum: 0, pageSize: 5, totalPage: 0, total: 0, list: [] });
    });
  });

  describe('/member/productCollection', () => {
    it('adds a product once; a second add fails and adds nothing', async () => {
      expect(
        await h.call('POST', '/member/productCollection/add', demoMember, {
          body: { productId: 5, productName: '伪造' },
        }),
      ).toEqual(ok(1));
      expect(
        await h.call('POST', '/member/productCollection/add', demoMember, {
          body: { productId: 5 },
        }),
      ).toEqual(failed);
      const stored = await store.productCollection.page(1, all);
      expect(stored.total).toBe(1);
      expect(stored.list[0]).toMatchObject({ productId: 5, productName: 'Apple iPhone 15' });
      // Unlike the original, createTime is set.
      expect(stored.list[0].createTime).toBeInstanceOf(Date);
    });

    it('shows the detail of a collected product, null otherwise', async () => {
      const detail = await h.call<Json<ProductActivityRecord>>(
        'GET',
        '/member/productCollection/detail',
        demoMember,
        { query: { productId: 5 } },
      );
      expect(detail.data).toMatchObject({ memberId: 1, productId: 5, productPrice: '5999.00' });
      expect(
        await h.call('GET', '/member/productCollection/detail', demoMember, {
          query: { productId: 6 },
        }),
      ).toEqual(ok(null));
      // Another member does not see it.
      expect(
        await h.call('GET', '/member/productCollection/detail', testMember, {
          query: { productId: 5 },
        }),
      ).toEqual(ok(null));
      expect((await h.call('GET', '/member/productCollection/detail', demoMember)).code).toBe(404);
      expect(
        (
          await h.call('GET', '/member/productCollection/detail', demoMember, {
            query: { productId: 'x' },
          })
        ).code,
      ).toBe(404);
    });

    it('lists the collection as a page', async () => {
      await h.call('POST', '/member/productCollection/add', demoMember, { body: { productId: 6 } });
      const page = await h.call<CommonPage<Json<ProductActivityRecord>>>(
        'GET',
        '/member/productCollection/list',
        demoMember,
        { query: { pageNum: 1, pageSize: 1 } },
      );
      expect(page.data).toMatchObject({ pageNum: 0, pageSize: 1, totalPage: 2, total: 2 });
      expect(page.data.list).toHaveLength(1);
    });

    it('refuses unknown and unpublished products', async () => {
      for (const productId of [99_999, unpublishedProductId]) {
        expect(
          (
            await h.call('POST', '/member/productCollection/add', testMember, {
              body: { productId },
            })
          ).message,
        ).toBe('商品不存在或已下架');
      }
      expect((await store.productCollection.page(2, all)).total).toBe(0);
    });

    it('deletes by product for the caller only; without a product it fails', async () => {
      await h.call('POST', '/member/productCollection/add', testMember, { body: { productId: 5 } });
      expect(
        await h.call('POST', '/member/productCollection/delete', demoMember, {
          query: { productId: 5 },
        }),
      ).toEqual(ok(1));
      expect(
        await h.call('POST', '/member/productCollection/delete', demoMember, {
          body: { productId: '5' },
          form: true,
        }),
      ).toEqual(failed);
      expect(await h.call('POST', '/member/productCollection/delete', demoMember)).toEqual(failed);
      expect(await store.productCollection.find(2, 5)).not.toBeNull();
      expect(await store.productCollection.find(1, 6)).not.toBeNull();
    });

    it('clears the caller’s collection only', async () => {
      expect(await h.call('POST', '/member/productCollection/clear', demoMember)).toEqual(ok(null));
      expect((await store.productCollection.page(1, all)).total).toBe(0);
      expect((await store.productCollection.page(2, all)).total).toBe(1);
    });
  });

  describe('/member/attention', () => {
    it('follows a brand once, with the brand as the catalogue has it', async () => {
      expect(
        await h.call('POST', '/member/attention/add', demoMember, {
          body: { brandId: 1, brandName: '伪造', brandCity: '深圳' },
        }),
      ).toEqual(ok(1));
      expect(
        await h.call('POST', '/member/attention/add', demoMember, { body: { brandId: 1 } }),
      ).toEqual(failed);
      const detail = await h.call<Json<BrandAttentionRecord>>(
        'GET',
        '/member/attention/detail',
        demoMember,
        { query: { brandId: 1 } },
      );
      expect(detail.data).toEqual({
        id: expect.any(String),
        memberId: 1,
        memberNickname: '演示会员',
        memberIcon: 'https://picsum.photos/seed/mall-member-1/100/100',
        brandId: 1,
        brandName: '华为',
        brandLogo: expect.any(String),
        brandCity: '深圳',
        createTime: expect.any(String),
      });
    });

    it('refuses unknown brands and invalid bodies', async () => {
      expect(
        await h.call('POST', '/member/attention/add', testMember, { body: { brandId: 99_999 } }),
      ).toEqual({ code: 500, message: '品牌不存在', data: null });
      expect(
        (await h.call('POST', '/member/attention/add', testMember, { body: { brandId: 'x' } }))
          .code,
      ).toBe(404);
      expect((await store.brandAttention.page(2, all)).total).toBe(0);
    });

    it('lists, unfollows and clears for the caller only', async () => {
      await h.call('POST', '/member/attention/add', demoMember, { body: { brandId: 2 } });
      await h.call('POST', '/member/attention/add', demoMember, { body: { brandId: 3 } });
      await h.call('POST', '/member/attention/add', testMember, { body: { brandId: 2 } });

      const page = await h.call<CommonPage<Json<BrandAttentionRecord>>>(
        'GET',
        '/member/attention/list',
        demoMember,
      );
      expect(page.data).toMatchObject({ pageNum: 0, pageSize: 5, totalPage: 1, total: 3 });

      expect(
        await h.call('POST', '/member/attention/delete', demoMember, { query: { brandId: 2 } }),
      ).toEqual(ok(1));
      expect(
        await h.call('POST', '/member/attention/delete', demoMember, { query: { brandId: 2 } }),
      ).toEqual(failed);
      expect(await h.call('POST', '/member/attention/delete', demoMember)).toEqual(failed);
      expect(await store.brandAttention.find(2, 2)).not.toBeNull();
      expect(
        await h.call('GET', '/member/attention/detail', demoMember, { query: { brandId: 2 } }),
      ).toEqual(ok(null));
      expect((await h.call('GET', '/member/attention/detail', demoMember)).code).toBe(404);

      expect(await h.call('POST', '/member/attention/clear', demoMember)).toEqual(ok(null));
      expect((await store.brandAttention.page(1, all)).total).toBe(0);
      expect((await store.brandAttention.page(2, all)).total).toBe(1);
    });
  });

  it('answers 401 without a member or for a deleted member, writing nothing', async () => {
    const paths: ['GET' | 'POST', string][] = [
      ['POST', '/member/readHistory/create'],
      ['GET', '/member/readHistory/list'],
      ['POST', '/member/productCollection/add'],
      ['POST', '/member/productCollection/clear'],
      ['GET', '/member/attention/list'],
      ['POST', '/member/attention/add'],
    ];
    for (const [method, path] of paths) {
      expect([path, (await h.call(method, path, null)).code]).toEqual([path, 401]);
    }
    const ghost = await h.call('POST', '/member/readHistory/create', unknownMember, {
      body: { productId: 5 },
    });
    expect(ghost.code).toBe(401);
    expect((await store.readHistory.page(unknownMember.id, all)).total).toBe(0);
  });
});
