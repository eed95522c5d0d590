import {
  createMallDatabase,
  memberClaims,
  startTestService,
  type ScratchDatabase,
  type TestService,
} from '@mall/testing';
import { orderSnDate } from '@mall/shop';
import { serviceDefinition } from '../src/service';
import { Broker } from './broker';
import {
  deleteTestKeys,
  isolatedLineNames,
  isolatedOrderEnv,
  Sql,
  type Envelope,
  type PlacedOrder,
} from './support';

// Booting the service on a fresh scratch database takes a few seconds on a busy machine.
jest.setTimeout(60_000);

const TAG = `checkout${process.pid}`;
const LINE = isolatedLineNames(TAG);
/** Seeded normal_order_overtime: 120 minutes. */
const DEFAULT_DELAY_QUEUE = LINE.delayQueue(120 * 60_000);
const member = (n: number) => memberClaims(1000 + n, `user_${String(n).padStart(4, '0')}`);

interface ConfirmResult {
  cartPromotionItemList: Array<{ productSkuId: number; price: number; reduceAmount: number }>;
  memberReceiveAddressList: Array<{ id: number }>;
  couponHistoryDetailList: Array<{ couponId: number; coupon: { id: number } }>;
  integrationConsumeSetting: { useUnit: number; maxPercentPerOrder: number };
  memberIntegration: number;
  calcAmount: {
    totalAmount: number;
    freightAmount: number;
    promotionAmount: number;
    payAmount: number;
  };
}

