import type { GatewayRequest } from './support/gateway-client';
import { MallCluster } from './support/mall-cluster';

/**
 * The performance course's 11 shopper transactions, end to end through the built gateway with a
 * real token: login, home, search, product detail, add to cart, view cart, confirm order, generate
 * order, order list before paying, pay, order detail after paying. Every step asserts its answer;
 * the writing steps also assert their effects in MySQL (stock and locks, coupon history, points,
 * cart). Ports are shifted so a local `./mall up` is not disturbed; the order service gets its own
 * Redis keys and cancel queues.
 */

const TAG = `e2eflow${process.pid}`;
const SERVICES = [
  { name: 'mall-auth', port: 29401 },
  { name: 'mall-member', port: 29083 },
  { name: 'mall-portal', port: 29085 },
  { name: 'mall-search', port: 29081 },
  { name: 'mall-cart', port: 29086 },
  { name: 'mall-order', port: 29084 },
];

describe('shopper flow: the 11 transactions through the gateway', () => {
  const cluster = new MallCluster('e2e_shopper', SERVICES, { tag: TAG, gatewayPort: 29201 });
  const gateway = cluster.gateway;
  let token = '';

  const call = <T>(method: 'GET' | 'POST', path: string, options: GatewayRequest = {}) =>
    gateway.call<T>(method, path, { token, ...options });
  const stock = async (skuId: number) =>
    (
      await cluster.rows<{ stock: number; lock_stock: number }>(
        'SELECT stock, lock_stock FROM pms_sku_stock WHERE id = ?',
        [skuId],
      )
    )[0];
  const points = async (memberId: number) =>
    (
      await cluster.rows<{ integration: number }>(
        'SELECT integration FROM ums_member WHERE id = ?',
        [memberId],
      )
    )[0].integration;

  beforeAll(() => cluster.start(), 180_000);
  afterAll(() => cluster.stop());

  it('runs login → … → order detail after pay with the expected database effects', async () => {
    const memberId = 1;
    const skuId = 201; // 华为 nova 12, 2699.00, no promotion
    const stockBefore = await stock(skuId);
    const pointsBefore = await points(memberId);

    // 1. login
    token = (await gateway.loginMember()).token;

    // 2. home
    const home = await call<{ advertiseList: unknown[] }>('GET', '/mall-portal/home/content');
    expect(home.code).toBe(200);
    expect(home.data).toHaveProperty('advertiseList');

    // 3. search
    const search = await call<{ list: Array<{ id: number }> }>(
      'GET',
      '/mall-search/esProduct/search/simple',
      {
        query: { keyword: '华为', pageNum: 0, pageSize: 10 },
      },
    );
    expect(search.code).toBe(200);
    expect(search.data?.list.length).toBeGreaterThan(0);

    // 4. product detail
    const detail = await call<{ product: { id: number }; skuStockList: Array<{ id: number }> }>(
      'GET',
      '/mall-portal/product/detail/2',
    );
    expect(detail.code).toBe(200);
    expect(detail.data?.skuStockList.map((s) => s.id)).toContain(skuId);

    // 5. add to cart (and claim a coupon to use at checkout)
    const added = await call('POST', '/mall-cart/cart/add', {
      json: { productId: 2, productSkuId: skuId, quantity: 2 },
    });
    expect(added).toMatchObject({ code: 200, data: 1 });
    const claimed = await call('POST', '/mall-member/member/coupon/add/2');
    expect(claimed.code).toBe(200);

    // 6. view cart
    const cart = await call<
      Array<{ id: number; productSkuId: number; quantity: number; promotionMessage: string }>
    >('GET', '/mall-cart/cart/list/promotion');
    expect(cart.code).toBe(200);
    const line = cart.data?.find((l) => l.productSkuId === skuId);
    expect(line).toMatchObject({ quantity: 2, promotionMessage: '无优惠' });
    const cartId = line?.id as number;

    // 7. confirm order
    const confirm = await call<{
      calcAmount: { totalAmount: number; payAmount: number };
      memberReceiveAddressList: Array<{ id: number }>;
      couponHistoryDetailList: Array<{ coupon: { id: number } }>;
    }>('POST', '/mall-order/order/generateConfirmOrder', { json: [cartId] });
    expect(confirm.code).toBe(200);
    expect(confirm.data?.calcAmount).toMatchObject({ totalAmount: 5398, payAmount: 5398 });
    expect(confirm.data?.memberReceiveAddressList.map((a) => a.id)).toContain(1);
    expect(confirm.data?.couponHistoryDetailList.map((c) => c.coupon.id)).toContain(2);

    // 8. generate order: coupon 2 (10.00 off) and 100 points (1.00 off)
    const placed = await call<{ order: { id: number; orderSn: string; payAmount: number } }>(
      'POST',
      '/mall-order/order/generateOrder',
      {
        json: {
          memberReceiveAddressId: 1,
          couponId: 2,
          useIntegration: 100,
          payType: 1,
          cartIds: [cartId],
        },
      },
    );
    expect(placed).toMatchObject({ code: 200, message: '下单成功' });
    const order = placed.data?.order as { id: number; orderSn: string; payAmount: number };
    expect(order.payAmount).toBe(5387);
    expect(await stock(skuId)).toEqual({
      stock: stockBefore.stock,
      lock_stock: stockBefore.lock_stock + 2,
    });
    expect(await points(memberId)).toBe(pointsBefore - 100);
    expect(
      await cluster.rows(
        'SELECT use_status, order_id, order_sn FROM sms_coupon_history WHERE member_id = ? AND coupon_id = 2',
        [memberId],
      ),
    ).toEqual([{ use_status: 1, order_id: order.id, order_sn: order.orderSn }]);
    expect(
      await cluster.rows('SELECT id FROM oms_cart_item WHERE member_id = ? AND delete_status = 0', [
        memberId,
      ]),
    ).toEqual([]);

    // 9. order list before paying
    const unpaid = await call<{ list: Array<{ id: number; status: number }> }>(
      'GET',
      '/mall-order/order/list',
      {
        query: { status: 0, pageNum: 1, pageSize: 5 },
      },
    );
    expect(unpaid.code).toBe(200);
    expect(unpaid.data?.list.map((o) => o.id)).toContain(order.id);

    // 10. pay
    const paid = await call('POST', '/mall-order/order/paySuccess', {
      form: { orderId: String(order.id), payType: '1' },
    });
    expect(paid).toEqual({ code: 200, message: '支付成功', data: 1 });
    expect(await stock(skuId)).toEqual({
      stock: stockBefore.stock - 2,
      lock_stock: stockBefore.lock_stock,
    });

    // 11. order detail after paying
    const after = await call<{
      id: number;
      status: number;
      orderItemList: Array<{ productSkuId: number }>;
    }>('GET', `/mall-order/order/detail/${order.id}`);
    expect(after.code).toBe(200);
    expect(after.data).toMatchObject({ id: order.id, status: 1 });
    expect(after.data?.orderItemList.map((i) => i.productSkuId)).toEqual([skuId]);
    expect(await points(memberId)).toBe(pointsBefore - 100);
  });

  it('does not let a member reach the internal cart endpoint through the gateway', async () => {
    const res = await call('POST', '/mall-cart/cart/list/promotionNew/2', { json: [] });
    expect(res.code).toBe(403);
  });
});
