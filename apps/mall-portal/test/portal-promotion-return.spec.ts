import { OmsOrder, OmsOrderItem, OmsOrderReturnApply, PmsSkuStock } from '@mall/db';
import { calcCartPromotionFromDb, loadPromotionProducts } from '@mall/shop';
import {
  createMallDatabase,
  memberClaims,
  startTestService,
  type ScratchDatabase,
  type TestService,
} from '@mall/testing';
import { connect } from 'amqplib';
import { DataSource } from 'typeorm';
import { serviceDefinition } from '../src/service';

type Row = Record<string, unknown>;
interface Envelope<T = unknown> {
  code: number;
  message: string;
  /** Absent when the service answered success(null) (NON_NULL). */
  data: T;
}

const RABBIT_URL = process.env['RABBITMQ_URL'] ?? 'amqp://guest:guest@127.0.0.1:5672';
const MEMBER = memberClaims(1, 'member');
const OTHER_MEMBER = memberClaims(2, 'test');

let db: ScratchDatabase;
let svc: TestService;
let dataSource: DataSource;
let changeExchange: string;
let changeQueue: string;

beforeAll(async () => {
  db = await createMallDatabase('portal_promo');
  changeExchange = `${db.database}.product`;
  changeQueue = `${db.database}.product.changed`;
  svc = await startTestService(serviceDefinition, {
    database: db,
    env: {
      MALL__redis__keyPrefix: `'${db.database}:'`,
      MALL__app__productDetail__changeExchange: changeExchange,
      MALL__app__productDetail__changeQueue: changeQueue,
    },
  });
  dataSource = svc.started.app.get(DataSource);
}, 120_000);

afterAll(async () => {
  await svc?.close();
  const conn = await connect(RABBIT_URL);
  const channel = await conn.createChannel();
  await channel.deleteQueue(changeQueue);
  await channel.deleteExchange(changeExchange);
  await conn.close();
  await db?.drop();
});

function cartLine(id: number, productId: number, productSkuId: number | null, quantity: number) {
  return {
    id,
    productId,
    productSkuId,
    quantity,
    price: 1,
    memberId: 1,
    productName: `line ${id}`,
    productAttr: '[]',
    memberNickname: null,
  };
}

describe('POST /promotion/cart/CartPromotion', () => {
  it('answers the bare CartPromotionItem array computed from the seeded promotions', async () => {
    const res = await svc.request<Row[]>('POST', '/promotion/cart/CartPromotion', {
      body: [
        cartLine(1, 4, 401, 1), // full reduction: 2 × 1399 = 2798 ≥ 2000 → 120 off
        cartLine(2, 1, 101, 2), // promotion price: 6499 − 6199
        cartLine(3, 3, 301, 1), // ladder: 3 units ≥ 3 → 0.90
        cartLine(4, 4, 402, 1),
        cartLine(5, 3, 303, 2),
        cartLine(6, 999999, 1, 1), // unknown product: dropped
        cartLine(7, 2, 201, 1), // no promotion
      ],
    });
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body)).toBe(true);
    const byId = new Map(res.body.map((item) => [item.id, item]));
    expect(res.body.map((item) => item.id)).toEqual([2, 7, 3, 5, 1, 4]);
    expect(byId.get(2)).toMatchObject({
      price: 6499,
      reduceAmount: 300,
      promotionMessage: '单品促销',
      realStock: 300,
      productName: 'line 2',
    });
    // NON_NULL: the null nickname is left out.
    expect(byId.get(2)).not.toHaveProperty('memberNickname');
    expect(byId.get(3)).toMatchObject({
      price: 1,
      promotionMessage: '打折优惠：满3件，打9.00折',
      reduceAmount: 399.9, // 3999 − 0.90 × 3999
    });
    expect(byId.get(5)).toMatchObject({ reduceAmount: 429.9 });
    // 1399 / 2798 = 0.50 → 0.50 × 120 = 60 per unit.
    expect(byId.get(1)).toMatchObject({
      promotionMessage: '满减优惠：满2000.00元，减120.00元',
      reduceAmount: 60,
    });
    expect(byId.get(7)).toMatchObject({ promotionMessage: '无优惠', reduceAmount: 0 });
  });

  it('reports realStock as stock − lock_stock', async () => {
    await dataSource.getRepository(PmsSkuStock).update({ id: 102 }, { stock: 50, lockStock: 8 });
    const res = await svc.request<Row[]>('POST', '/promotion/cart/CartPromotion', {
      body: [cartLine(1, 1, 102, 1)],
    });
    expect(res.body[0]).toMatchObject({ realStock: 42, reduceAmount: 300 });
  });

  it('answers [] for an empty cart and a validation failure for a non-array body', async () => {
    const empty = await svc.request<Row[]>('POST', '/promotion/cart/CartPromotion', { body: [] });
    expect(empty.body).toEqual([]);
    const bad = await svc.request<Envelope>('POST', '/promotion/cart/CartPromotion', {
      body: { productId: 1 },
    });
    expect(bad.body.code).toBe(404);
    const badItem = await svc.request<Envelope>('POST', '/promotion/cart/CartPromotion', {
      body: [{ productId: 'one' }],
    });
    expect(badItem.body.code).toBe(404);
  });
});

function byProductId<T extends { id: number }>(products: T[], id: number): T {
  const product = products.find((p) => p.id === id);
  if (!product) throw new Error(`product ${id} not loaded`);
  return product;
}

