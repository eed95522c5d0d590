import { createConnection, type Connection, type RowDataPacket } from 'mysql2/promise';
import {
  createMallDatabase,
  memberClaims,
  startTestService,
  type ScratchDatabase,
  type TestService,
} from '@mall/testing';
import { serviceDefinition } from '../src/service';

interface Envelope<T = unknown> {
  code: number;
  message: string;
  data: T;
}

interface CartLine {
  id: number;
  productId: number;
  productSkuId: number;
  memberId: number;
  quantity: number;
  price: number;
  productName: string;
  productSkuCode: string;
  memberNickname: string | null;
  deleteStatus: number;
  productAttr: string;
  promotionMessage?: string;
  reduceAmount?: number;
  realStock?: number;
}

// Booting the service on a fresh scratch database takes a few seconds on a busy machine.
jest.setTimeout(60_000);

const alice = memberClaims(1001, 'user_0001');
const bob = memberClaims(1002, 'user_0002');

describe('mall-cart /cart', () => {
  let db: ScratchDatabase;
  let svc: TestService;
  let conn: Connection;

  const rows = async <T>(sql: string, params: unknown[] = []): Promise<T[]> =>
    (await conn.query<RowDataPacket[]>(sql, params))[0] as T[];
  const liveLines = (memberId: number) =>
    rows<{ id: number; product_sku_id: number; quantity: number; price: string }>(
      'SELECT id, product_sku_id, quantity, price FROM oms_cart_item WHERE member_id = ? AND delete_status = 0 ORDER BY id',
      [memberId],
    );
  const add = (user = alice, body: Record<string, unknown> = { productSkuId: 201, quantity: 1 }) =>
    svc.request<Envelope<number | null>>('POST', '/cart/add', { user, body });

  beforeAll(async () => {
    db = await createMallDatabase('cart');
    svc = await startTestService(serviceDefinition, { database: db });
    conn = await createConnection({
      host: db.host,
      port: db.port,
      user: db.user,
      password: db.password,
      database: db.database,
    });
  });

  afterAll(async () => {
    await conn?.end();
    await svc?.close();
    await db?.drop();
  });

  beforeEach(async () => {
    await conn.query('DELETE FROM oms_cart_item');
  });

  describe('POST /cart/add', () => {
    it('writes a line from the catalogue, ignoring client-sent price and names', async () => {
      const res = await add(alice, {
        productSkuId: 201,
        productId: 2,
        quantity: 2,
        price: 0.01,
        productName: 'forged',
      });
      expect(res.body).toEqual({ code: 200, message: '操作成功', data: 1 });
      const list = await svc.request<Envelope<CartLine[]>>('GET', '/cart/list', { user: alice });
      expect(list.body.data).toHaveLength(1);
      expect(list.body.data[0]).toMatchObject({
        productId: 2,
        productSkuId: 201,
        memberId: 1001,
        quantity: 2,
        price: 2699,
        productName: '华为 HUAWEI nova 12',
        productSkuCode: '100000201',
        memberNickname: '压测会员0001',
        deleteStatus: 0,
      });
      // Spring's default serialisation in mall-cart keeps null fields.
      expect(list.body.data[0]).toHaveProperty('modifyDate');
    });

    it('merges the same SKU into one line', async () => {
      await add(alice, { productSkuId: 201, quantity: 1 });
      await add(alice, { productSkuId: 201, quantity: 3 });
      await add(alice, { productSkuId: 202, quantity: 1 });
      expect((await liveLines(1001)).map((l) => [l.product_sku_id, l.quantity])).toEqual([
        [201, 4],
        [202, 1],
      ]);
    });

    it('refuses an unknown SKU, a SKU of another product and a bad quantity without writing', async () => {
      expect((await add(alice, { productSkuId: 999999, quantity: 1 })).body).toMatchObject({
        code: 500,
        message: '商品规格不存在',
      });
      expect((await add(alice, { productSkuId: 201, productId: 3, quantity: 1 })).body.code).toBe(
        500,
      );
      const zero = await add(alice, { productSkuId: 201, quantity: 0 });
      expect(zero.body.code).toBe(404);
      expect(zero.body.message).toMatch(/^quantity/);
      expect((await add(alice, { quantity: 1 })).body).toMatchObject({ code: 404 });
      expect(await liveLines(1001)).toEqual([]);
    });

    it('answers 401 without a member', async () => {
      const res = await svc.request<Envelope>('POST', '/cart/add', {
        body: { productSkuId: 201, quantity: 1 },
      });
      expect(res.body.code).toBe(401);
    });
  });

  describe('POST /cart/addNew', () => {
    it('adds by SKU code from a form body and merges', async () => {
      const first = await svc.request<Envelope<number>>('POST', '/cart/addNew', {
        user: alice,
        body: { productSkuCode: '100000201', quantity: '2' },
        form: true,
      });
      expect(first.body).toEqual({ code: 200, message: '操作成功', data: 1 });
      await svc.request('POST', '/cart/addNew', {
        user: alice,
        query: { productSkuCode: '100000201', quantity: 1 },
      });
      expect(
        (await liveLines(1001)).map((l) => [l.product_sku_id, l.quantity, Number(l.price)]),
      ).toEqual([[201, 3, 2699]]);
    });

    it('refuses an unknown code with a failed envelope (the original answered 500)', async () => {
      const res = await svc.request<Envelope>('POST', '/cart/addNew', {
        user: alice,
        query: { productSkuCode: 'nope', quantity: 1 },
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ code: 500, message: '商品规格不存在' });
      const missing = await svc.request<Envelope>('POST', '/cart/addNew', {
        user: alice,
        query: { quantity: 1 },
      });
      expect(missing.body.code).toBe(404);
    });
  });

  describe('GET /cart/list and promotions', () => {
    it('lists only the member’s live lines', async () => {
      await add(alice, { productSkuId: 201, quantity: 1 });
      await add(bob, { productSkuId: 301, quantity: 1 });
      const list = await svc.request<Envelope<CartLine[]>>('GET', '/cart/list', { user: alice });
      expect(list.body.data.map((l) => l.productSkuId)).toEqual([201]);
    });

    it('prices lines with their promotion, all or the selected ids', async () => {
      await add(alice, { productSkuId: 101, quantity: 1 }); // single-product promotion: 6499 → 6199
      await add(alice, { productSkuId: 301, quantity: 1 }); // ladder: 2 units → 0.95
      await add(alice, { productSkuId: 302, quantity: 1 });
      const res = await svc.request<Envelope<CartLine[]>>('GET', '/cart/list/promotion', {
        user: alice,
      });
      expect(res.body.code).toBe(200);
      expect(
        res.body.data.map((l) => [l.productSkuId, l.promotionMessage, l.reduceAmount]),
      ).toEqual([
        [101, '单品促销', 300],
        [301, '打折优惠：满2件，打9.50折', 199.95],
        [302, '打折优惠：满2件，打9.50折', 199.95],
      ]);
      expect(res.body.data[0].realStock).toBe(300);
      const ids = (await liveLines(1001)).map((l) => l.id);
      const one = await svc.request<Envelope<CartLine[]>>('GET', '/cart/list/promotion', {
        user: alice,
        query: { cartIds: String(ids[1]) },
      });
      // Alone, SKU 301 no longer reaches the ladder.
      expect(one.body.data.map((l) => [l.productSkuId, l.promotionMessage])).toEqual([
        [301, '无优惠'],
      ]);
    });

    it('internal promotionNew answers a raw array for the path member', async () => {
      await add(bob, { productSkuId: 201, quantity: 2 });
      const res = await svc.request<CartLine[]>('POST', '/cart/list/promotionNew/1002', {
        body: [],
      });
      expect(Array.isArray(res.body)).toBe(true);
      expect(res.body.map((l) => [l.productSkuId, l.quantity, l.promotionMessage])).toEqual([
        [201, 2, '无优惠'],
      ]);
      const empty = await svc.request<CartLine[]>('POST', '/cart/list/promotionNew/1001', {
        body: [],
      });
      expect(empty.body).toEqual([]);
      const bad = await svc.request<Envelope>('POST', '/cart/list/promotionNew/1002', {
        body: { cartIds: [1] },
      });
      expect(bad.body.code).toBe(404);
    });
  });

  describe('GET /cart/update/quantity', () => {
    it('changes the member’s own live line only', async () => {
      await add(alice);
      const [line] = await liveLines(1001);
      const ok = await svc.request<Envelope<number>>('GET', '/cart/update/quantity', {
        user: alice,
        query: { id: line.id, quantity: 5 },
      });
      expect(ok.body).toEqual({ code: 200, message: '操作成功', data: 1 });
      const foreign = await svc.request<Envelope>('GET', '/cart/update/quantity', {
        user: bob,
        query: { id: line.id, quantity: 9 },
      });
      expect(foreign.body).toEqual({ code: 500, message: '操作失败', data: null });
      expect((await liveLines(1001))[0].quantity).toBe(5);
      const invalid = await svc.request<Envelope>('GET', '/cart/update/quantity', {
        user: alice,
        query: { id: line.id },
      });
      expect(invalid.body.code).toBe(404);
    });
  });

  describe('GET /cart/getProduct/:productId', () => {
    it('returns spec attributes and SKUs with their codes', async () => {
      const res = await svc.request<
        Envelope<{
          id: number;
          productAttributeList: Array<{ name: string }>;
          skuStockList: Array<{ id: number; skuCode: string }>;
        }>
      >('GET', '/cart/getProduct/2', { user: alice });
      expect(res.body.code).toBe(200);
      expect(res.body.data.id).toBe(2);
      expect(res.body.data.productAttributeList.length).toBeGreaterThan(0);
      expect(res.body.data.skuStockList.map((s) => [s.id, s.skuCode])).toEqual([
        [201, '100000201'],
        [202, '100000202'],
        [203, '100000203'],
      ]);
    });

    it('answers data null for an unknown product and 404 for a non-numeric id', async () => {
      const missing = await svc.request<Envelope>('GET', '/cart/getProduct/999999', {
        user: alice,
      });
      expect(missing.body).toEqual({ code: 200, message: '操作成功', data: null });
      const bad = await svc.request<Envelope>('GET', '/cart/getProduct/abc', { user: alice });
      expect(bad.body.code).toBe(404);
    });
  });

  describe('POST /cart/update/attr', () => {
    it('replaces the member’s line by another SKU in one step', async () => {
      await add(alice, { productSkuId: 201, quantity: 2 });
      const [line] = await liveLines(1001);
      const res = await svc.request<Envelope<number>>('POST', '/cart/update/attr', {
        user: alice,
        body: { id: line.id, productSkuId: 203, quantity: 2 },
      });
      expect(res.body).toEqual({ code: 200, message: '操作成功', data: 1 });
      expect((await liveLines(1001)).map((l) => [l.product_sku_id, l.quantity])).toEqual([
        [203, 2],
      ]);
    });

    it('leaves everything unchanged for a foreign line or an unknown SKU', async () => {
      await add(alice, { productSkuId: 201, quantity: 2 });
      const [line] = await liveLines(1001);
      const foreign = await svc.request<Envelope>('POST', '/cart/update/attr', {
        user: bob,
        body: { id: line.id, productSkuId: 203, quantity: 1 },
      });
      expect(foreign.body).toMatchObject({ code: 500, message: '购物车中没有该商品' });
      const unknownSku = await svc.request<Envelope>('POST', '/cart/update/attr', {
        user: alice,
        body: { id: line.id, productSkuId: 999999, quantity: 1 },
      });
      expect(unknownSku.body).toMatchObject({ code: 500, message: '商品规格不存在' });
      // The soft delete of the old line was rolled back.
      expect((await liveLines(1001)).map((l) => [l.id, l.product_sku_id])).toEqual([
        [line.id, 201],
      ]);
      expect(await liveLines(1002)).toEqual([]);
    });
  });

  describe('POST /cart/delete and /cart/clear', () => {
    it('deletes only the member’s own lines and answers the number of ids', async () => {
      await add(alice, { productSkuId: 201, quantity: 1 });
      await add(alice, { productSkuId: 202, quantity: 1 });
      await add(bob, { productSkuId: 201, quantity: 1 });
      const [a1, a2] = await liveLines(1001);
      const [b1] = await liveLines(1002);
      const res = await svc.request<Envelope<number>>('POST', '/cart/delete', {
        user: alice,
        query: { ids: `${a1.id},${b1.id}` },
      });
      expect(res.body).toEqual({ code: 200, message: '操作成功', data: 2 });
      expect((await liveLines(1001)).map((l) => l.id)).toEqual([a2.id]);
      expect((await liveLines(1002)).map((l) => l.id)).toEqual([b1.id]);
      const form = await svc.request<Envelope<number>>('POST', '/cart/delete', {
        user: alice,
        body: { ids: String(a2.id) },
        form: true,
      });
      expect(form.body.data).toBe(1);
      expect(await liveLines(1001)).toEqual([]);
      const missing = await svc.request<Envelope>('POST', '/cart/delete', { user: alice });
      expect(missing.body.code).toBe(404);
      const bad = await svc.request<Envelope>('POST', '/cart/delete', {
        user: alice,
        query: { ids: 'x' },
      });
      expect(bad.body.code).toBe(404);
    });

    it('clears the member’s cart; an unused cart answers failed', async () => {
      await add(alice, { productSkuId: 201, quantity: 1 });
      await add(bob, { productSkuId: 201, quantity: 1 });
      const res = await svc.request<Envelope<number>>('POST', '/cart/clear', { user: alice });
      expect(res.body).toEqual({ code: 200, message: '操作成功', data: 1 });
      expect(await liveLines(1001)).toEqual([]);
      expect(await liveLines(1002)).toHaveLength(1);
      expect(res.status).toBe(200);
      const never = await svc.request<Envelope>('POST', '/cart/clear', {
        user: memberClaims(1003, 'user_0003'),
      });
      expect(never.body).toEqual({ code: 500, message: '操作失败', data: null });
    });
  });
});
