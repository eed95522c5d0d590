import { PmsTestContext } from './pms-harness';

jest.setTimeout(60_000);

interface Sku {
  id: number;
  productId: number;
  skuCode: string;
  price: number;
  stock: number;
  lockStock: number;
  promotionPrice: number | null;
}

describe('mall-admin /sku', () => {
  let t: PmsTestContext;

  beforeAll(async () => {
    t = await PmsTestContext.start('pms_sku');
  });

  afterAll(async () => {
    await t?.close();
  });

  it('lists the SKUs of a product with every column, filtered by code', async () => {
    const res = await t.call<Sku[]>('GET', '/sku/1');
    expect(res.data.map((s) => s.id)).toEqual([101, 102, 103, 104]);
    expect(res.data[0]).toMatchObject({
      productId: 1,
      skuCode: '100000101',
      promotionPrice: 6199,
      lockStock: 0,
    });
    const filtered = await t.call<Sku[]>('GET', '/sku/1', { query: { keyword: '0103' } });
    expect(filtered.data.map((s) => s.id)).toEqual([103]);
    expect((await t.call('GET', '/sku/987654')).data).toEqual([]);
  });

  it("updates the product's SKUs in place, keeping locked stock and promotion price (the REPLACE fix)", async () => {
    await t.sql.query('UPDATE pms_sku_stock SET lock_stock = 7 WHERE id = 101');
    const res = await t.call('POST', '/sku/update/1', {
      body: [
        {
          id: 101,
          productId: 2,
          skuCode: '100000101',
          price: 6399,
          stock: 280,
          lockStock: 0,
          promotionPrice: null,
        },
        { id: 102, stock: 190 },
        { skuCode: 'NEW-1-5', price: 7999, stock: 5, spData: '[{"key":"颜色","value":"白"}]' },
      ],
    });
    expect(res).toEqual({ code: 200, message: '操作成功', data: 3 });
    const rows = await t.rows(
      'SELECT id, product_id, sku_code, price, stock, lock_stock, promotion_price FROM pms_sku_stock WHERE product_id = 1 ORDER BY id',
    );
    expect(rows.slice(0, 2)).toEqual([
      {
        id: 101,
        product_id: 1,
        sku_code: '100000101',
        price: '6399.00',
        stock: 280,
        lock_stock: 7,
        promotion_price: '6199.00',
      },
      {
        id: 102,
        product_id: 1,
        sku_code: '100000102',
        price: '6999.00',
        stock: 190,
        lock_stock: 0,
        promotion_price: '6699.00',
      },
    ]);
    expect(rows[4]).toMatchObject({
      product_id: 1,
      sku_code: 'NEW-1-5',
      price: '7999.00',
      stock: 5,
      lock_stock: 0,
    });
    expect(rows).toHaveLength(5);
  });

  it("refuses another product's SKU and writes nothing", async () => {
    const before = await t.rows(
      'SELECT * FROM pms_sku_stock WHERE product_id IN (1, 2) ORDER BY id',
    );
    const res = await t.call('POST', '/sku/update/1', {
      body: [
        { id: 101, stock: 1 },
        { id: 201, stock: 1 },
      ],
    });
    expect(res.code).toBe(404);
    expect(res.message).toContain('1.id');
    expect(
      await t.rows('SELECT * FROM pms_sku_stock WHERE product_id IN (1, 2) ORDER BY id'),
    ).toEqual(before);
  });

  it.each([
    ['an empty list', 'body', []],
    ['an object instead of a list', 'body', { id: 101 }],
    ['a negative stock', '0.stock', [{ id: 101, stock: -1 }]],
    ['a text price', '0.price', [{ id: 101, price: 'free' }]],
    ['a new SKU without code', '1.skuCode', [{ id: 101 }, { price: 1 }]],
  ])('refuses %s naming %s', async (_case, field, body) => {
    const res = await t.call('POST', '/sku/update/1', { body });
    expect(res.code).toBe(404);
    expect(res.message).toContain(field);
  });
});
