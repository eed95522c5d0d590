import { ProductService } from '../src/pms/product/product.service';
import { Page, PmsTestContext, ProductEventInbox } from './pms-harness';

jest.setTimeout(60_000);

interface Product {
  id: number;
  name: string;
  productSn: string;
  sort: number;
  brandId: number;
  productCategoryId: number;
  publishStatus: number;
  price: number;
  description: string | null;
  detailHtml: string | null;
}

interface EditInfo extends Product {
  cateParentId: number | null;
  skuStockList: Array<Record<string, unknown>>;
  memberPriceList: Array<Record<string, unknown>>;
  productLadderList: Array<Record<string, unknown>>;
  productFullReductionList: Array<Record<string, unknown>>;
  productAttributeValueList: Array<Record<string, unknown>>;
  subjectProductRelationList: Array<Record<string, unknown>>;
  prefrenceAreaProductRelationList: Array<Record<string, unknown>>;
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
}

const newProduct = {
  id: 555,
  name: '测试手机 X1',
  productSn: 'T-X1',
  brandId: 2,
  brandName: '小米',
  productCategoryId: 11,
  productCategoryName: '手机',
  productAttributeCategoryId: 3,
  price: 1999.5,
  stock: 30,
  sort: 1,
  publishStatus: 1,
  deleteStatus: 0,
  verifyStatus: 0,
  promotionType: 2,
  promotionStartTime: '2030-01-01T00:00:00.000Z',
  description: '描述',
  detailHtml: '<p>详情</p>',
  memberPriceList: [{ id: 9, memberLevelId: 1, memberPrice: 1899, memberLevelName: '黄金会员' }],
  productLadderList: [{ count: 2, discount: 0.9, price: 0 }],
  productFullReductionList: [{ fullPrice: 1000, reducePrice: 50 }],
  skuStockList: [
    { skuCode: '', price: 1999.5, stock: 10, spData: '[{"key":"颜色","value":"黑"}]' },
    { skuCode: 'CUSTOM-2', price: 2099, stock: 20, lowStock: 2 },
  ],
  productAttributeValueList: [{ productAttributeId: 12, value: '6.5英寸' }],
  subjectProductRelationList: [{ subjectId: 1 }],
  prefrenceAreaProductRelationList: [{ prefrenceAreaId: 2 }, { prefrenceAreaId: 3 }],
};