describe('promotion loader', () => {
  it('loads products, SKUs, ladders and rules in four queries whatever the cart size', async () => {
    let queries = 0;
    const runner = dataSource.createQueryRunner();
    const originalQuery = runner.query.bind(runner);
    runner.query = ((...args: Parameters<typeof originalQuery>) => {
      queries++;
      return originalQuery(...args);
    }) as typeof runner.query;
    try {
      const products = await loadPromotionProducts(runner.manager, [1, 3, 4, 12, 13, 999999]);
      expect(queries).toBe(4);
      expect(products.map((p) => p.id)).toEqual([1, 3, 4, 12, 13]);
      const three = byProductId(products, 3);
      expect(three.productLadderList.map((l) => [l.count, l.discount])).toEqual([
        [2, 0.95],
        [3, 0.9],
      ]);
      expect(three.skuStockList.map((s) => s.id)).toEqual([301, 302, 303]);
      const four = byProductId(products, 4);
      expect(four.productFullReductionList.map((r) => [r.fullPrice, r.reducePrice])).toEqual([
        [1000, 50],
        [2000, 120],
      ]);
    } finally {
      await runner.release();
    }
  });

  it('does not query for an empty cart', async () => {
    expect(await loadPromotionProducts(dataSource, [])).toEqual([]);
    expect(await calcCartPromotionFromDb(dataSource, [])).toEqual([]);
  });
});

describe('POST /returnApply/create', () => {
  let completedOrderId: number;
  let pendingOrderId: number;

  beforeAll(async () => {
    const orders = dataSource.getRepository(OmsOrder);
    const completed = await orders.save(
      orders.create({
        memberId: 1,
        memberUsername: 'member',
        orderSn: 'T202601010001',
        status: 3,
        deleteStatus: 0,
        receiverName: '张三',
        receiverPhone: '13800000000',
        totalAmount: 13698,
        payAmount: 13698,
        createTime: new Date(),
      }),
    );
    const pending = await orders.save(
      orders.create({
        memberId: 1,
        memberUsername: 'member',
        orderSn: 'T202601010002',
        status: 0,
        deleteStatus: 0,
        receiverName: '张三',
        receiverPhone: '13800000000',
        createTime: new Date(),
      }),
    );
    completedOrderId = completed.id;
    pendingOrderId = pending.id;
    const items = dataSource.getRepository(OmsOrderItem);
    await items.save([
      items.create({
        orderId: completed.id,
        orderSn: completed.orderSn,
        productId: 1,
        productSkuId: 101,
        productName: '华为 HUAWEI Mate 60 Pro',
        productPic: 'pic-1',
        productBrand: '华为',
        productPrice: 6499,
        productQuantity: 2,
        promotionAmount: 300,
        realAmount: null,
        productAttr: '[{"key":"颜色","value":"雅川青"}]',
      }),
      items.create({
        orderId: pending.id,
        orderSn: pending.orderSn,
        productId: 1,
        productSkuId: 101,
        productPrice: 6499,
        productQuantity: 1,
      }),
    ]);
  });

  const create = (body: Row, user = MEMBER) =>
    svc.request<Envelope<number>>('POST', '/returnApply/create', { body, user });

  it('inserts a pending application with the order and item data, ignoring client copies', async () => {
    const res = await create({
      orderId: completedOrderId,
      productId: 1,
      productCount: 1,
      returnName: '张三',
      returnPhone: '13800000000',
      reason: '质量问题',
      description: '屏幕有坏点',
      proofPics: 'a.jpg,b.jpg',
      memberUsername: 'someone-else',
      orderSn: 'forged',
      productRealPrice: 0.01,
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ code: 200, message: '操作成功', data: 1 });
    const rows = await dataSource
      .getRepository(OmsOrderReturnApply)
      .find({ where: { orderId: completedOrderId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      status: 0,
      memberUsername: 'member',
      orderSn: 'T202601010001',
      productId: 1,
      productName: '华为 HUAWEI Mate 60 Pro',
      productBrand: '华为',
      productCount: 1,
      productPrice: 6499,
      productRealPrice: 6199,
      returnName: '张三',
      reason: '质量问题',
      proofPics: 'a.jpg,b.jpg',
      returnAmount: null,
      handleTime: null,
    });
    expect(rows[0].createTime).toBeInstanceOf(Date);
  });

  it('refuses more units than were bought (counting earlier applications)', async () => {
    expect((await create({ orderId: completedOrderId, productId: 1 })).body.code).toBe(200);
    const third = await create({ orderId: completedOrderId, productId: 1 });
    expect(third.body).toEqual({ code: 500, message: '退货数量超过可退数量' });
    const count = await dataSource
      .getRepository(OmsOrderReturnApply)
      .count({ where: { orderId: completedOrderId } });
    expect(count).toBe(2);
  });

  it('refuses orders of another member, unknown orders, unpaid orders and foreign products', async () => {
    expect((await create({ orderId: completedOrderId, productId: 1 }, OTHER_MEMBER)).body).toEqual({
      code: 500,
      message: '订单不存在',
    });
    expect((await create({ orderId: 999999, productId: 1 })).body.message).toBe('订单不存在');
    expect((await create({ orderId: pendingOrderId, productId: 1 })).body.message).toBe(
      '只有已发货或已完成的订单可以申请退货',
    );
    expect((await create({ orderId: completedOrderId, productId: 2 })).body.message).toBe(
      '订单中没有该商品',
    );
  });

  it('validates the body and requires a member', async () => {
    const missing = await create({ productId: 1 });
    expect(missing.body.code).toBe(404);
    expect(missing.body.message).toContain('orderId');
    const zero = await create({ orderId: completedOrderId, productId: 1, productCount: 0 });
    expect(zero.body.code).toBe(404);
    const anonymous = await svc.request<Envelope>('POST', '/returnApply/create', {
      body: { orderId: completedOrderId, productId: 1 },
    });
    expect(anonymous.body.code).toBe(401);
  });
});
