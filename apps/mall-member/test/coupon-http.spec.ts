import {
  demoMember,
  insertMembers,
  startMemberFeatures,
  testMember,
  unknownMember,
  type MemberFeaturesHarness,
} from './member-features.fixtures';

interface CouponJson {
  id: number;
  name: string;
  useType: number;
}

interface HistoryJson {
  id: number;
  couponId: number;
  memberId: number;
  couponCode: string;
  memberNickname: string | null;
  getType: number;
  useStatus: number;
}

interface HistoryDetailJson extends HistoryJson {
  coupon: { id: number; useType: number; minPoint: number; amount: number; endTime: string };
  productRelationList: { id: number; productId: number }[];
  categoryRelationList: { id: number; productCategoryId: number }[];
}

interface CouponRow {
  count: number;
  receive_count: number;
}

/*
 * Seeded coupons (sql/seed/40-sms-marketing.sql), valid 2025-01-01 – 2030-12-31:
 * 1 all products ≥1000 −50 (per_limit 5), 2 all products no threshold −10 (per_limit 1),
 * 3 category 手机 (11) ≥3000, 4 categories 21/22/23 ≥200, 5 categories 31/32/33 ≥2000,
 * 6 product 5 (iPhone 15) ≥5000, 7 products 3/4 ≥1000, 8 products 13/15/16 ≥500.
 */