describe('mall-admin /product', () => {
  let t: PmsTestContext;
  let inbox: ProductEventInbox;
  let createdId: number;

  beforeAll(async () => {
    [t, inbox] = await Promise.all([PmsTestContext.start('pms_product'), ProductEventInbox.open()]);
  });

  afterAll(async () => {
    await inbox?.close();
    await t?.close();
  });

  describe('list', () => {
    it('pages not-deleted products by sort then id descending, without text columns', async () => {
      const res = await t.call<Page<Product>>('GET', '/product/list');
      expect(res.data).toMatchObject({ pageNum: 1, pageSize: 5, total: 23, totalPage: 5 });
      expect(res.data.list.map((p) => p.id)).toEqual([1, 5, 6, 2, 12]);
      expect(res.data.list[0]).toMatchObject({ name: '华为 HUAWEI Mate 60 Pro', price: 6499 });
      expect(res.data.list[0].description).toBeNull();
      expect(res.data.list[0].detailHtml).toBeNull();
      const last = await t.call<Page<Product>>('GET', '/product/list', { query: { pageNum: 5 } });
      expect(last.data.list).toHaveLength(3);
      const beyond = await t.call<Page<Product>>('GET', '/product/list', { query: { pageNum: 6 } });
      expect(beyond.data).toMatchObject({ pageNum: 6, total: 23, list: [] });
    });

    it.each([
      [{ brandId: 3 }, [5, 6, 23, 11, 9]],
      [{ brandId: 3, productCategoryId: 12 }, [9]],
      [{ keyword: 'HUAWEI', pageSize: 10 }, [1, 2, 22, 10, 8]],
      [{ productSn: '1000007' }, [7]],
      [{ productSn: '10000' }, []],
      [{ publishStatus: 1, verifyStatus: 1, productCategoryId: 41 }, [22, 23]],
      [{ brandId: '', keyword: '', publishStatus: '', productCategoryId: 13 }, [10, 11]],
    ])('filters by %j', async (query, ids) => {
      const res = await t.call<Page<Product>>('GET', '/product/list', { query });
      expect(res.code).toBe(200);
      expect(res.data.list.map((p) => p.id)).toEqual(ids);
    });

    it.each([
      [{}, 5],
      [{}, 3],
      [{ brandId: 3 }, 2],
      [{ publishStatus: 1 }, 4],
    ])(
      'reads deep pages from the end of the list in the same order (%j, %i per page)',
      async (filter, pageSize) => {
        const all = await t.call<Page<Product>>('GET', '/product/list', {
          query: { ...filter, pageSize: 100 },
        });
        const expected = all.data.list.map((p) => p.id);
        const service = t.svc.started.app.get(ProductService);
        service.readFromEndAfterOffset = 0;
        try {
          const seen: number[] = [];
          for (let pageNum = 1; pageNum <= Math.ceil(expected.length / pageSize) + 1; pageNum++) {
            const res = await t.call<Page<Product>>('GET', '/product/list', {
              query: { ...filter, pageSize, pageNum },
            });
            expect(res.data.total).toBe(expected.length);
            seen.push(...res.data.list.map((p) => p.id));
          }
          expect(seen).toEqual(expected);
        } finally {
          service.readFromEndAfterOffset = 5000;
        }
      },
    );

    it('refuses a non-numeric filter naming it', async () => {
      const res = await t.call('GET', '/product/list', { query: { brandId: 'x' } });
      expect(res.code).toBe(404);
      expect(res.message).toContain('brandId');
    });

    it('simpleList matches the name or the product number, not deleted products', async () => {
      const res = await t.call<Product[]>('GET', '/product/simpleList', {
        query: { keyword: '100001' },
      });
      expect(res.data.map((p) => p.id)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
      const byName = await t.call<Product[]>('GET', '/product/simpleList', {
        query: { keyword: 'iPad' },
      });
      expect(byName.data.map((p) => p.id)).toEqual([9]);
      const all = await t.call<Product[]>('GET', '/product/simpleList');
      expect(all.data).toHaveLength(23);
      expect(all.data[0].description).toBeNull();
    });
  });

  describe('create', () => {
    it('inserts the product and all its child rows in one go, generating empty SKU codes', async () => {
      const res = await t.call('POST', '/product/create', { body: newProduct });
      expect(res).toEqual({ code: 200, message: '操作成功', data: 1 });
      const [product] = await t.rows<Record<string, unknown>>(
        'SELECT * FROM pms_product WHERE product_sn = ?',
        ['T-X1'],
      );
      createdId = Number(product['id']);
      expect(createdId).not.toBe(555);
      expect(product).toMatchObject({
        name: '测试手机 X1',
        brand_name: '小米',
        price: '1999.50',
        gift_growth: 0,
        sale: null,
        detail_html: '<p>详情</p>',
      });
      expect(product['promotion_start_time']).toEqual(new Date('2030-01-01T00:00:00.000Z'));
      const skus = await t.rows(
        'SELECT sku_code, price, stock, lock_stock, low_stock, sp_data FROM pms_sku_stock WHERE product_id = ? ORDER BY id',
        [createdId],
      );
      expect(skus).toEqual([
        {
          sku_code: `${today()}${String(createdId).padStart(4, '0')}001`,
          price: '1999.50',
          stock: 10,
          lock_stock: 0,
          low_stock: null,
          sp_data: '[{"key":"颜色","value":"黑"}]',
        },
        {
          sku_code: 'CUSTOM-2',
          price: '2099.00',
          stock: 20,
          lock_stock: 0,
          low_stock: 2,
          sp_data: null,
        },
      ]);
      const where = 'product_id = ?';
      expect(await t.count('pms_member_price', where, [createdId])).toBe(1);
      expect(await t.count('pms_product_ladder', where, [createdId])).toBe(1);
      expect(await t.count('pms_product_full_reduction', where, [createdId])).toBe(1);
      expect(await t.count('pms_product_attribute_value', where, [createdId])).toBe(1);
      expect(await t.count('cms_subject_product_relation', where, [createdId])).toBe(1);
      expect(await t.count('cms_prefrence_area_product_relation', where, [createdId])).toBe(2);
      await inbox.waitFor('upsert', [createdId]);
    });

    it('lists the new product with the same values as its edit form, text columns null', async () => {
      const page = await t.call<Page<Record<string, unknown>>>('GET', '/product/list', {
        query: { productSn: 'T-X1' },
      });
      expect(page.data.total).toBe(1);
      const [listed] = page.data.list;
      const info = await t.call<Record<string, unknown>>('GET', `/product/updateInfo/${createdId}`);
      const textColumns = ['description', 'detailDesc', 'detailHtml', 'detailMobileHtml'];
      const expected = Object.fromEntries(
        Object.entries(info.data)
          .filter(([key, value]) => !Array.isArray(value) && key !== 'cateParentId')
          .map(([key, value]) => [key, textColumns.includes(key) ? null : value]),
      );
      expect(listed).toEqual(expected);
      expect(listed).toMatchObject({
        id: createdId,
        price: 1999.5,
        promotionStartTime: '2030-01-01T00:00:00.000Z',
        giftGrowth: 0,
      });
    });

    it.each([
      ['name: 商品名称不能为空', { ...newProduct, name: undefined }],
      ['productSn: 商品货号不能为空', { ...newProduct, productSn: '' }],
      ['price must not be less than 0', { ...newProduct, price: -1 }],
      ['publishStatus', { ...newProduct, publishStatus: 3 }],
      ['promotionStartTime', { ...newProduct, promotionStartTime: 'soon' }],
      ['skuStockList.0.price', { ...newProduct, skuStockList: [{ price: 'cheap' }] }],
      ['skuStockList.0.skuCode', { ...newProduct, skuStockList: [{ skuCode: 'x'.repeat(65) }] }],
      ['memberPriceList', { ...newProduct, memberPriceList: {} }],
      [
        'productAttributeValueList.0.value',
        { ...newProduct, productAttributeValueList: [{ value: 7 }] },
      ],
    ])('refuses a body failing on %s and writes nothing', async (message, body) => {
      const products = await t.count('pms_product');
      const skus = await t.count('pms_sku_stock');
      const res = await t.call('POST', '/product/create', { body });
      expect(res.code).toBe(404);
      expect(res.message).toContain(message);
      expect(await t.count('pms_product')).toBe(products);
      expect(await t.count('pms_sku_stock')).toBe(skus);
    });
  });

  describe('updateInfo', () => {
    it('answers the product with every child list and its category parent', async () => {
      const res = await t.call<EditInfo>('GET', '/product/updateInfo/1');
      const info = res.data;
      expect(info).toMatchObject({ id: 1, productSn: '1000001', cateParentId: 1 });
      expect(info.description).toContain('卫星通话');
      expect(info.skuStockList.map((s) => s['id'])).toEqual([101, 102, 103, 104]);
      expect(info.skuStockList[0]).toMatchObject({
        productId: 1,
        skuCode: '100000101',
        price: 6499,
        promotionPrice: null,
        lockStock: null,
      });
      expect(info.productAttributeValueList).toHaveLength(6);
      expect(info.subjectProductRelationList).toEqual([{ id: 1, subjectId: 1, productId: 1 }]);
      expect(Array.isArray(info.prefrenceAreaProductRelationList)).toBe(true);
      expect(info.productLadderList).toEqual([]);
      expect((await t.call('GET', '/product/updateInfo/987654')).data).toBeNull();
    });
  });

  describe('update', () => {
    it('diffs SKUs: keeps and updates sent ids without touching locked stock, inserts new, deletes missing', async () => {
      const [first, second] = await t.rows<{ id: number }>(
        'SELECT id FROM pms_sku_stock WHERE product_id = ? ORDER BY id',
        [createdId],
      );
      await t.sql.query('UPDATE pms_sku_stock SET lock_stock = 4, sale = 9 WHERE id = ?', [
        first.id,
      ]);
      const res = await t.call('POST', `/product/update/${createdId}`, {
        body: {
          name: '测试手机 X1 Pro',
          price: 2199,
          skuStockList: [
            { id: first.id, productId: 1, skuCode: '', price: 2199, stock: 15, lockStock: 99 },
            { price: 2299, stock: 5 },
          ],
          memberPriceList: [],
          productAttributeValueList: [{ productAttributeId: 12, value: '6.7英寸' }],
        },
      });
      expect(res).toEqual({ code: 200, message: '操作成功', data: 1 });
      const skus = await t.rows(
        'SELECT id, product_id, sku_code, price, stock, lock_stock, sale FROM pms_sku_stock WHERE product_id = ? ORDER BY id',
        [createdId],
      );
      const prefix = `${today()}${String(createdId).padStart(4, '0')}`;
      expect(skus).toEqual([
        // Kept: fields updated, locked stock and sales untouched, code regenerated as position 1.
        {
          id: first.id,
          product_id: createdId,
          sku_code: `${prefix}001`,
          price: '2199.00',
          stock: 15,
          lock_stock: 4,
          sale: 9,
        },
        // New: numbered separately from the kept ones, as in the original.
        expect.objectContaining({
          sku_code: `${prefix}001`,
          price: '2299.00',
          stock: 5,
          lock_stock: 0,
        }),
      ]);
      expect(await t.count('pms_sku_stock', 'id = ?', [second.id])).toBe(0);
      const [product] = await t.rows(
        'SELECT name, price, product_sn, brand_name FROM pms_product WHERE id = ?',
        [createdId],
      );
      expect(product).toEqual({
        name: '测试手机 X1 Pro',
        price: '2199.00',
        product_sn: 'T-X1',
        brand_name: '小米',
      });
      expect(await t.count('pms_member_price', 'product_id = ?', [createdId])).toBe(0);
      expect(await t.count('pms_product_ladder', 'product_id = ?', [createdId])).toBe(0);
      expect(
        await t.rows('SELECT value FROM pms_product_attribute_value WHERE product_id = ?', [
          createdId,
        ]),
      ).toEqual([{ value: '6.7英寸' }]);
      expect(
        await t.count('cms_prefrence_area_product_relation', 'product_id = ?', [createdId]),
      ).toBe(0);
      expect(
        inbox.about(createdId).filter((e) => e.action === 'upsert').length,
      ).toBeGreaterThanOrEqual(1);
    });

    it("refuses another product's SKU id and rolls everything back", async () => {
      const before = await t.rows(
        'SELECT * FROM pms_sku_stock WHERE product_id IN (1, ?) ORDER BY id',
        [createdId],
      );
      const res = await t.call('POST', `/product/update/${createdId}`, {
        body: { name: '不应写入', skuStockList: [{ id: 101, price: 1, stock: 1 }] },
      });
      expect(res.code).toBe(404);
      expect(res.message).toContain('skuStockList.0.id');
      expect(
        await t.rows('SELECT * FROM pms_sku_stock WHERE product_id IN (1, ?) ORDER BY id', [
          createdId,
        ]),
      ).toEqual(before);
      expect(await t.count('pms_product', "name = '不应写入'")).toBe(0);
      expect(await t.count('pms_product_attribute_value', 'product_id = ?', [createdId])).toBe(1);
    });

    it('deletes every SKU when the list is empty', async () => {
      const res = await t.call('POST', `/product/update/${createdId}`, {
        body: { skuStockList: [] },
      });
      expect(res.data).toBe(1);
      expect(await t.count('pms_sku_stock', 'product_id = ?', [createdId])).toBe(0);
    });

    it('answers failed for a missing product and writes no orphan rows', async () => {
      const res = await t.call('POST', '/product/update/987654', {
        body: {
          name: 'x',
          memberPriceList: [{ memberLevelId: 1, memberPrice: 1 }],
          skuStockList: [{ skuCode: 'Z' }],
        },
      });
      expect(res).toEqual({ code: 500, message: '操作失败', data: null });
      expect(await t.count('pms_member_price', 'product_id = 987654')).toBe(0);
      expect(await t.count('pms_sku_stock', 'product_id = 987654')).toBe(0);
    });

    it('validates the body', async () => {
      const res = await t.call('POST', `/product/update/${createdId}`, { body: { stock: -1 } });
      expect(res.code).toBe(404);
      expect(res.message).toContain('stock');
    });
  });

  describe('status switches', () => {
    it('verifyStatus updates products and records one verification per existing product', async () => {
      const res = await t.call('POST', '/product/update/verifyStatus', {
        body: { ids: `2,3,987654`, verifyStatus: '0', detail: '资料不全' },
        form: true,
      });
      expect(res.data).toBe(2);
      expect(await t.count('pms_product', 'id IN (2, 3) AND verify_status = 0')).toBe(2);
      const records = await t.rows(
        'SELECT product_id, vertify_man, status, detail FROM pms_product_vertify_record ORDER BY product_id',
      );
      expect(records).toEqual([
        { product_id: 2, vertify_man: 'test', status: 0, detail: '资料不全' },
        { product_id: 3, vertify_man: 'test', status: 0, detail: '资料不全' },
      ]);
      await inbox.waitFor('upsert', [2, 3]);
    });

    it('verifyStatus refuses a missing detail and fails without records for unknown products', async () => {
      const noDetail = await t.call('POST', '/product/update/verifyStatus', {
        query: { ids: '2', verifyStatus: 1 },
      });
      expect(noDetail.code).toBe(404);
      expect(noDetail.message).toContain('detail');
      const unknown = await t.call('POST', '/product/update/verifyStatus', {
        query: { ids: '987654', verifyStatus: 1, detail: 'ok' },
      });
      expect(unknown).toEqual({ code: 500, message: '操作失败', data: null });
      expect(await t.count('pms_product_vertify_record', 'product_id = 987654')).toBe(0);
    });

    it('publishStatus 0 takes products off the shelf and announces a delete, 1 an upsert', async () => {
      const off = await t.call('POST', '/product/update/publishStatus', {
        query: { ids: '4,7', publishStatus: 0 },
      });
      expect(off.data).toBe(2);
      expect(await t.count('pms_product', 'id IN (4, 7) AND publish_status = 0')).toBe(2);
      await inbox.waitFor('delete', [4, 7]);
      const listed = await t.call<Page<Product>>('GET', '/product/list', {
        query: { publishStatus: 0 },
      });
      expect(listed.data.list.map((p) => p.id)).toEqual([4, 7]);
      const on = await t.call('POST', '/product/update/publishStatus', {
        query: { ids: '7', publishStatus: 1 },
      });
      expect(on.data).toBe(1);
      await inbox.waitFor('upsert', [7]);
    });

    it('recommendStatus writes recommand_status, newStatus writes new_status', async () => {
      expect(
        (
          await t.call('POST', '/product/update/recommendStatus', {
            query: { ids: '8,9', recommendStatus: 1 },
          })
        ).data,
      ).toBe(2);
      expect(
        (await t.call('POST', '/product/update/newStatus', { query: { ids: '8', newStatus: 0 } }))
          .data,
      ).toBe(1);
      expect(
        await t.rows('SELECT recommand_status, new_status FROM pms_product WHERE id = 8'),
      ).toEqual([{ recommand_status: 1, new_status: 0 }]);
      await inbox.waitFor('upsert', [8, 9]);
    });

    it('deleteStatus 1 hides products from the lists and announces a delete', async () => {
      const res = await t.call('POST', '/product/update/deleteStatus', {
        body: { ids: ['10', '11'], deleteStatus: '1' },
        form: true,
      });
      expect(res.data).toBe(2);
      await inbox.waitFor('delete', [10, 11]);
      const listed = await t.call<Page<Product>>('GET', '/product/list', {
        query: { productCategoryId: 13 },
      });
      expect(listed.data.total).toBe(0);
      const simple = await t.call<Product[]>('GET', '/product/simpleList', {
        query: { keyword: 'FreeBuds' },
      });
      expect(simple.data).toEqual([]);
      expect(await t.count('pms_sku_stock', 'product_id IN (10, 11)')).toBeGreaterThan(0);
    });

    it.each([
      ['/product/update/publishStatus', { ids: '1' }, 'publishStatus'],
      ['/product/update/recommendStatus', { ids: '1', recommendStatus: 5 }, 'recommendStatus'],
      ['/product/update/newStatus', { newStatus: 1 }, 'ids'],
      ['/product/update/deleteStatus', { ids: 'a', deleteStatus: 1 }, 'ids'],
    ])('%s refuses %j naming %s', async (path, query, field) => {
      const res = await t.call('POST', path, { query });
      expect(res.code).toBe(404);
      expect(res.message).toContain(field);
    });

    it('answers failed when no product matched', async () => {
      const res = await t.call('POST', '/product/update/newStatus', {
        query: { ids: '987654', newStatus: 1 },
      });
      expect(res).toEqual({ code: 500, message: '操作失败', data: null });
    });
  });
});
