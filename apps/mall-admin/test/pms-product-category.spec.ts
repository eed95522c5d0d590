import { Page, PmsTestContext, ProductEventInbox } from './pms-harness';

jest.setTimeout(60_000);

interface Category {
  id: number;
  parentId: number;
  name: string;
  level: number;
  sort: number;
  navStatus: number;
  description: string | null;
}

const newCategory = {
  parentId: 1,
  name: '智能手表',
  productUnit: '块',
  navStatus: 1,
  showStatus: 1,
  sort: 5,
  keywords: '手表,穿戴',
  description: '智能穿戴设备',
  productAttributeIdList: [10, 12],
};

describe('mall-admin /productCategory', () => {
  let t: PmsTestContext;
  let inbox: ProductEventInbox;

  beforeAll(async () => {
    [t, inbox] = await Promise.all([PmsTestContext.start('pms_cate'), ProductEventInbox.open()]);
  });

  afterAll(async () => {
    await inbox?.close();
    await t?.close();
  });

  async function categoryId(name: string): Promise<number> {
    const [row] = await t.rows<{ id: number }>(
      'SELECT id FROM pms_product_category WHERE name = ?',
      [name],
    );
    return row.id;
  }

  it('lists the children of a parent by sort descending, without descriptions', async () => {
    const res = await t.call<Page<Category>>('GET', '/productCategory/list/1', {
      query: { pageSize: 2 },
    });
    expect(res.data).toMatchObject({ pageNum: 1, pageSize: 2, total: 3, totalPage: 2 });
    expect(res.data.list.map((c) => c.name)).toEqual(['手机', '平板电脑']);
    expect(res.data.list.every((c) => c.description === null)).toBe(true);
    const top = await t.call<Page<Category>>('GET', '/productCategory/list/0', {
      query: { pageSize: 10 },
    });
    expect(top.data.list.map((c) => c.id)).toEqual([1, 2, 3, 4]);
  });

  it('gets one category with its description, or null', async () => {
    const res = await t.call<Category>('GET', '/productCategory/11');
    expect(res.data).toMatchObject({ id: 11, parentId: 1, level: 1, description: '智能手机' });
    expect((await t.call('GET', '/productCategory/9999')).data).toBeNull();
  });

  it('lists top-level categories with their direct children (id and name only)', async () => {
    const res = await t.call<
      Array<{ id: number; name: string; level: null; children: Category[] }>
    >('GET', '/productCategory/list/withChildren');
    expect(res.data.map((c) => c.id)).toEqual([1, 2, 3, 4]);
    expect(res.data[0].level).toBeNull();
    expect(res.data[0].children.map((c) => c.name)).toEqual(['手机', '平板电脑', '耳机']);
    expect(res.data[0].children[0]).toMatchObject({ id: 11, parentId: null, sort: null });
  });

  describe('create', () => {
    it('inserts the category one level below its parent, with its filter attributes', async () => {
      const res = await t.call('POST', '/productCategory/create', { body: newCategory });
      expect(res).toEqual({ code: 200, message: '操作成功', data: 1 });
      const id = await categoryId('智能手表');
      const [row] = await t.rows('SELECT * FROM pms_product_category WHERE id = ?', [id]);
      expect(row).toMatchObject({
        parent_id: 1,
        level: 1,
        product_count: 0,
        sort: 5,
        nav_status: 1,
      });
      const relations = await t.rows(
        'SELECT product_attribute_id FROM pms_product_category_attribute_relation WHERE product_category_id = ? ORDER BY id',
        [id],
      );
      expect(relations).toEqual([{ product_attribute_id: 10 }, { product_attribute_id: 12 }]);
    });

    it('puts a category whose parent is 0 or missing at level 0', async () => {
      await t.call('POST', '/productCategory/create', { body: { parentId: 0, name: '图书' } });
      await t.call('POST', '/productCategory/create', { body: { parentId: 777, name: '孤儿' } });
      const rows = await t.rows(
        "SELECT name, level FROM pms_product_category WHERE name IN ('图书', '孤儿') ORDER BY id",
      );
      expect(rows).toEqual([
        { name: '图书', level: 0 },
        { name: '孤儿', level: 0 },
      ]);
    });

    it.each([
      [{ ...newCategory, name: '' }, 'name: 商品分类名称不能为空'],
      [{ ...newCategory, parentId: undefined }, 'parentId'],
      [{ ...newCategory, navStatus: 2 }, 'navStatus: 状态只能为0或1'],
      [{ ...newCategory, showStatus: -1 }, 'showStatus: 状态只能为0或1'],
      [{ ...newCategory, sort: -3 }, 'sort: 排序最小为0'],
      [{ ...newCategory, productAttributeIdList: ['a'] }, 'productAttributeIdList'],
    ])('refuses %j (%s) and writes nothing', async (body, message) => {
      const before = await t.count('pms_product_category');
      const res = await t.call('POST', '/productCategory/create', { body });
      expect(res.code).toBe(404);
      expect(res.message).toContain(message);
      expect(await t.count('pms_product_category')).toBe(before);
    });
  });

  describe('update', () => {
    it('renames the category in its products, replaces its filter attributes, announces the products', async () => {
      const res = await t.call('POST', '/productCategory/update/11', {
        body: { parentId: 1, name: '5G手机', productAttributeIdList: [11] },
      });
      expect(res.data).toBe(1);
      const [row] = await t.rows(
        'SELECT name, level, sort, description FROM pms_product_category WHERE id = 11',
      );
      expect(row).toEqual({ name: '5G手机', level: 1, sort: 30, description: '智能手机' });
      const products = await t.rows<{ id: number; product_category_name: string }>(
        'SELECT id, product_category_name FROM pms_product WHERE product_category_id = 11',
      );
      expect(products.length).toBeGreaterThan(0);
      expect(products.every((p) => p.product_category_name === '5G手机')).toBe(true);
      expect(
        await t.rows(
          'SELECT product_attribute_id FROM pms_product_category_attribute_relation WHERE product_category_id = 11',
        ),
      ).toEqual([{ product_attribute_id: 11 }]);
      await inbox.waitFor(
        'upsert',
        products.map((p) => p.id),
      );
    });

    it('clears the filter attributes when the list is absent and recomputes the level', async () => {
      const res = await t.call('POST', '/productCategory/update/12', {
        body: { parentId: 11, name: '平板电脑' },
      });
      expect(res.data).toBe(1);
      expect(
        await t.count('pms_product_category_attribute_relation', 'product_category_id = 12'),
      ).toBe(0);
      const [row] = await t.rows('SELECT level FROM pms_product_category WHERE id = 12');
      expect(row).toEqual({ level: 2 });
    });

    it('answers failed for a missing category without writing relations', async () => {
      const res = await t.call('POST', '/productCategory/update/9999', {
        body: { parentId: 0, name: 'x', productAttributeIdList: [1] },
      });
      expect(res).toEqual({ code: 500, message: '操作失败', data: null });
      expect(
        await t.count('pms_product_category_attribute_relation', 'product_category_id = 9999'),
      ).toBe(0);
    });

    it('refuses a category as its own parent and invalid fields', async () => {
      const self = await t.call('POST', '/productCategory/update/13', {
        body: { parentId: 13, name: '耳机' },
      });
      expect(self.code).toBe(404);
      expect(self.message).toContain('parentId');
      const bad = await t.call('POST', '/productCategory/update/13', {
        body: { parentId: 1, name: '耳机', sort: 'x' },
      });
      expect(bad.code).toBe(404);
      expect(bad.message).toContain('sort');
    });
  });

  it('switches nav and show status from form bodies', async () => {
    const nav = await t.call('POST', '/productCategory/update/navStatus', {
      body: { ids: '12,13', navStatus: '1' },
      form: true,
    });
    expect(nav.data).toBe(2);
    const show = await t.call('POST', '/productCategory/update/showStatus', {
      query: { ids: '21', showStatus: 0 },
    });
    expect(show.data).toBe(1);
    expect(
      await t.rows(
        'SELECT id, nav_status, show_status FROM pms_product_category WHERE id IN (12, 13, 21) ORDER BY id',
      ),
    ).toEqual([
      { id: 12, nav_status: 1, show_status: 1 },
      { id: 13, nav_status: 1, show_status: 1 },
      { id: 21, nav_status: 1, show_status: 0 },
    ]);
    expect(
      (
        await t.call('POST', '/productCategory/update/navStatus', {
          query: { ids: '9999', navStatus: 1 },
        })
      ).code,
    ).toBe(500);
    expect(
      (await t.call('POST', '/productCategory/update/navStatus', { query: { ids: '12' } })).code,
    ).toBe(404);
  });

  it('deletes with POST and leaves children and products', async () => {
    const id = await categoryId('孤儿');
    expect((await t.call('POST', `/productCategory/delete/${id}`)).data).toBe(1);
    expect((await t.call('POST', `/productCategory/delete/${id}`)).code).toBe(500);
    expect((await t.call('POST', '/productCategory/delete/1')).data).toBe(1);
    expect(await t.count('pms_product_category', 'parent_id = 1')).toBeGreaterThan(0);
  });
});
