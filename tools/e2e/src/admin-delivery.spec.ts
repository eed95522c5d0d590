import type { ResultSetHeader } from 'mysql2/promise';
import type { Envelope } from './support/gateway-client';
import { MallCluster } from './support/mall-cluster';

/**
 * Back office and shopper on the same order, through the built gateway with real tokens: the member
 * pays an order, an admin ships it, the member sees it shipped (also through mall-order's cached
 * detail, which the admin's change must evict) and confirms receipt. Ports, Redis keys and cancel
 * queues are this suite's own.
 */

const TAG = `e2edelivery${process.pid}`;
const SERVICES = [
  { name: 'mall-auth', port: 30401 },
  { name: 'mall-member', port: 30083 },
  { name: 'mall-order', port: 30084 },
  { name: 'mall-admin', port: 30087 },
];

interface OrderView {
  id: number;
  status: number;
  deliveryCompany: string | null;
  deliverySn: string | null;
}

describe('admin delivery through the gateway: member pays, admin ships, member receives', () => {
  const cluster = new MallCluster('e2e_delivery', SERVICES, { tag: TAG, gatewayPort: 30201 });
  const gateway = cluster.gateway;

  const call = async <T>(
    token: string,
    method: 'GET' | 'POST',
    path: string,
    options: { query?: Record<string, string | number>; json?: unknown } = {},
  ): Promise<Envelope<T>> => {
    const res = await gateway.request<T>(method, path, { token, ...options });
    expect(res.status).toBe(200);
    return res.body;
  };

  /** An unpaid order of member 1 as checkout leaves it: one SKU line, its quantity locked. */
  async function placeUnpaidOrder(skuId: number, quantity: number): Promise<number> {
    const [order] = await cluster.sql.query<ResultSetHeader>(
      `INSERT INTO oms_order (member_id, member_username, order_sn, create_time, total_amount, pay_amount,
         freight_amount, status, order_type, source_type, pay_type, receiver_name, receiver_phone,
         receiver_province, receiver_city, receiver_region, receiver_detail_address, delete_status,
         confirm_status, auto_confirm_day)
       VALUES (1, 'member', ?, NOW(), 2699.00, 2699.00, 0, 0, 0, 1, 0, '张三', '13800000001',
         '广东省', '深圳市', '南山区', '科技园1号', 0, 0, 15)`,
      [`${Date.now()}${process.pid}`.slice(0, 20)],
    );
    await cluster.sql.query(
      `INSERT INTO oms_order_item (order_id, product_id, product_name, product_price, product_quantity,
         product_sku_id, product_category_id)
       VALUES (?, 2, '华为 HUAWEI nova 12', 2699.00, ?, ?, 11)`,
      [order.insertId, quantity, skuId],
    );
    await cluster.sql.query('UPDATE pms_sku_stock SET lock_stock = lock_stock + ? WHERE id = ?', [
      quantity,
      skuId,
    ]);
    return order.insertId;
  }

  beforeAll(() => cluster.start(), 180_000);
  afterAll(() => cluster.stop());

  it('ships a paid order that the member then sees as shipped and receives', async () => {
    const skuId = 201;
    const [before] = await cluster.rows<{ stock: number; lock_stock: number }>(
      'SELECT stock, lock_stock FROM pms_sku_stock WHERE id = ?',
      [skuId],
    );
    const orderId = await placeUnpaidOrder(skuId, 1);

    const member = (await gateway.loginMember()).token;
    const admin = (await gateway.loginAdmin('orderAdmin')).token;

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
        await cluster.rows<{ stock: number; lock_stock: number }>(
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
      await cluster.rows('SELECT status, confirm_status FROM oms_order WHERE id = ?', [orderId]),
    ).toEqual([{ status: 3, confirm_status: 1 }]);
    const done = await call<OrderView>(member, 'GET', `/mall-order/order/detail/${orderId}`);
    expect(done.data?.status).toBe(3);
  });

  it('keeps a member token away from the back office', async () => {
    const member = (await gateway.loginMember()).token;
    const res = await call(member, 'POST', '/mall-admin/order/update/delivery', {
      json: [{ orderId: 1, deliveryCompany: 'x', deliverySn: 'y' }],
    });
    expect([401, 403]).toContain(res.code);
  });
});
