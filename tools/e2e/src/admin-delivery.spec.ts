import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { connect } from 'amqplib';
import Redis from 'ioredis';
import {
  createConnection,
  type Connection,
  type ResultSetHeader,
  type RowDataPacket,
} from 'mysql2/promise';
import {
  createScratchDatabase,
  startBuiltService,
  WORKSPACE_ROOT,
  type RunningService,
  type ScratchDatabase,
} from '@mall/testing';

/**
 * Back office and shopper on the same order, through the built gateway with real tokens: the member
 * pays an order, an admin ships it, the member sees it shipped (also through mall-order's cached
 * detail, which the admin's change must evict) and confirms receipt. Ports, Redis keys and cancel
 * queues are this suite's own.
 */

const TAG = `e2edelivery${process.pid}`;
const SERVICES: Array<{ name: string; port: number; db: boolean }> = [
  { name: 'mall-auth', port: 30401, db: true },
  { name: 'mall-member', port: 30083, db: true },
  { name: 'mall-order', port: 30084, db: true },
  { name: 'mall-admin', port: 30087, db: true },
  { name: 'mall-gateway', port: 30201, db: false },
];
const GATEWAY = 'http://127.0.0.1:30201';
const ROLES_KEY = `mall:t:${TAG}:resourceRolesMap`;
const ORDER_DETAIL_PREFIX = `mall:t:${TAG}:order`;

const discovery = Object.fromEntries(
  SERVICES.map((s) => [`MALL__discovery__services__${s.name}`, `["127.0.0.1:${s.port}"]`]),
);
/** mall-admin publishes the RBAC map the gateway reads. */
const rbacKey = { MALL__app__redis__keys__resourceRolesMap: ROLES_KEY };
/** mall-order caches order details under this prefix; mall-admin evicts them. */
const orderDetailKey = { MALL__app__redis__keys__orderDetail: ORDER_DETAIL_PREFIX };
const serviceKeys: Record<string, Record<string, string>> = {
  'mall-admin': { ...rbacKey, ...orderDetailKey },
  'mall-gateway': rbacKey,
};
const orderIsolation: Record<string, string> = {
  ...orderDetailKey,
  MALL__app__redis__keys__orderId: `mall:t:${TAG}:oms:orderId`,
  MALL__app__order__sweepEveryMinutes: '0',
  ...Object.fromEntries(
    [
      ['exchange', 'direct'],
      ['delayQueuePrefix', 'cancel.delay.'],
      ['targetQueue', 'cancel'],
      ['targetRoutingKey', 'cancel'],
      ['deadLetterExchange', 'dlx'],
      ['deadLetterQueue', 'cancel.dead'],
      ['deadLetterRoutingKey', 'cancel.dead'],
    ].map(([key, suffix]) => [
      `MALL__app__order__cancelLine__${key}`,
      `mall.t.${TAG}.order.${suffix}`,
    ]),
  ),
};

interface Envelope<T = unknown> {
  code: number;
  message: string;
  data?: T;
}

interface OrderView {
  id: number;
  status: number;
  deliveryCompany: string | null;
  deliverySn: string | null;
}

function dbCli(command: string, db: ScratchDatabase): void {
  execFileSync(process.execPath, [join(WORKSPACE_ROOT, 'tools/db/cli.mjs'), command], {
    cwd: WORKSPACE_ROOT,
    env: { ...process.env, MYSQL_DATABASE: db.database },
    stdio: 'pipe',
  });
}

