import {
  OmsOrder,
  OmsOrderItem,
  OmsOrderOperateHistory,
  PmsSkuStock,
  SmsCouponHistory,
  UmsMember,
} from '@mall/db';
import Redis from 'ioredis';
import {
  adminClaims,
  createMallDatabase,
  startTestService,
  type ScratchDatabase,
  type TestService,
} from '@mall/testing';
import { DataSource, In } from 'typeorm';
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
  totalPage: number;
  total: number;
  list: T[];
}

describe('mall-admin /order', () => {
  let db: ScratchDatabase;
  let svc: TestService;
  let ds: DataSource;
  let redis: Redis;
  let sequence = 0;

  const call = async <T = unknown>(
    method: 'GET' | 'POST',
    path: string,
    options: {
      query?: Record<string, string | number | Array<string | number>>;
      body?: unknown;
    } = {},
  ): Promise<Envelope<T>> => {
    const res = await svc.request<Envelope<T>>(method, path, { ...options, user: admin });
    expect(res.status).toBe(200);
    return res.body;
  };

  /** Inserts an order (and two items) in the given status; returns its id. */
  const createOrder = async (
    status: number,
    overrides: Partial<OmsOrder> = {},
  ): Promise<number> => {
    sequence += 1;
    const orderSn = `T${process.pid}${String(sequence).padStart(4, '0')}`;
    const result = await ds.getRepository(OmsOrder).insert({
      memberId: 1,
      memberUsername: 'member',
      orderSn,
      createTime: new Date(2030, 0, 15, 10, 30, 0),
      totalAmount: 100,
      payAmount: 90,
      freightAmount: 10,
      discountAmount: 0,
      status,
      orderType: 0,
      sourceType: 1,
      receiverName: '张三',
      receiverPhone: '13800000001',
      receiverProvince: '广东省',
      receiverCity: '深圳市',
      receiverRegion: '南山区',
      receiverDetailAddress: '科技园1号',
      deleteStatus: 0,
      ...overrides,
    });
    const id = Number(result.identifiers[0].id);
    await ds.getRepository(OmsOrderItem).insert([
      {
        orderId: id,
        orderSn,
        productId: 1,
        productName: 'A',
        productPrice: 40,
        productQuantity: 1,
        productSkuId: 101,
        productCategoryId: 7,
      },
      {
        orderId: id,
        orderSn,
        productId: 2,
        productName: 'B',
        productPrice: 60,
        productQuantity: 1,
        productSkuId: 201,
        productCategoryId: 7,
      },
    ]);
    return id;
  };

  const historyOf = (orderId: number) =>
    ds.getRepository(OmsOrderOperateHistory).find({ where: { orderId }, order: { id: 'ASC' } });

  const orderRow = (id: number) => ds.getRepository(OmsOrder).findOneByOrFail({ id });

  beforeAll(async () => {
    db = await createMallDatabase('oms_order');
    // A key prefix of its own keeps this suite's cache keys apart from other suites'.
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
      const keys = await redis.keys(`${db.database}:*`);
      // KEYS answers full names; DEL would add the prefix again, so strip it.
      if (keys.length > 0) await redis.del(...keys.map((k) => k.slice(db.database.length + 1)));
      await redis.quit();
    }
    await svc?.close();
    await db?.drop();
  });

  describe('GET /order/list', () => {
    let unpaid: number;
    let shipped: number;
    let deleted: number;

    beforeAll(async () => {
      unpaid = await createOrder(0, {
        receiverName: '李四_list',
        createTime: new Date(2031, 1, 3, 8, 0, 0),
      });
      shipped = await createOrder(2, { receiverPhone: '13912345678', orderType: 1, sourceType: 0 });
      deleted = await createOrder(0, { deleteStatus: 1, receiverName: '李四_list' });
    });

    it('filters by status, type, source, receiver keyword and create-time prefix, hiding deleted orders', async () => {
      const byKeyword = await call<Page<OmsOrder>>('GET', '/order/list', {
        query: { receiverKeyword: '李四_list' },
      });
      expect(byKeyword.code).toBe(200);
      expect(byKeyword.data.list.map((o) => o.id)).toEqual([unpaid]);

      const byPhone = await call<Page<OmsOrder>>('GET', '/order/list', {
        query: { receiverKeyword: '912345', orderType: 1, sourceType: 0, status: 2 },
      });
      expect(byPhone.data.list.map((o) => o.id)).toEqual([shipped]);

      const byDay = await call<Page<OmsOrder>>('GET', '/order/list', {
        query: { createTime: '2031-02-03' },
      });
      expect(byDay.data.list.map((o) => o.id)).toEqual([unpaid]);
      expect(byDay.data.list[0]).toMatchObject({
        receiverName: '李四_list',
        payAmount: 90,
        deleteStatus: 0,
      });

      const bySn = await call<Page<OmsOrder>>('GET', '/order/list', {
        query: { orderSn: (await orderRow(deleted)).orderSn ?? '' },
      });
      expect(bySn.data).toMatchObject({ total: 0, list: [] });
    });

    it('pages with the original defaults and treats empty filters as absent', async () => {
      const total = await ds.getRepository(OmsOrder).countBy({ deleteStatus: 0 });
      const page = await call<Page<OmsOrder>>('GET', '/order/list', {
        query: { status: '', orderSn: '' },
      });
      expect(page.data).toMatchObject({
        pageNum: 1,
        pageSize: 5,
        total,
        totalPage: Math.ceil(total / 5),
      });
      expect(page.data.list.length).toBe(Math.min(total, 5));
    });

    it('rejects a non-numeric status', async () => {
      const res = await call('GET', '/order/list', { query: { status: 'x' } });
      expect(res.code).toBe(404);
      expect(res.message).toContain('status');
    });
  });

  describe('GET /order/:id', () => {
    it('answers the order with its items (partial fields) and history, newest first', async () => {
      const id = await createOrder(1);
      const older = new Date(2030, 0, 1, 9, 0, 0);
      const newer = new Date(2030, 0, 2, 9, 0, 0);
      await ds.getRepository(OmsOrderOperateHistory).insert([
        { orderId: id, operateMan: '用户', createTime: older, orderStatus: 0, note: 'created' },
        { orderId: id, operateMan: '用户', createTime: newer, orderStatus: 1, note: 'paid' },
      ]);
      const res = await call<
        Record<string, unknown> & {
          orderItemList: OmsOrderItem[];
          historyList: OmsOrderOperateHistory[];
        }
      >('GET', `/order/${id}`);
      expect(res.code).toBe(200);
      expect(res.data).toMatchObject({ id, status: 1, receiverName: '张三', totalAmount: 100 });
      expect(res.data.orderItemList.map((i) => i.productName)).toEqual(['A', 'B']);
      expect(res.data.orderItemList[0]).toMatchObject({
        productPrice: 40,
        productQuantity: 1,
        orderId: null,
        productSkuId: null,
      });
      expect(res.data.historyList.map((h) => h.note)).toEqual(['paid', 'created']);
      expect(res.data.historyList[0]).toMatchObject({
        orderId: null,
        operateMan: '用户',
        orderStatus: 1,
      });
    });

    it('answers null for an unknown order and a validation failure for a non-numeric id', async () => {
      expect(await call('GET', '/order/99999999')).toMatchObject({ code: 200, data: null });
      expect((await call('GET', '/order/abc')).code).toBe(404);
    });
  });

  describe('POST /order/update/delivery', () => {
    it('ships orders awaiting shipment and records history', async () => {
      const a = await createOrder(1);
      const b = await createOrder(1);
      await redis.set(`mall:order:${a}`, '{}');
      const res = await call('POST', '/order/update/delivery', {
        body: [
          { orderId: a, deliveryCompany: '顺丰快递', deliverySn: 'SF001' },
          { orderId: b, deliveryCompany: '圆通快递', deliverySn: 'YT002' },
        ],
      });
      expect(res).toMatchObject({ code: 200, data: 2 });
      expect(await redis.exists(`mall:order:${a}`)).toBe(0);
      const rowA = await orderRow(a);
      const rowB = await orderRow(b);
      expect(rowA).toMatchObject({ status: 2, deliveryCompany: '顺丰快递', deliverySn: 'SF001' });
      expect(rowB).toMatchObject({ status: 2, deliveryCompany: '圆通快递', deliverySn: 'YT002' });
      expect(rowA.deliveryTime).toBeInstanceOf(Date);
      for (const id of [a, b]) {
        expect(await historyOf(id)).toEqual([
          expect.objectContaining({ operateMan: '后台管理员', orderStatus: 2, note: '完成发货' }),
        ]);
      }
    });

    it('refuses the whole batch when one order is not awaiting shipment', async () => {
      const ready = await createOrder(1);
      const unpaid = await createOrder(0);
      const res = await call('POST', '/order/update/delivery', {
        body: [
          { orderId: ready, deliveryCompany: '顺丰快递', deliverySn: 'SF100' },
          { orderId: unpaid, deliveryCompany: '顺丰快递', deliverySn: 'SF101' },
        ],
      });
      expect(res.code).toBe(500);
      expect(res.message).toContain(String(unpaid));
      expect(await orderRow(ready)).toMatchObject({ status: 1, deliverySn: null });
      expect(await historyOf(ready)).toEqual([]);
      expect(await historyOf(unpaid)).toEqual([]);
    });

    it('refuses unknown or repeated orders, empty lists and incomplete entries', async () => {
      const ready = await createOrder(1);
      const unknown = await call('POST', '/order/update/delivery', {
        body: [{ orderId: 99999999, deliveryCompany: '顺丰快递', deliverySn: 'SF1' }],
      });
      expect(unknown.code).toBe(500);
      expect(unknown.message).toContain('99999999');
      const repeated = await call('POST', '/order/update/delivery', {
        body: [
          { orderId: ready, deliveryCompany: '顺丰快递', deliverySn: 'SF1' },
          { orderId: ready, deliveryCompany: '顺丰快递', deliverySn: 'SF2' },
        ],
      });
      expect(repeated.code).toBe(500);
      expect((await call('POST', '/order/update/delivery', { body: [] })).code).toBe(404);
      const incomplete = await call('POST', '/order/update/delivery', {
        body: [{ orderId: ready, deliveryCompany: '顺丰快递' }],
      });
      expect(incomplete.code).toBe(404);
      expect(incomplete.message).toContain('deliverySn');
      expect(await orderRow(ready)).toMatchObject({ status: 1 });
    });
  });

  describe('POST /order/update/close', () => {
    it('closes unpaid orders like a member cancel: stock, coupon and points come back', async () => {
      const skus = ds.getRepository(PmsSkuStock);
      await skus.update({ id: In([101, 201]) }, { lockStock: 10 });
      const pointsBefore =
        (await ds.getRepository(UmsMember).findOneByOrFail({ id: 1 })).integration ?? 0;
      const a = await createOrder(0, { couponId: 2, useIntegration: 300 });
      const b = await createOrder(0);
      await ds.getRepository(SmsCouponHistory).insert({
        couponId: 2,
        memberId: 1,
        getType: 1,
        useStatus: 1,
        orderId: a,
        orderSn: (await orderRow(a)).orderSn,
        createTime: new Date(),
      });
      await redis.set(`mall:order:${a}`, '{}');
      await redis.set('mall:ums:member:1', '{}');

      const res = await call('POST', '/order/update/close', {
        query: { ids: `${a},${b}`, note: '买家要求' },
      });
      expect(res).toMatchObject({ code: 200, data: 2 });
      const rows = await ds.getRepository(OmsOrder).findBy({ id: In([a, b]) });
      expect(rows.map((r) => r.status)).toEqual([4, 4]);
      for (const id of [a, b]) {
        expect(await historyOf(id)).toEqual([
          expect.objectContaining({
            operateMan: '后台管理员',
            orderStatus: 4,
            note: '订单关闭:买家要求',
          }),
        ]);
      }
      // Each order held one unit of SKU 101 and one of 201.
      expect((await skus.findBy({ id: In([101, 201]) })).map((s) => s.lockStock)).toEqual([8, 8]);
      expect(
        await ds.getRepository(SmsCouponHistory).findOneByOrFail({ couponId: 2, memberId: 1 }),
      ).toMatchObject({
        useStatus: 0,
      });
      expect((await ds.getRepository(UmsMember).findOneByOrFail({ id: 1 })).integration).toBe(
        pointsBefore + 300,
      );
      expect(await redis.exists(`mall:order:${a}`, 'mall:ums:member:1')).toBe(0);
    });

    it('refuses to close a paid order, leaving the whole batch untouched', async () => {
      const unpaid = await createOrder(0);
      const paid = await createOrder(1);
      const res = await call('POST', '/order/update/close', {
        query: { ids: [unpaid, paid], note: 'x' },
      });
      expect(res.code).toBe(500);
      expect(res.message).toContain(String(paid));
      expect((await orderRow(unpaid)).status).toBe(0);
      expect(await ds.getRepository(PmsSkuStock).findOneByOrFail({ id: 101 })).toMatchObject({
        lockStock: 8,
      });
      expect(await historyOf(unpaid)).toEqual([]);
    });

    it('reads ids and note from a form body as well', async () => {
      const id = await createOrder(0);
      const res = await svc.request<Envelope>('POST', '/order/update/close', {
        body: { ids: String(id), note: '表单' },
        form: true,
        user: admin,
      });
      expect(res.body).toMatchObject({ code: 200, data: 1 });
      expect((await historyOf(id)).map((h) => h.note)).toEqual(['订单关闭:表单']);
    });

    it('requires ids and note', async () => {
      expect((await call('POST', '/order/update/close', { query: { note: 'x' } })).code).toBe(404);
      const id = await createOrder(0);
      const noNote = await call('POST', '/order/update/close', { query: { ids: id } });
      expect(noNote.code).toBe(404);
      expect(noNote.message).toContain('note');
    });
  });

  it('documents the query-or-form parameters in the OpenAPI document', async () => {
    const doc = await svc.request<{
      paths: Record<string, { post?: { parameters?: Array<{ name: string; in: string }> } }>;
    }>('GET', '/v3/api-docs');
    const params = doc.body.paths['/order/update/close']?.post?.parameters ?? [];
    expect(params.map((p) => `${p.in}:${p.name}`).sort()).toEqual(['query:ids', 'query:note']);
  });

  describe('POST /order/delete', () => {
    it('soft-deletes: gone from the list, still readable by id; a second delete fails', async () => {
      const id = await createOrder(3);
      expect(await call('POST', '/order/delete', { query: { ids: id } })).toMatchObject({
        code: 200,
        data: 1,
      });
      expect((await orderRow(id)).deleteStatus).toBe(1);
      const list = await call<Page<OmsOrder>>('GET', '/order/list', {
        query: { orderSn: (await orderRow(id)).orderSn ?? '' },
      });
      expect(list.data.total).toBe(0);
      expect((await call<{ id: number }>('GET', `/order/${id}`)).data.id).toBe(id);
      expect(await call('POST', '/order/delete', { query: { ids: id } })).toMatchObject({
        code: 500,
        data: null,
      });
      expect(await historyOf(id)).toEqual([]);
    });
  });

  describe('POST /order/update/receiverInfo, moneyInfo, note', () => {
    it('updates the given receiver fields only and records the stored status', async () => {
      const id = await createOrder(1);
      const res = await call('POST', '/order/update/receiverInfo', {
        body: {
          orderId: id,
          receiverName: '王五',
          receiverPhone: 13700000000,
          receiverCity: null,
          status: 3,
        },
      });
      expect(res).toMatchObject({ code: 200, data: 1 });
      const row = await orderRow(id);
      expect(row).toMatchObject({
        receiverName: '王五',
        receiverPhone: '13700000000',
        receiverCity: '深圳市',
      });
      expect(row.modifyTime).toBeInstanceOf(Date);
      expect(await historyOf(id)).toEqual([
        expect.objectContaining({
          orderStatus: 1,
          note: '修改收货人信息',
          operateMan: '后台管理员',
        }),
      ]);
    });

    it('updates freight and discount without touching the pay amount', async () => {
      const id = await createOrder(0);
      const res = await call('POST', '/order/update/moneyInfo', {
        body: { orderId: id, freightAmount: '12.50', discountAmount: 5, status: 0 },
      });
      expect(res).toMatchObject({ code: 200, data: 1 });
      expect(await orderRow(id)).toMatchObject({
        freightAmount: 12.5,
        discountAmount: 5,
        payAmount: 90,
      });
      expect((await historyOf(id)).map((h) => h.note)).toEqual(['修改费用信息']);
    });

    it('sets the note with the full-width colon in the history', async () => {
      const id = await createOrder(2);
      const res = await call('POST', '/order/update/note', {
        query: { id, note: '尽快发货', status: 2 },
      });
      expect(res).toMatchObject({ code: 200, data: 1 });
      expect((await orderRow(id)).note).toBe('尽快发货');
      expect(await historyOf(id)).toEqual([
        expect.objectContaining({ orderStatus: 2, note: '修改备注信息：尽快发货' }),
      ]);
    });

    it('fails for an unknown order without writing history, and validates parameters', async () => {
      const unknown = await call('POST', '/order/update/receiverInfo', {
        body: { orderId: 99999998, receiverName: 'x' },
      });
      expect(unknown.code).toBe(500);
      expect(await historyOf(99999998)).toEqual([]);
      expect(
        (await call('POST', '/order/update/moneyInfo', { body: { freightAmount: 1 } })).code,
      ).toBe(404);
      expect(
        (
          await call('POST', '/order/update/moneyInfo', {
            body: { orderId: 1, freightAmount: 'abc' },
          })
        ).code,
      ).toBe(404);
      expect((await call('POST', '/order/update/note', { query: { id: 1, note: 'x' } })).code).toBe(
        404,
      );
    });
  });
});