describe('mall-member /member/coupon', () => {
  let h: MemberFeaturesHarness;

  beforeAll(async () => {
    h = await startMemberFeatures('member_coupon');
  }, 120_000);

  afterAll(async () => {
    await h?.close();
  });

  const couponRow = async (id: number) =>
    (await h.rows<CouponRow>('SELECT count, receive_count FROM sms_coupon WHERE id = ?', [id]))[0];
  const historiesOf = (memberId: number, couponId?: number) =>
    h.rows<{
      id: number;
      coupon_id: number;
      coupon_code: string;
      get_type: number;
      use_status: number;
      member_nickname: string;
    }>(
      `SELECT id, coupon_id, coupon_code, get_type, use_status, member_nickname FROM sms_coupon_history
        WHERE member_id = ? ${couponId === undefined ? '' : 'AND coupon_id = ?'} ORDER BY id`,
      couponId === undefined ? [memberId] : [memberId, couponId],
    );
  /** A coupon of its own for one test: all products, no threshold, claimable now. */
  async function insertCoupon(fields: Record<string, unknown>): Promise<number> {
    const row = {
      type: 0,
      name: '测试券',
      platform: 0,
      count: 100,
      amount: 5,
      per_limit: 1,
      min_point: 0,
      start_time: '2025-01-01 00:00:00',
      end_time: '2030-12-31 23:59:59',
      use_type: 0,
      publish_count: 100,
      use_count: 0,
      receive_count: 0,
      enable_time: '2025-01-01 00:00:00',
      member_level: 0,
      ...fields,
    };
    const columns = Object.keys(row);
    const [result] = await h.sql.query(
      `INSERT INTO sms_coupon (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      Object.values(row),
    );
    return (result as { insertId: number }).insertId;
  }

  describe('POST /member/coupon/add/:couponId', () => {
    it('claims a coupon: history row, 16-digit code, count and receive_count updated', async () => {
      const before = await couponRow(2);
      const res = await h.service.request('POST', '/member/coupon/add/2', { user: demoMember });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ code: 200, message: '领取成功', data: null });

      const [history] = await historiesOf(1, 2);
      expect(history).toMatchObject({ get_type: 1, use_status: 0, member_nickname: '演示会员' });
      expect(history.coupon_code).toMatch(/^\d{12}0001$/);
      expect(await couponRow(2)).toEqual({
        count: before.count - 1,
        receive_count: before.receive_count + 1,
      });
    });

    it('refuses a second claim beyond per_limit and changes nothing', async () => {
      const before = await couponRow(2);
      const res = await h.call('POST', '/member/coupon/add/2', demoMember);
      expect(res).toEqual({ code: 500, message: '您已经领取过该优惠券', data: null });
      expect(await historiesOf(1, 2)).toHaveLength(1);
      expect(await couponRow(2)).toEqual(before);
    });

    it('refuses unknown, sold-out, not-yet-claimable and expired coupons without writing', async () => {
      const soldOut = await insertCoupon({ count: 0 });
      const notYet = await insertCoupon({ enable_time: '2099-01-01 00:00:00' });
      const expired = await insertCoupon({ end_time: '2020-01-01 00:00:00' });
      const cases: [number, string][] = [
        [99_999, '优惠券不存在'],
        [soldOut, '优惠券已经领完了'],
        [notYet, '优惠券还没到领取时间'],
        [expired, '优惠券已过期'],
      ];
      for (const [id, message] of cases) {
        expect(await h.call('POST', `/member/coupon/add/${id}`, testMember)).toEqual({
          code: 500,
          message,
          data: null,
        });
      }
      expect(await historiesOf(2)).toEqual([]);
      expect(await couponRow(soldOut)).toEqual({ count: 0, receive_count: 0 });
    });

    it('checks the member level when the coupon names one', async () => {
      const goldOnly = await insertCoupon({ member_level: 1 });
      expect(await h.call('POST', `/member/coupon/add/${goldOnly}`, testMember)).toEqual({
        code: 500,
        message: '您的会员等级不能领取该优惠券',
        data: null,
      });
      // The demo member is on level 1.
      expect((await h.call('POST', `/member/coupon/add/${goldOnly}`, demoMember)).code).toBe(200);
    });

    it('never issues more than count under concurrent claims', async () => {
      const couponId = await insertCoupon({ count: 3, per_limit: 1 });
      const members = await insertMembers(h.sql, [8001, 8002, 8003, 8004, 8005, 8006, 8007, 8008]);
      const results = await Promise.all(
        members.map((m) => h.call('POST', `/member/coupon/add/${couponId}`, m)),
      );
      expect(results.filter((r) => r.code === 200)).toHaveLength(3);
      expect(results.filter((r) => r.message === '优惠券已经领完了')).toHaveLength(5);
      expect(await couponRow(couponId)).toEqual({ count: 0, receive_count: 3 });
      const [{ claims }] = await h.rows<{ claims: number }>(
        'SELECT COUNT(*) AS claims FROM sms_coupon_history WHERE coupon_id = ?',
        [couponId],
      );
      expect(Number(claims)).toBe(3);
    });

    it('never exceeds per_limit under concurrent claims by one member', async () => {
      const couponId = await insertCoupon({ count: 100, per_limit: 2 });
      const [member] = await insertMembers(h.sql, [8100]);
      const results = await Promise.all(
        Array.from({ length: 6 }, () => h.call('POST', `/member/coupon/add/${couponId}`, member)),
      );
      expect(results.filter((r) => r.code === 200)).toHaveLength(2);
      expect(results.filter((r) => r.message === '您已经领取过该优惠券')).toHaveLength(4);
      expect(await historiesOf(8100, couponId)).toHaveLength(2);
      expect(await couponRow(couponId)).toEqual({ count: 98, receive_count: 2 });
    });

    it('answers invalid ids and missing members with their envelopes', async () => {
      expect((await h.call('POST', '/member/coupon/add/abc', demoMember)).code).toBe(404);
      expect((await h.call('POST', '/member/coupon/add/1', null)).code).toBe(401);
      expect((await h.call('POST', '/member/coupon/add/1', unknownMember)).code).toBe(401);
      expect(await historiesOf(unknownMember.id)).toEqual([]);
    });
  });

  describe('listing', () => {
    let member: (typeof demoMember)[];
    let expiredCoupon: number;

    beforeAll(async () => {
      member = await insertMembers(h.sql, [8200]);
      expiredCoupon = await insertCoupon({ name: '过期券', end_time: '2020-01-01 00:00:00' });
      // Claims through the API: coupon 1 twice (per_limit 5) and coupon 6 once.
      for (const id of [1, 1, 6]) {
        expect((await h.call('POST', `/member/coupon/add/${id}`, member[0])).code).toBe(200);
      }
      // A used history of coupon 8 and an unused one of an expired coupon, granted by an admin.
      await h.sql.query(
        `INSERT INTO sms_coupon_history (coupon_id, member_id, coupon_code, get_type, create_time, use_status)
         VALUES (8, 8200, 'X1', 0, NOW(), 1), (?, 8200, 'X2', 0, NOW(), 0)`,
        [expiredCoupon],
      );
    });

    it('lists the member’s histories, optionally by use status', async () => {
      const all = await h.call<HistoryJson[]>('GET', '/member/coupon/listHistory', member[0]);
      expect(all.data.map((x) => [x.couponId, x.useStatus])).toEqual([
        [1, 0],
        [1, 0],
        [6, 0],
        [8, 1],
        [expiredCoupon, 0],
      ]);
      expect(all.data[0]).toMatchObject({ memberId: 8200, getType: 1, memberNickname: '会员8200' });
      const used = await h.call<HistoryJson[]>('GET', '/member/coupon/listHistory', member[0], {
        query: { useStatus: 1 },
      });
      expect(used.data.map((x) => x.couponId)).toEqual([8]);
      expect(
        (await h.call('GET', '/member/coupon/listHistory', member[0], { query: { useStatus: 7 } }))
          .code,
      ).toBe(404);
    });

    it('lists coupons by use status, one entry per history', async () => {
      const list = async (useStatus?: number) =>
        (
          await h.call<CouponJson[]>('GET', '/member/coupon/list', member[0], {
            query: useStatus === undefined ? {} : { useStatus },
          })
        ).data.map((c) => c.id);
      expect(await list()).toEqual([1, 1, 6, 8, expiredCoupon]);
      expect(await list(0)).toEqual([1, 1, 6]);
      expect(await list(1)).toEqual([8]);
      expect(await list(2)).toEqual([expiredCoupon]);
    });

    it('lists the coupons of a product: general ones plus its category and product coupons', async () => {
      const ids = async (productId: number) =>
        (
          await h.call<CouponJson[]>('GET', `/member/coupon/listByProduct/${productId}`, member[0])
        ).data.map((c) => c.id);
      // iPhone 15 (category 11): all-products coupons 1, 2 (and the level-1 coupon inserted
      // above), category coupon 3 and product coupon 6.
      const iphone = await ids(5);
      expect(iphone).toEqual(expect.arrayContaining([1, 2, 3, 6]));
      expect(iphone).not.toEqual(expect.arrayContaining([4, 5, 7, 8, expiredCoupon]));
      // The laptop category has no coupon and the product none: nothing, not even general coupons.
      const [{ laptop }] = await h.rows<{ laptop: number }>(
        `SELECT MIN(id) AS laptop FROM pms_product WHERE product_category_id NOT IN (
           SELECT product_category_id FROM sms_coupon_product_category_relation)
           AND id NOT IN (SELECT product_id FROM sms_coupon_product_relation)`,
      );
      expect(await ids(laptop)).toEqual([]);
      expect(await h.call('GET', '/member/coupon/listByProduct/99999', member[0])).toEqual({
        code: 500,
        message: '商品不存在',
        data: null,
      });
      expect((await h.call('GET', '/member/coupon/listByProduct/x', member[0])).code).toBe(404);
    });
  });

  describe('coupons for a cart', () => {
    let member: (typeof demoMember)[];

    beforeAll(async () => {
      member = await insertMembers(h.sql, [8300]);
      for (const id of [1, 2, 3, 4, 6, 8]) {
        expect((await h.call('POST', `/member/coupon/add/${id}`, member[0])).code).toBe(200);
      }
    });

    const split = async (path: string) =>
      (await h.call<HistoryDetailJson[]>('GET', path, member[0])).data.map((d) => d.couponId);

    it('with an empty cart only the threshold-free general coupon is usable', async () => {
      expect(await split('/member/coupon/list/cart/1')).toEqual([2]);
      expect(await split('/member/coupon/list/cart/0')).toEqual([1, 3, 4, 6, 8]);
    });

    it('classifies against the member’s cart priced with its promotions', async () => {
      // iPhone 15 (product 5, category 11, 5999.00, member price = no reduction) × 1.
      const [sku] = await h.rows<{ id: number }>(
        'SELECT id FROM pms_sku_stock WHERE product_id = 5 ORDER BY id LIMIT 1',
      );
      await h.sql.query(
        `INSERT INTO oms_cart_item (product_id, product_sku_id, member_id, quantity, price, product_name,
           product_category_id, delete_status, create_date)
         VALUES (5, ?, 8300, 1, 5999.00, 'Apple iPhone 15', 11, 0, NOW())`,
        [sku.id],
      );
      // 1 (≥1000), 2 (no threshold), 3 (手机 ≥3000) and 6 (iPhone ≥5000) fit; 4 and 8 do not.
      expect(await split('/member/coupon/list/cart/1')).toEqual([1, 2, 3, 6]);
      expect(await split('/member/coupon/list/cart/0')).toEqual([4, 8]);

      const detail = (
        await h.call<HistoryDetailJson[]>('GET', '/member/coupon/list/cart/1', member[0])
      ).data.find((d) => d.couponId === 6);
      expect(detail).toMatchObject({
        memberId: 8300,
        useStatus: 0,
        coupon: { id: 6, useType: 2, minPoint: 5000, amount: 300 },
        productRelationList: [{ productId: 5 }],
        categoryRelationList: [],
      });
    });

    it('answers mall-order’s cartList with the bare list of usable coupons', async () => {
      const res = await h.service.request<HistoryDetailJson[]>('POST', '/member/coupon/cartList', {
        user: member[0],
        body: {
          cartItemList: [
            { productId: 13, productCategoryId: 21, price: 199, reduceAmount: 0, quantity: 3 },
          ],
        },
      });
      expect(res.status).toBe(200);
      // 597.00 of a NIKE T-shirt: coupons 2, 4 (服装 ≥200) and 8 (NIKE ≥500); not 1, 3 or 6.
      expect(res.body.map((d) => d.couponId)).toEqual([2, 4, 8]);
      expect(res.body[1].categoryRelationList.map((r) => r.productCategoryId)).toEqual([
        21, 22, 23,
      ]);

      const invalid = await h.call('POST', '/member/coupon/cartList', member[0], {
        body: { cartItemList: [{ price: 'abc' }] },
      });
      expect(invalid.code).toBe(404);
      expect((await h.call('POST', '/member/coupon/cartList', member[0], { body: {} })).code).toBe(
        404,
      );
    });

    it('answers invalid types and missing members with their envelopes', async () => {
      expect((await h.call('GET', '/member/coupon/list/cart/x', member[0])).code).toBe(404);
      expect((await h.call('GET', '/member/coupon/list/cart/1', null)).code).toBe(401);
    });
  });
});
