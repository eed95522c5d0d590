import {
  createMallDatabase,
  memberClaims,
  startTestService,
  type ScratchDatabase,
  type TestService,
} from '@mall/testing';
import Redis from 'ioredis';
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

const TAG = `lifecycle${process.pid}`;
const LINE = isolatedLineNames(TAG);
const DEFAULT_DELAY_QUEUE = LINE.delayQueue(120 * 60_000);
const member = (n: number) => memberClaims(1000 + n, `user_${String(n).padStart(4, '0')}`);

interface OrderDetail {
  id: number;
  memberId: number;
  status: number;
  orderItemList: Array<{ productSkuId: number }>;
}

interface OrderPage {
  pageNum: number;
  pageSize: number;
  totalPage: number;
  total: number;
  list?: OrderDetail[];
}

describe('mall-order payment, cancellation, receipt, deletion and queries', () => {
  let db: ScratchDatabase;
  let svc: TestService;
  let sql: Sql;
  let broker: Broker;
  let redis: Redis;

  /** Puts the SKUs in the member's cart and orders them through the API. */
  const place = async (
    n: number,
    lines: Array<[skuId: number, quantity: number]>,
    extra: Record<string, unknown> = {},
  ): Promise<PlacedOrder['order']> => {
    const cartIds: number[] = [];
    for (const [sku, quantity] of lines)
      cartIds.push(await sql.addCartLine(1000 + n, sku, quantity));
    const res = await svc.request<Envelope<PlacedOrder>>('POST', '/order/generateOrder', {
      user: member(n),
      body: { memberReceiveAddressId: 1000 + n, payType: 1, cartIds, ...extra },
    });
    if (res.body.code !== 200) throw new Error(`order not placed: ${JSON.stringify(res.body)}`);
    return (res.body.data as PlacedOrder).order;
  };
  const post = <T = unknown>(path: string, n: number, query: Record<string, string | number>) =>
    svc.request<Envelope<T>>('POST', path, { user: member(n), query });
  const orderRow = (id: number) =>
    sql.one<Record<string, unknown>>(
      'SELECT status, delete_status, confirm_status, pay_type, payment_time, receive_time FROM oms_order WHERE id = ?',
      [id],
    );

  beforeAll(async () => {
    db = await createMallDatabase('order_lifecycle');
    svc = await startTestService(serviceDefinition, { database: db, env: isolatedOrderEnv(TAG) });
    sql = await Sql.open(db);
    broker = await Broker.open();
    redis = new Redis({ host: process.env['REDIS_HOST'] ?? '127.0.0.1' });
  });

  afterAll(async () => {
    await svc?.close();
    await broker?.deleteAll([LINE.workQueue, LINE.deadQueue, DEFAULT_DELAY_QUEUE], LINE.exchanges);
    await broker?.close();
    redis?.disconnect();
    await deleteTestKeys(TAG);
    await sql?.close();
    await db?.drop();
  });

  describe('POST /order/paySuccess', () => {
    it('pays once: the lock becomes a sale; a second payment changes nothing', async () => {
      const before = await sql.stock(201);
      const order = await place(1, [[201, 2]]);
      expect(await sql.stock(201)).toEqual({
        stock: before.stock,
        lock_stock: before.lock_stock + 2,
      });

      const paid = await post<number>('/order/paySuccess', 1, { orderId: order.id, payType: 2 });
      expect(paid.body).toEqual({ code: 200, message: '支付成功', data: 1 });
      expect(await orderRow(order.id)).toMatchObject({ status: 1, pay_type: 2 });
      expect((await orderRow(order.id))['payment_time']).not.toBeNull();
      expect(await sql.stock(201)).toEqual({
        stock: before.stock - 2,
        lock_stock: before.lock_stock,
      });

      const again = await svc.request<Envelope<number>>('POST', '/order/paySuccess', {
        user: member(1),
        body: { orderId: String(order.id), payType: '1' },
        form: true,
      });
      expect(again.body).toEqual({ code: 200, message: '支付成功', data: 0 });
      expect(await sql.stock(201)).toEqual({
        stock: before.stock - 2,
        lock_stock: before.lock_stock,
      });
      expect(await orderRow(order.id)).toMatchObject({ status: 1, pay_type: 2 });
    });

    it('refuses another member’s or an unknown order, a closed order and bad parameters', async () => {
      const order = await place(2, [[202, 1]]);
      const stock = await sql.stock(202);
      expect((await post('/order/paySuccess', 3, { orderId: order.id, payType: 1 })).body).toEqual({
        code: 500,
        message: '订单不存在',
        data: null,
      });
      expect(
        (await post('/order/paySuccess', 2, { orderId: 999999, payType: 1 })).body.message,
      ).toBe('订单不存在');
      expect((await post('/order/paySuccess', 2, { orderId: order.id })).body.code).toBe(404);
      expect(
        (await post('/order/paySuccess', 2, { orderId: order.id, payType: 0 })).body.code,
      ).toBe(404);
      expect((await post('/order/paySuccess', 2, { payType: 1 })).body.code).toBe(404);
      expect(await orderRow(order.id)).toMatchObject({ status: 0 });
      expect(await sql.stock(202)).toEqual(stock);

      await post('/order/cancelUserOrder', 2, { orderId: order.id });
      expect((await post('/order/paySuccess', 2, { orderId: order.id, payType: 1 })).body).toEqual({
        code: 500,
        message: '订单已关闭，不能支付',
        data: null,
      });
    });
  });

  describe('POST /order/cancelUserOrder', () => {
    it('closes the order, releases the lock, returns coupon and points, once', async () => {
      const history = await sql.grantCoupon(1004, 2); // 无门槛10元
      const points = await sql.points(1004);
      const before = await sql.stock(1301);
      const order = await place(4, [[1301, 3]], { couponId: 2, useIntegration: 300 });
      expect(await sql.points(1004)).toBe(points - 300);

      const res = await post('/order/cancelUserOrder', 4, { orderId: order.id });
      // NON_NULL: success(null) has no data field.
      expect(res.body).toEqual({ code: 200, message: '操作成功' });
      expect(await orderRow(order.id)).toMatchObject({ status: 4 });
      expect(await sql.stock(1301)).toEqual(before);
      expect(
        await sql.one('SELECT use_status, order_id FROM sms_coupon_history WHERE id = ?', [
          history,
        ]),
      ).toEqual({ use_status: 0, order_id: null });
      expect(await sql.points(1004)).toBe(points);

      const again = await post('/order/cancelUserOrder', 4, { orderId: order.id });
      expect(again.body).toEqual({ code: 200, message: '操作成功' });
      expect(await sql.points(1004)).toBe(points);
      expect(await sql.stock(1301)).toEqual(before);
    });

    it('refuses another member’s order, a paid order and a missing id', async () => {
      const order = await place(5, [[201, 1]]);
      expect((await post('/order/cancelUserOrder', 6, { orderId: order.id })).body).toEqual({
        code: 500,
        message: '订单不存在',
        data: null,
      });
      expect(await orderRow(order.id)).toMatchObject({ status: 0 });
      await post('/order/paySuccess', 5, { orderId: order.id, payType: 1 });
      expect((await post('/order/cancelUserOrder', 5, { orderId: order.id })).body.message).toBe(
        '只能取消待付款的订单',
      );
      expect(await orderRow(order.id)).toMatchObject({ status: 1 });
      expect((await post('/order/cancelUserOrder', 5, {})).body.message).toBe('订单不存在');
    });
  });

  describe('POST /order/cancelOrder', () => {
    it('queues the delayed cancel message for the member’s unpaid order only', async () => {
      const order = await place(7, [[201, 1]]);
      const queued = await broker.messageCount(DEFAULT_DELAY_QUEUE);
      expect((await post('/order/cancelOrder', 7, { orderId: order.id })).body).toEqual({
        code: 200,
        message: '操作成功',
      });
      expect(await broker.messageCount(DEFAULT_DELAY_QUEUE)).toBe(queued + 1);
      expect((await post('/order/cancelOrder', 8, { orderId: order.id })).body.message).toBe(
        '订单不存在',
      );
      await post('/order/paySuccess', 7, { orderId: order.id, payType: 1 });
      expect((await post('/order/cancelOrder', 7, { orderId: order.id })).body.message).toBe(
        '只能取消待付款的订单',
      );
      expect(await broker.messageCount(DEFAULT_DELAY_QUEUE)).toBe(queued + 1);
    });
  });

  describe('POST /order/cancelTimeOutOrder', () => {
    it('closes unpaid orders older than the timeout and leaves the others', async () => {
      const before = await sql.stock(402);
      const old = await place(9, [[402, 2]]);
      const fresh = await place(9, [[402, 1]]);
      const paidOld = await place(10, [[402, 1]]);
      await post('/order/paySuccess', 10, { orderId: paidOld.id, payType: 1 });
      await sql.exec(
        'UPDATE oms_order SET create_time = DATE_SUB(NOW(), INTERVAL 3 HOUR) WHERE id IN (?, ?)',
        [old.id, paidOld.id],
      );
      const res = await svc.request<Envelope>('POST', '/order/cancelTimeOutOrder', {
        user: member(9),
      });
      expect(res.body).toEqual({ code: 200, message: '操作成功' });
      expect(await orderRow(old.id)).toMatchObject({ status: 4 });
      expect(await orderRow(fresh.id)).toMatchObject({ status: 0 });
      expect(await orderRow(paidOld.id)).toMatchObject({ status: 1 });
      // Only the fresh order's lock remains; the paid one was sold.
      expect(await sql.stock(402)).toEqual({
        stock: before.stock - 1,
        lock_stock: before.lock_stock + 1,
      });
    });
  });

  describe('POST /order/confirmReceiveOrder', () => {
    it('completes the member’s shipped order', async () => {
      const order = await place(11, [[201, 1]]);
      await post('/order/paySuccess', 11, { orderId: order.id, payType: 1 });
      expect(
        (await post('/order/confirmReceiveOrder', 11, { orderId: order.id })).body.message,
      ).toBe('该订单还未发货！');
      await sql.exec('UPDATE oms_order SET status = 2 WHERE id = ?', [order.id]);
      expect(
        (await post('/order/confirmReceiveOrder', 12, { orderId: order.id })).body.message,
      ).toBe('不能确认他人订单！');
      const res = await post('/order/confirmReceiveOrder', 11, { orderId: order.id });
      expect(res.body).toEqual({ code: 200, message: '操作成功' });
      const row = await orderRow(order.id);
      expect(row).toMatchObject({ status: 3, confirm_status: 1 });
      expect(row['receive_time']).not.toBeNull();
      expect((await post('/order/confirmReceiveOrder', 11, { orderId: 999999 })).body.message).toBe(
        '数据为空！',
      );
      expect((await post('/order/confirmReceiveOrder', 11, {})).body.message).toBe('数据为空！');
    });
  });

  describe('POST /order/deleteOrder', () => {
    it('hides completed or closed orders of the member only', async () => {
      const open = await place(13, [[201, 1]]);
      expect((await post('/order/deleteOrder', 13, { orderId: open.id })).body.message).toBe(
        '只能删除已完成或已关闭的订单！',
      );
      await post('/order/cancelUserOrder', 13, { orderId: open.id });
      expect((await post('/order/deleteOrder', 14, { orderId: open.id })).body.message).toBe(
        '不能删除他人订单！',
      );
      expect((await post('/order/deleteOrder', 13, { orderId: open.id })).body).toEqual({
        code: 200,
        message: '操作成功',
      });
      expect(await orderRow(open.id)).toMatchObject({ delete_status: 1, status: 4 });
      const list = await svc.request<Envelope<OrderPage>>('GET', '/order/list', {
        user: member(13),
        query: { status: -1 },
      });
      expect(list.body.data?.total).toBe(0);
      expect((await post('/order/deleteOrder', 13, { orderId: 999999 })).body.message).toBe(
        '数据为空！',
      );
    });
  });

  describe('GET /order/list, /order/list/redis', () => {
    it('pages the member’s orders by status, newest first, with their items', async () => {
      const first = await place(15, [[201, 1]]);
      const second = await place(15, [
        [202, 1],
        [203, 1],
      ]);
      const third = await place(15, [[601, 1]]);
      await sql.exec(
        'UPDATE oms_order SET create_time = DATE_SUB(create_time, INTERVAL ? SECOND) WHERE id = ?',
        [30, first.id],
      );
      await sql.exec(
        'UPDATE oms_order SET create_time = DATE_SUB(create_time, INTERVAL ? SECOND) WHERE id = ?',
        [20, second.id],
      );
      await post('/order/paySuccess', 15, { orderId: third.id, payType: 1 });

      const all = await svc.request<Envelope<OrderPage>>('GET', '/order/list', {
        user: member(15),
        query: { status: -1 },
      });
      expect(all.body.code).toBe(200);
      expect(all.body.data).toMatchObject({ pageNum: 1, pageSize: 5, total: 3, totalPage: 1 });
      expect(all.body.data?.list?.map((o) => [o.id, o.orderItemList.length])).toEqual([
        [third.id, 1],
        [second.id, 2],
        [first.id, 1],
      ]);

      const unpaid = await svc.request<Envelope<OrderPage>>('GET', '/order/list/redis', {
        user: member(15),
        query: { status: 0, pageNum: 2, pageSize: 1 },
      });
      expect(unpaid.body.data).toMatchObject({ pageNum: 2, pageSize: 1, total: 2, totalPage: 2 });
      expect(unpaid.body.data?.list?.map((o) => o.id)).toEqual([first.id]);

      const none = await svc.request<Envelope<OrderPage>>('GET', '/order/list', {
        user: member(15),
        query: { status: 3 },
      });
      expect(none.body).toEqual({
        code: 200,
        message: '操作成功',
        data: { pageNum: 1, pageSize: 5, totalPage: 0, total: 0 },
      });
      const foreign = await svc.request<Envelope<OrderPage>>('GET', '/order/list', {
        user: member(16),
        query: { status: -1 },
      });
      expect(foreign.body.data?.total).toBe(0);
      expect(
        (await svc.request<Envelope>('GET', '/order/list', { user: member(15) })).body.code,
      ).toBe(404);
      expect(
        (
          await svc.request<Envelope>('GET', '/order/list', {
            user: member(15),
            query: { status: 9 },
          })
        ).body.code,
      ).toBe(404);
      expect(
        (await svc.request<Envelope>('GET', '/order/list', { query: { status: -1 } })).body.code,
      ).toBe(401);
    });
  });

  describe('GET /order/detail/:orderId and /order/detail/redis/:orderId', () => {
    it('shows the member’s own order only', async () => {
      const order = await place(17, [
        [201, 1],
        [202, 2],
      ]);
      const res = await svc.request<Envelope<OrderDetail>>('GET', `/order/detail/${order.id}`, {
        user: member(17),
      });
      expect(res.body.code).toBe(200);
      expect(res.body.data).toMatchObject({ id: order.id, memberId: 1017, status: 0 });
      expect(res.body.data?.orderItemList.map((i) => i.productSkuId)).toEqual([201, 202]);
      const foreign = await svc.request<Envelope>('GET', `/order/detail/${order.id}`, {
        user: member(18),
      });
      expect(foreign.body).toEqual({ code: 500, message: '订单不存在', data: null });
      const unknown = await svc.request<Envelope>('GET', '/order/detail/999999', {
        user: member(17),
      });
      expect(unknown.body.message).toBe('订单不存在');
      const bad = await svc.request<Envelope>('GET', '/order/detail/abc', { user: member(17) });
      expect(bad.body.code).toBe(404);
    });

    it('caches the detail in Redis and drops the copy when the order changes', async () => {
      const order = await place(19, [[201, 1]]);
      const key = `mall:t:${TAG}:order:${order.id}`;
      const first = await svc.request<Envelope<OrderDetail>>(
        'GET',
        `/order/detail/redis/${order.id}`,
        {
          user: member(19),
        },
      );
      expect(first.body.data).toMatchObject({ id: order.id, status: 0 });
      expect(await redis.exists(key)).toBe(1);
      expect(await redis.ttl(key)).toBeGreaterThan(0);
      const foreign = await svc.request<Envelope>('GET', `/order/detail/redis/${order.id}`, {
        user: member(20),
      });
      expect(foreign.body.message).toBe('订单不存在');

      await post('/order/paySuccess', 19, { orderId: order.id, payType: 1 });
      expect(await redis.exists(key)).toBe(0);
      const after = await svc.request<Envelope<OrderDetail>>(
        'GET',
        `/order/detail/redis/${order.id}`,
        {
          user: member(19),
        },
      );
      expect(after.body.data).toMatchObject({ id: order.id, status: 1 });
    });
  });
});
