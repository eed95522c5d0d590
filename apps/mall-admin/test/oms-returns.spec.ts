import { OmsOrderReturnApply, OmsOrderReturnReason, OmsOrderSetting } from '@mall/db';
import {
  adminClaims,
  createMallDatabase,
  startTestService,
  type ScratchDatabase,
  type TestService,
} from '@mall/testing';
import Redis from 'ioredis';
import { DataSource, In } from 'typeorm';
import { serviceDefinition } from '../src/service';

jest.setTimeout(60_000);

const admin = adminClaims(3, 'orderAdmin', ['2_订单管理员']);

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

describe('mall-admin return applies, return reasons, order setting, company addresses', () => {
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

  const createApply = async (values: Partial<OmsOrderReturnApply>): Promise<number> => {
    const result = await ds.getRepository(OmsOrderReturnApply).insert({
      orderId: 1,
      orderSn: '202501010100000001',
      productId: 1,
      createTime: new Date(2030, 4, 6, 12, 0, 0),
      memberUsername: 'member',
      returnName: '张三',
      returnPhone: '13800000001',
      status: 0,
      productName: 'A',
      productCount: 1,
      productPrice: 40,
      productRealPrice: 38,
      reason: '质量问题',
      ...values,
    });
    return Number(result.identifiers[0].id);
  };
  const applyRow = (id: number) => ds.getRepository(OmsOrderReturnApply).findOneByOrFail({ id });

  beforeAll(async () => {
    db = await createMallDatabase('oms_returns');
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

  describe('/returnApply', () => {
    it('lists with the list columns only, filtered by status, keyword, handler and day', async () => {
      const mine = await createApply({
        returnName: '退货人_甲',
        status: 1,
        handleMan: 'admin',
        handleTime: new Date(2030, 4, 7, 9, 0, 0),
      });
      await createApply({ returnName: '退货人_乙', status: 0 });
      const res = await call<Page<Record<string, unknown>>>('GET', '/returnApply/list', {
        query: {
          receiverKeyword: '退货人_',
          status: 1,
          handleMan: 'admin',
          handleTime: '2030-05-07',
          createTime: '2030-05-06',
        },
      });
      expect(res.code).toBe(200);
      expect(res.data.total).toBe(1);
      const [row] = res.data.list;
      expect(row).toMatchObject({
        id: mine,
        memberUsername: 'member',
        productRealPrice: 38,
        productCount: 1,
        returnName: '退货人_甲',
        status: 1,
      });
      // Columns outside the list selection are present but null, as in the original.
      expect(row).toMatchObject({
        returnPhone: null,
        reason: null,
        orderSn: null,
        handleMan: null,
      });
      const byId = await call<Page<{ id: number }>>('GET', '/returnApply/list', {
        query: { id: mine },
      });
      expect(byId.data.list.map((r) => r.id)).toEqual([mine]);
    });

    it('shows the detail with its return address (send/receive flags left null)', async () => {
      const id = await createApply({ companyAddressId: 3, status: 1 });
      const res = await call<Record<string, unknown> & { companyAddress: Record<string, unknown> }>(
        'GET',
        `/returnApply/${id}`,
      );
      expect(res.data).toMatchObject({ id, reason: '质量问题', returnPhone: '13800000001' });
      expect(res.data.companyAddress).toEqual({
        id: 3,
        addressName: '上海退货中心',
        sendStatus: null,
        receiveStatus: null,
        name: '陈售后',
        phone: '02188880003',
        province: '上海市',
        city: '上海市',
        region: '青浦区',
        detailAddress: '华新镇华腾路 1288 号',
      });
      const noAddress = await call<{ companyAddress: unknown }>(
        'GET',
        `/returnApply/${await createApply({})}`,
      );
      expect(noAddress.data.companyAddress).toBeNull();
      expect(await call('GET', '/returnApply/99999999')).toMatchObject({ code: 200, data: null });
    });

    it('confirms, completes and rejects, writing the fields of each step', async () => {
      const id = await createApply({});
      const confirm = await call('POST', `/returnApply/update/status/${id}`, {
        body: {
          id: 777,
          status: 1,
          returnAmount: 38,
          companyAddressId: 3,
          handleMan: 'orderAdmin',
          handleNote: '同意退货',
          receiveMan: 'ignored',
        },
      });
      expect(confirm).toMatchObject({ code: 200, data: 1 });
      let row = await applyRow(id);
      expect(row).toMatchObject({
        status: 1,
        returnAmount: 38,
        companyAddressId: 3,
        handleMan: 'orderAdmin',
        handleNote: '同意退货',
        receiveMan: null,
      });
      expect(row.handleTime).toBeInstanceOf(Date);

      await call('POST', `/returnApply/update/status/${id}`, {
        body: { status: 2, receiveMan: '陈售后', receiveNote: '已收货', handleNote: 'ignored' },
      });
      row = await applyRow(id);
      expect(row).toMatchObject({
        status: 2,
        receiveMan: '陈售后',
        receiveNote: '已收货',
        handleNote: '同意退货',
      });
      expect(row.receiveTime).toBeInstanceOf(Date);

      const other = await createApply({});
      await call('POST', `/returnApply/update/status/${other}`, {
        body: { status: 3, handleMan: 'orderAdmin', handleNote: '超过退货期限', returnAmount: 99 },
      });
      expect(await applyRow(other)).toMatchObject({
        status: 3,
        handleNote: '超过退货期限',
        returnAmount: null,
      });
    });

    it('refuses unknown statuses, a missing status and unknown applies', async () => {
      const id = await createApply({});
      expect(
        await call('POST', `/returnApply/update/status/${id}`, { body: { status: 7 } }),
      ).toMatchObject({ code: 500, data: null });
      expect(
        (await call('POST', `/returnApply/update/status/${id}`, { body: { handleMan: 'x' } })).code,
      ).toBe(404);
      expect((await applyRow(id)).status).toBe(0);
      expect(
        (await call('POST', '/returnApply/update/status/99999999', { body: { status: 3 } })).code,
      ).toBe(500);
    });

    it('deletes rejected applies only', async () => {
      const rejected = await createApply({ status: 3 });
      const pending = await createApply({ status: 0 });
      expect(
        await call('POST', '/returnApply/delete', { query: { ids: `${rejected},${pending}` } }),
      ).toMatchObject({ code: 200, data: 1 });
      const left = await ds
        .getRepository(OmsOrderReturnApply)
        .findBy({ id: In([rejected, pending]) });
      expect(left.map((r) => r.id)).toEqual([pending]);
      expect((await call('POST', '/returnApply/delete', { query: { ids: pending } })).code).toBe(
        500,
      );
      expect((await call('POST', '/returnApply/delete')).code).toBe(404);
    });
  });

  describe('/returnReason', () => {
    it('creates, reads, updates (every column) and lists by sort', async () => {
      expect(
        await call('POST', '/returnReason/create', {
          body: { name: '不想要了', sort: 95, status: 1 },
        }),
      ).toMatchObject({ code: 200, data: 1 });
      const created = await ds
        .getRepository(OmsOrderReturnReason)
        .findOneByOrFail({ name: '不想要了' });
      expect(created.createTime).toBeInstanceOf(Date);

      const list = await call<Page<OmsOrderReturnReason>>('GET', '/returnReason/list');
      expect(list.data).toMatchObject({ pageNum: 1, pageSize: 5, total: 10 });
      expect(list.data.list.map((r) => r.sort)).toEqual([95, 90, 80, 70, 60]);

      const item = await call<OmsOrderReturnReason>('GET', `/returnReason/${created.id}`);
      expect(item.data).toMatchObject({ id: created.id, name: '不想要了', sort: 95, status: 1 });

      // The original's update overwrites every column: an omitted createTime becomes NULL.
      expect(
        await call('POST', `/returnReason/update/${created.id}`, {
          body: { name: '不想要了2', sort: 1 },
        }),
      ).toMatchObject({ code: 200, data: 1 });
      expect(
        await ds.getRepository(OmsOrderReturnReason).findOneByOrFail({ id: created.id }),
      ).toMatchObject({
        name: '不想要了2',
        sort: 1,
        status: null,
        createTime: null,
      });
      expect(
        (await call('POST', '/returnReason/update/99999999', { body: { name: 'x' } })).code,
      ).toBe(500);
      expect(await call('GET', '/returnReason/99999999')).toMatchObject({ code: 200, data: null });
    });

    it('switches statuses (0/1 only) and deletes', async () => {
      expect(
        await call('POST', '/returnReason/update/status', { query: { ids: '7,8', status: 0 } }),
      ).toMatchObject({ code: 200, data: 2 });
      expect(
        (await ds.getRepository(OmsOrderReturnReason).findBy({ id: In([7, 8]) })).map(
          (r) => r.status,
        ),
      ).toEqual([0, 0]);
      expect(
        await call('POST', '/returnReason/update/status', { query: { ids: '7', status: 2 } }),
      ).toMatchObject({ code: 500 });
      expect(
        (await call('POST', '/returnReason/update/status', { query: { ids: '7' } })).code,
      ).toBe(404);
      expect(await call('POST', '/returnReason/delete', { query: { ids: '8,9' } })).toMatchObject({
        code: 200,
        data: 2,
      });
      expect(await ds.getRepository(OmsOrderReturnReason).countBy({ id: In([8, 9]) })).toBe(0);
    });
  });

  describe('/orderSetting and /companyAddress', () => {
    it('reads and overwrites the order setting', async () => {
      expect((await call<OmsOrderSetting>('GET', '/orderSetting/1')).data).toEqual({
        id: 1,
        flashOrderOvertime: 60,
        normalOrderOvertime: 120,
        confirmOvertime: 15,
        finishOvertime: 7,
        commentOvertime: 7,
      });
      const res = await call('POST', '/orderSetting/update/1', {
        body: {
          flashOrderOvertime: 30,
          normalOrderOvertime: '90',
          confirmOvertime: 10,
          finishOvertime: 5,
        },
      });
      expect(res).toMatchObject({ code: 200, data: 1 });
      expect(await ds.getRepository(OmsOrderSetting).findOneByOrFail({ id: 1 })).toMatchObject({
        flashOrderOvertime: 30,
        normalOrderOvertime: 90,
        commentOvertime: null,
      });
      expect(
        (await call('POST', '/orderSetting/update/1', { body: { confirmOvertime: 'soon' } })).code,
      ).toBe(404);
      expect((await call('POST', '/orderSetting/update/2', { body: {} })).code).toBe(500);
      expect(await call('GET', '/orderSetting/2')).toMatchObject({ code: 200, data: null });
    });

    it('lists every company address', async () => {
      const res = await call<Array<{ id: number; addressName: string; receiveStatus: number }>>(
        'GET',
        '/companyAddress/list',
      );
      expect(res.data.map((a) => a.id)).toEqual([1, 2, 3]);
      expect(res.data[2]).toMatchObject({ addressName: '上海退货中心', receiveStatus: 1 });
    });
  });
});