describe('mall-order confirm and generate', () => {
  let db: ScratchDatabase;
  let svc: TestService;
  let sql: Sql;
  let broker: Broker;

  const generate = (user: ReturnType<typeof member> | undefined, body: Record<string, unknown>) =>
    svc.request<Envelope<PlacedOrder>>('POST', '/order/generateOrder', { user, body });

  /** Everything an order writes, to prove a refused order wrote nothing. */
  const snapshot = async (memberId: number, skuIds: number[]) => ({
    orders: await sql.rows('SELECT id FROM oms_order WHERE member_id = ?', [memberId]),
    items: await sql.rows(
      'SELECT i.id FROM oms_order_item i JOIN oms_order o ON o.id = i.order_id WHERE o.member_id = ?',
      [memberId],
    ),
    skus: await sql.rows(
      'SELECT id, stock, lock_stock FROM pms_sku_stock WHERE id IN (?) ORDER BY id',
      [skuIds],
    ),
    coupons: await sql.rows(
      'SELECT id, use_status, order_id FROM sms_coupon_history WHERE member_id = ? ORDER BY id',
      [memberId],
    ),
    points: await sql.points(memberId),
    cart: await sql.rows(
      'SELECT id, quantity FROM oms_cart_item WHERE member_id = ? AND delete_status = 0 ORDER BY id',
      [memberId],
    ),
  });

  beforeAll(async () => {
    db = await createMallDatabase('order_checkout');
    svc = await startTestService(serviceDefinition, { database: db, env: isolatedOrderEnv(TAG) });
    sql = await Sql.open(db);
    broker = await Broker.open();
    // A coupon for all products that expired yesterday.
    await sql.exec(
      `INSERT INTO sms_coupon (id, type, name, platform, count, amount, per_limit, min_point, start_time, end_time,
         use_type, publish_count, use_count, receive_count, enable_time, member_level)
       VALUES (100, 0, '过期券', 0, 10, 20.00, 1, 0.00, '2025-01-01', DATE_SUB(NOW(), INTERVAL 1 DAY), 0, 10, 0, 0, '2025-01-01', 0)`,
    );
  });

  afterAll(async () => {
    await svc?.close();
    await broker?.deleteAll([LINE.workQueue, LINE.deadQueue, DEFAULT_DELAY_QUEUE], LINE.exchanges);
    await broker?.close();
    await deleteTestKeys(TAG);
    await sql?.close();
    await db?.drop();
  });

  describe('POST /order/generateConfirmOrder', () => {
    it('prices the selected lines and lists addresses, usable coupons and points', async () => {
      const phone = await sql.addCartLine(1001, 101, 1); // promotion price: 6499 − 6199
      const other = await sql.addCartLine(1001, 201, 1);
      await sql.addCartLine(1001, 601, 1); // in the cart, not selected
      await sql.grantCoupon(1001, 1); // all products, 满1000减50
      await sql.grantCoupon(1001, 3); // 手机 category, 满3000减200
      await sql.grantCoupon(1001, 6); // one product that is not in the cart
      await sql.grantCoupon(1001, 100); // expired
      const res = await svc.request<Envelope<ConfirmResult>>(
        'POST',
        '/order/generateConfirmOrder',
        {
          user: member(1),
          body: [phone, other],
        },
      );
      expect(res.body.code).toBe(200);
      const result = res.body.data as ConfirmResult;
      expect(
        result.cartPromotionItemList.map((l) => [l.productSkuId, l.price, l.reduceAmount]),
      ).toEqual([
        [101, 6499, 300],
        [201, 2699, 0],
      ]);
      expect(result.memberReceiveAddressList.map((a) => a.id)).toEqual([1001]);
      expect(result.couponHistoryDetailList.map((c) => c.coupon.id)).toEqual([1, 3]);
      expect(result.memberIntegration).toBe(10000);
      expect(result.integrationConsumeSetting).toMatchObject({
        useUnit: 100,
        maxPercentPerOrder: 50,
      });
      expect(result.calcAmount).toEqual({
        totalAmount: 9198,
        freightAmount: 0,
        promotionAmount: 300,
        payAmount: 8898,
      });
      // Confirming writes nothing.
      expect(await sql.rows('SELECT id FROM oms_order WHERE member_id = 1001')).toEqual([]);
    });

    it('answers the empty lists for an empty cart and validates the body', async () => {
      const res = await svc.request<Envelope<ConfirmResult>>(
        'POST',
        '/order/generateConfirmOrder',
        {
          user: member(90),
          body: [],
        },
      );
      expect(res.body.code).toBe(200);
      expect(res.body.data?.cartPromotionItemList).toEqual([]);
      expect(res.body.data?.calcAmount.totalAmount).toBe(0);
      const notArray = await svc.request<Envelope>('POST', '/order/generateConfirmOrder', {
        user: member(90),
        body: { cartIds: [1] },
      });
      expect(notArray.body.code).toBe(404);
      const anonymous = await svc.request<Envelope>('POST', '/order/generateConfirmOrder', {
        body: [],
      });
      expect(anonymous.body.code).toBe(401);
    });
  });

  describe('POST /order/generateOrder', () => {
    it('writes the order with coupon and points shares, locks stock and clears the ordered lines', async () => {
      const phone = await sql.addCartLine(1002, 101, 1);
      const other = await sql.addCartLine(1002, 201, 1);
      const kept = await sql.addCartLine(1002, 601, 1);
      const history = await sql.grantCoupon(1002, 1);
      const before = await snapshot(1002, [101, 201]);
      const queued = await broker.messageCount(DEFAULT_DELAY_QUEUE);

      const res = await generate(member(2), {
        memberReceiveAddressId: 1002,
        couponId: 1,
        useIntegration: 1000,
        payType: 2,
        cartIds: [phone, other],
      });
      expect(res.body).toMatchObject({ code: 200, message: '下单成功' });
      const { order, orderItemList } = res.body.data as PlacedOrder;
      expect(order.orderSn).toMatch(
        new RegExp(`^${orderSnDate(new Date(), 'Asia/Shanghai')}0102\\d{6}$`),
      );
      expect(orderItemList).toHaveLength(2);

      const row = await sql.one<Record<string, unknown>>('SELECT * FROM oms_order WHERE id = ?', [
        order.id,
      ]);
      expect(row).toMatchObject({
        member_id: 1002,
        member_username: 'user_0002',
        coupon_id: 1,
        total_amount: '9198.00',
        promotion_amount: '300.00',
        coupon_amount: '50.00',
        integration_amount: '10.00',
        freight_amount: '0.00',
        pay_amount: '8838.00',
        pay_type: 2,
        source_type: 1,
        status: 0,
        order_type: 0,
        auto_confirm_day: 15,
        integration: 918,
        growth: 918,
        use_integration: 1000,
        promotion_info: '单品促销;无优惠',
        receiver_name: '压测会员0002',
        confirm_status: 0,
        delete_status: 0,
      });
      const items = await sql.rows(
        `SELECT product_sku_id, product_quantity, product_price, promotion_amount, coupon_amount,
           integration_amount, real_amount, gift_integration, gift_growth, promotion_name
         FROM oms_order_item WHERE order_id = ? ORDER BY product_sku_id`,
        [order.id],
      );
      expect(items).toEqual([
        {
          product_sku_id: 101,
          product_quantity: 1,
          product_price: '6499.00',
          promotion_amount: '300.00',
          coupon_amount: '35.35',
          integration_amount: '7.07',
          real_amount: '6156.58',
          gift_integration: 649,
          gift_growth: 649,
          promotion_name: '单品促销',
        },
        {
          product_sku_id: 201,
          product_quantity: 1,
          product_price: '2699.00',
          promotion_amount: '0.00',
          coupon_amount: '14.65',
          integration_amount: '2.93',
          real_amount: '2681.42',
          gift_integration: 269,
          gift_growth: 269,
          promotion_name: '无优惠',
        },
      ]);

      const after = await snapshot(1002, [101, 201]);
      expect(after.skus).toEqual(
        before.skus.map((sku) => ({ ...sku, lock_stock: Number(sku['lock_stock']) + 1 })),
      );
      expect(after.coupons).toEqual([{ id: history, use_status: 1, order_id: order.id }]);
      expect(after.points).toBe(before.points - 1000);
      expect(after.cart).toEqual([{ id: kept, quantity: 1 }]);
      expect(await broker.messageCount(DEFAULT_DELAY_QUEUE)).toBe(queued + 1);
    });

    it('orders the whole cart for cartIds []', async () => {
      await sql.addCartLine(1003, 201, 2);
      await sql.addCartLine(1003, 202, 1);
      const res = await generate(member(3), {
        memberReceiveAddressId: 1003,
        payType: 1,
        cartIds: [],
      });
      expect(res.body.code).toBe(200);
      expect(res.body.data?.orderItemList.map((i) => [i.productSkuId, i.productQuantity])).toEqual([
        [201, 2],
        [202, 1],
      ]);
      expect(res.body.data?.order).not.toHaveProperty('couponId'); // NON_NULL: null fields are omitted
      expect((await snapshot(1003, [201])).cart).toEqual([]);
    });

    const refusals: Array<
      [string, number, () => Promise<Record<string, unknown>>, string | number]
    > = [
      [
        'a foreign address',
        10,
        async () => ({
          memberReceiveAddressId: 1,
          payType: 1,
          cartIds: [await sql.addCartLine(1010, 201, 1)],
        }),
        '收货地址不存在',
      ],
      [
        'no address',
        11,
        async () => ({ payType: 1, cartIds: [await sql.addCartLine(1011, 201, 1)] }),
        '收货地址不存在',
      ],
      [
        'an empty cart',
        12,
        async () => ({ memberReceiveAddressId: 1012, payType: 1, cartIds: [] }),
        '购物车中没有可下单的商品',
      ],
      [
        'another member’s cart lines',
        13,
        async () => ({
          memberReceiveAddressId: 1013,
          payType: 1,
          cartIds: [await sql.addCartLine(1099, 201, 1)],
        }),
        '购物车中没有可下单的商品',
      ],
      [
        'missing stock',
        14,
        async () => {
          await sql.setStock(203, 1);
          return {
            memberReceiveAddressId: 1014,
            payType: 1,
            cartIds: [await sql.addCartLine(1014, 203, 2)],
          };
        },
        '库存不足，无法下单',
      ],
      [
        'an expired coupon',
        15,
        async () => {
          await sql.grantCoupon(1015, 100);
          return {
            memberReceiveAddressId: 1015,
            couponId: 100,
            payType: 1,
            cartIds: [await sql.addCartLine(1015, 201, 1)],
          };
        },
        '该优惠券不可用',
      ],
      [
        'a coupon the member does not hold',
        16,
        async () => ({
          memberReceiveAddressId: 1016,
          couponId: 2,
          payType: 1,
          cartIds: [await sql.addCartLine(1016, 201, 1)],
        }),
        '该优惠券不可用',
      ],
      [
        'a coupon below its minimum',
        17,
        async () => {
          await sql.grantCoupon(1017, 3); // 手机 满3000
          return {
            memberReceiveAddressId: 1017,
            couponId: 3,
            payType: 1,
            cartIds: [await sql.addCartLine(1017, 201, 1)],
          };
        },
        '该优惠券不可用',
      ],
      [
        'more points than the member has',
        18,
        async () => {
          await sql.exec('UPDATE ums_member SET integration = 50 WHERE id = 1018');
          return {
            memberReceiveAddressId: 1018,
            useIntegration: 100,
            payType: 1,
            cartIds: [await sql.addCartLine(1018, 201, 1)],
          };
        },
        '积分不可用',
      ],
      [
        'points above half the order',
        19,
        async () => ({
          memberReceiveAddressId: 1019,
          useIntegration: 200_000, // 2000.00 > 50 % of 2699.00
          payType: 1,
          cartIds: [await sql.addCartLine(1019, 201, 1)],
        }),
        '积分不可用',
      ],
      [
        'points below the unit',
        20,
        async () => ({
          memberReceiveAddressId: 1020,
          useIntegration: 99,
          payType: 1,
          cartIds: [await sql.addCartLine(1020, 201, 1)],
        }),
        '积分不可用',
      ],
      [
        'an unknown pay type',
        21,
        async () => ({
          memberReceiveAddressId: 1021,
          payType: 7,
          cartIds: [await sql.addCartLine(1021, 201, 1)],
        }),
        404,
      ],
      ['cartIds missing', 22, async () => ({ memberReceiveAddressId: 1022, payType: 1 }), 404],
      [
        'cartIds not ids',
        23,
        async () => ({ memberReceiveAddressId: 1023, payType: 1, cartIds: ['x'] }),
        404,
      ],
    ];

    it.each(refusals)('refuses %s and writes nothing', async (_case, n, body, expected) => {
      const memberId = 1000 + n;
      const payload = await body();
      const before = await snapshot(memberId, [201, 203]);
      const res = await generate(member(n), payload);
      if (typeof expected === 'number') {
        expect(res.body.code).toBe(expected);
      } else {
        expect(res.body).toEqual({ code: 500, message: expected, data: null });
      }
      expect(await snapshot(memberId, [201, 203])).toEqual(before);
    });

    it('rolls back locks already taken when a later SKU is short', async () => {
      await sql.setStock(203, 5);
      // Two lines of one SKU pass the per-line check (3 ≤ 5) but not together (6 > 5); SKU 201 locks first.
      const lines = [
        await sql.addCartLine(1030, 201, 1),
        await sql.addCartLine(1030, 203, 3),
        await sql.addCartLine(1030, 203, 3),
      ];
      const before = await snapshot(1030, [201, 203]);
      const res = await generate(member(30), {
        memberReceiveAddressId: 1030,
        payType: 1,
        cartIds: lines,
      });
      expect(res.body).toEqual({ code: 500, message: '库存不足，无法下单', data: null });
      expect(await snapshot(1030, [201, 203])).toEqual(before);
    });

    it('answers 401 without a member', async () => {
      const res = await generate(undefined, {
        memberReceiveAddressId: 1001,
        payType: 1,
        cartIds: [],
      });
      expect(res.body.code).toBe(401);
    });

    it('sells exactly the stock when 50 members order the last 10 units at once', async () => {
      await sql.setStock(601, 10, 0);
      const members = Array.from({ length: 50 }, (_, i) => 40 + i);
      const carts = new Map<number, number>();
      for (const n of members) carts.set(n, await sql.addCartLine(1000 + n, 601, 1));
      const results = await Promise.all(
        members.map((n) =>
          generate(member(n), {
            memberReceiveAddressId: 1000 + n,
            payType: 1,
            cartIds: [carts.get(n)],
          }),
        ),
      );
      const placed = results.filter((r) => r.body.code === 200);
      const refused = results.filter((r) => r.body.code !== 200);
      expect(placed).toHaveLength(10);
      expect(refused.every((r) => r.body.message === '库存不足，无法下单')).toBe(true);
      expect(await sql.stock(601)).toEqual({ stock: 10, lock_stock: 10 });
      const ordered = await sql.one<{ n: number; qty: string }>(
        'SELECT COUNT(*) n, SUM(product_quantity) qty FROM oms_order_item WHERE product_sku_id = 601',
      );
      expect([ordered.n, Number(ordered.qty)]).toEqual([10, 10]);
      const cartsLeft = await sql.one<{ n: number }>(
        'SELECT COUNT(*) n FROM oms_cart_item WHERE product_sku_id = 601 AND delete_status = 0 AND member_id BETWEEN 1040 AND 1089',
      );
      expect(cartsLeft.n).toBe(40);
    });
  });
});