describe('admin delivery through the gateway: member pays, admin ships, member receives', () => {
  let db: ScratchDatabase;
  let sql: Connection;
  const running: RunningService[] = [];

  const call = async <T>(
    token: string,
    method: 'GET' | 'POST',
    path: string,
    options: { query?: Record<string, string | number>; json?: unknown } = {},
  ): Promise<Envelope<T>> => {
    const url = new URL(GATEWAY + path);
    for (const [k, v] of Object.entries(options.query ?? {})) url.searchParams.set(k, String(v));
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    let body: string | undefined;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    }
    const res = await fetch(url, { method, headers, body });
    expect(res.status).toBe(200);
    return (await res.json()) as Envelope<T>;
  };
  const rows = async <T>(query: string, params: unknown[] = []) =>
    (await sql.query<RowDataPacket[]>(query, params))[0] as T[];

  /** An unpaid order of member 1 as checkout leaves it: one SKU line, its quantity locked. */
  async function placeUnpaidOrder(skuId: number, quantity: number): Promise<number> {
    const [order] = await sql.query<ResultSetHeader>(
      `INSERT INTO oms_order (member_id, member_username, order_sn, create_time, total_amount, pay_amount,
         freight_amount, status, order_type, source_type, pay_type, receiver_name, receiver_phone,
         receiver_province, receiver_city, receiver_region, receiver_detail_address, delete_status,
         confirm_status, auto_confirm_day)
       VALUES (1, 'member', ?, NOW(), 2699.00, 2699.00, 0, 0, 0, 1, 0, '张三', '13800000001',
         '广东省', '深圳市', '南山区', '科技园1号', 0, 0, 15)`,
      [`${Date.now()}${process.pid}`.slice(0, 20)],
    );
    await sql.query(
      `INSERT INTO oms_order_item (order_id, product_id, product_name, product_price, product_quantity,
         product_sku_id, product_category_id)
       VALUES (?, 2, '华为 HUAWEI nova 12', 2699.00, ?, ?, 11)`,
      [order.insertId, quantity, skuId],
    );
    await sql.query('UPDATE pms_sku_stock SET lock_stock = lock_stock + ? WHERE id = ?', [
      quantity,
      skuId,
    ]);
    return order.insertId;
  }

  beforeAll(async () => {
    db = await createScratchDatabase('e2e_delivery');
    dbCli('migrate', db);
    dbCli('seed', db);
    sql = await createConnection({
      host: db.host,
      port: db.port,
      user: db.user,
      password: db.password,
      database: db.database,
    });
    const started = await Promise.allSettled(
      SERVICES.map((s) =>
        startBuiltService(
          s.name,
          s.port,
          {
            LOG_LEVEL: 'warn',
            ...discovery,
            ...serviceKeys[s.name],
            ...(s.db ? { MYSQL_DATABASE: db.database } : {}),
            ...(s.name === 'mall-order' ? orderIsolation : {}),
          },
          60_000,
        ),
      ),
    );
    for (const r of started) if (r.status === 'fulfilled') running.push(r.value);
    const failures = started.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failures.length > 0) throw new Error(failures.map((f) => String(f.reason)).join('\n'));
  }, 180_000);

  afterAll(async () => {
    await Promise.all(running.map((s) => s.stop()));
    // mall-order declared this suite's cancel line (one delay queue per timeout setting).
    const settings = sql
      ? await rows<{ minutes: number }>(
          'SELECT normal_order_overtime AS minutes FROM oms_order_setting WHERE id = 1',
        )
      : [];
    const broker = await connect(
      process.env['RABBITMQ_URL'] ?? 'amqp://guest:guest@127.0.0.1:5672',
    );
    const channel = await broker.createChannel();
    const line = `mall.t.${TAG}.order`;
    const delays = settings.map((s) => `${line}.cancel.delay.${s.minutes * 60_000}`);
    for (const queue of [`${line}.cancel`, `${line}.cancel.dead`, ...delays]) {
      await channel.deleteQueue(queue);
    }
    for (const exchange of [`${line}.direct`, `${line}.dlx`])
      await channel.deleteExchange(exchange);
    await broker.close();
    await sql?.end();
    await db?.drop();
    const redis = new Redis({ host: process.env['REDIS_HOST'] ?? '127.0.0.1', lazyConnect: true });
    await redis.connect();
    const keys = await redis.keys(`mall:t:${TAG}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it('ships a paid order that the member then sees as shipped and receives', async () => {
    const skuId = 201;
    const [before] = await rows<{ stock: number; lock_stock: number }>(
      'SELECT stock, lock_stock FROM pms_sku_stock WHERE id = ?',
      [skuId],
    );
    const orderId = await placeUnpaidOrder(skuId, 1);

    const memberLogin = await call<{ token: string }>('', 'POST', '/mall-member/sso/login', {
      query: { username: 'member', password: 'member123' },
    });
    expect(memberLogin.code).toBe(200);
    const member = memberLogin.data?.token as string;
    const adminLogin = await call<{ token: string }>('', 'POST', '/mall-admin/admin/login', {
      json: { username: 'orderAdmin', password: 'macro123' },
    });
    expect(adminLogin.code).toBe(200);
    const admin = adminLogin.data?.token as string;

    // Shipping an unpaid order is refused.
    const early = await call(admin, 'POST', '/mall-admin/order/update/delivery', {
      json: [{ orderId, deliveryCompany: '顺丰快递', deliverySn: 'SF0001' }],
    });
    expect(early.code).toBe(500);

    // The member pays: stock is consumed from the lock.
    const paid = await call(member, 'POST', '/mall-order/order/paySuccess', {
      query: { orderId, payType: 1 },
    });
    expect(paid).toMatchObject({ code: 200, data: 1 });
    expect(
      (
        await rows<{ stock: number; lock_stock: number }>(
          'SELECT stock, lock_stock FROM pms_sku_stock WHERE id = ?',
          [skuId],
        )
      )[0],
    ).toEqual({ stock: before.stock - 1, lock_stock: before.lock_stock });

    // The member's cached detail now holds the paid order.
    const cached = await call<OrderView>(
      member,
      'GET',
      `/mall-order/order/detail/redis/${orderId}`,
    );
    expect(cached.data).toMatchObject({ id: orderId, status: 1 });

    // The admin finds it among the orders awaiting shipment and ships it.
    const awaiting = await call<{ list: OrderView[] }>(admin, 'GET', '/mall-admin/order/list', {
      query: { status: 1, pageSize: 50 },
    });
    expect(awaiting.data?.list.map((o) => o.id)).toContain(orderId);
    const shipped = await call(admin, 'POST', '/mall-admin/order/update/delivery', {
      json: [{ orderId, deliveryCompany: '顺丰快递', deliverySn: 'SF0001' }],
    });
    expect(shipped).toMatchObject({ code: 200, data: 1 });
    const adminDetail = await call<OrderView & { historyList: Array<{ note: string }> }>(
      admin,
      'GET',
      `/mall-admin/order/${orderId}`,
    );
    expect(adminDetail.data).toMatchObject({ status: 2, deliverySn: 'SF0001' });
    expect(adminDetail.data?.historyList.map((h) => h.note)).toContain('完成发货');

    // The member sees it shipped at once, in the list, the detail and the cached detail.
    const list = await call<{ list: OrderView[] }>(member, 'GET', '/mall-order/order/list', {
      query: { status: 2, pageNum: 1, pageSize: 5 },
    });
    expect(list.data?.list.map((o) => o.id)).toContain(orderId);
    const detail = await call<OrderView>(member, 'GET', `/mall-order/order/detail/${orderId}`);
    expect(detail.data).toMatchObject({
      id: orderId,
      status: 2,
      deliveryCompany: '顺丰快递',
      deliverySn: 'SF0001',
    });
    const fresh = await call<OrderView>(member, 'GET', `/mall-order/order/detail/redis/${orderId}`);
    expect(fresh.data).toMatchObject({ id: orderId, status: 2 });

    // The member confirms receipt.
    const received = await call(member, 'POST', '/mall-order/order/confirmReceiveOrder', {
      query: { orderId },
    });
    expect(received.code).toBe(200);
    expect(
      await rows('SELECT status, confirm_status FROM oms_order WHERE id = ?', [orderId]),
    ).toEqual([{ status: 3, confirm_status: 1 }]);
    const done = await call<OrderView>(member, 'GET', `/mall-order/order/detail/${orderId}`);
    expect(done.data?.status).toBe(3);
  });

  it('keeps a member token away from the back office', async () => {
    const memberLogin = await call<{ token: string }>('', 'POST', '/mall-member/sso/login', {
      query: { username: 'member', password: 'member123' },
    });
    const res = await call(
      memberLogin.data?.token as string,
      'POST',
      '/mall-admin/order/update/delivery',
      {
        json: [{ orderId: 1, deliveryCompany: 'x', deliverySn: 'y' }],
      },
    );
    expect([401, 403]).toContain(res.code);
  });
});
