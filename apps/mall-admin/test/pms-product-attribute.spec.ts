import { Page, PmsTestContext } from './pms-harness';

jest.setTimeout(60_000);

interface AttributeCategory {
  id: number;
  name: string;
  attributeCount: number | null;
  paramCount: number | null;
}

interface Attribute {
  id: number;
  productAttributeCategoryId: number;
  name: string;
  sort: number;
  type: number;
}

describe('mall-admin /productAttribute and /productAttribute/category', () => {
  let t: PmsTestContext;

  beforeAll(async () => {
    t = await PmsTestContext.start('pms_attr');
  });

  afterAll(async () => {
    await t?.close();
  });

  async function counters(categoryId: number) {
    const [row] = await t.rows<{ attribute_count: number; param_count: number }>(
      'SELECT attribute_count, param_count FROM pms_product_attribute_category WHERE id = ?',
      [categoryId],
    );
    return row;
  }

  describe('attribute categories', () => {
    it('lists in id order with paging', async () => {
      const res = await t.call<Page<AttributeCategory>>('GET', '/productAttribute/category/list', {
        query: { pageSize: 4, pageNum: 2 },
      });
      expect(res.data).toMatchObject({ pageNum: 2, pageSize: 4, total: 6, totalPage: 2 });
      expect(res.data.list.map((c) => c.id)).toEqual([5, 6]);
      expect(res.data.list[0]).toEqual({
        id: 5,
        name: '家用电器-大家电',
        attributeCount: 2,
        paramCount: 2,
      });
    });

    it('creates from a form body with counters at 0, and validates the name', async () => {
      const res = await t.call('POST', '/productAttribute/category/create', {
        body: { name: '测试类型' },
        form: true,
      });
      expect(res).toEqual({ code: 200, message: '操作成功', data: 1 });
      const [row] = await t.rows('SELECT * FROM pms_product_attribute_category WHERE name = ?', [
        '测试类型',
      ]);
      expect(row).toMatchObject({ attribute_count: 0, param_count: 0 });

      const missing = await t.call('POST', '/productAttribute/category/create', { body: {} });
      expect(missing.code).toBe(404);
      expect(missing.message).toContain('name');
      const tooLong = await t.call('POST', '/productAttribute/category/create', {
        query: { name: 'x'.repeat(65) },
      });
      expect(tooLong.code).toBe(404);
      expect(await t.count('pms_product_attribute_category')).toBe(7);
    });

    it('renames, gets, and fails on a missing id', async () => {
      const res = await t.call('POST', '/productAttribute/category/update/6', {
        query: { name: '笔记本电脑' },
      });
      expect(res.data).toBe(1);
      const got = await t.call<AttributeCategory>('GET', '/productAttribute/category/6');
      expect(got.data).toEqual({ id: 6, name: '笔记本电脑', attributeCount: 2, paramCount: 3 });
      expect((await t.call('GET', '/productAttribute/category/999')).data).toBeNull();
      const missing = await t.call('POST', '/productAttribute/category/update/999', {
        query: { name: 'x' },
      });
      expect(missing).toEqual({ code: 500, message: '操作失败', data: null });
    });

    it('lists every type with its parameters (type 1) only', async () => {
      const res = await t.call<
        Array<{
          id: number;
          name: string;
          attributeCount: null;
          productAttributeList: Array<Record<string, unknown>>;
        }>
      >('GET', '/productAttribute/category/list/withAttr');
      expect(res.data).toHaveLength(7);
      const [clothes] = res.data.filter((c) => c.id === 1);
      expect(clothes.attributeCount).toBeNull();
      expect(clothes.productAttributeList.map((a) => a.id)).toEqual([3, 4, 5]);
      expect(clothes.productAttributeList[0]).toMatchObject({
        id: 3,
        name: '适用季节',
        type: null,
        sort: null,
      });
      expect(
        res.data.filter((c) => c.name === '测试类型').map((c) => c.productAttributeList),
      ).toEqual([[]]);
    });

    it('deletes with GET and leaves its attributes', async () => {
      const [{ id }] = await t.rows<{ id: number }>(
        'SELECT id FROM pms_product_attribute_category WHERE name = ?',
        ['测试类型'],
      );
      expect((await t.call('GET', `/productAttribute/category/delete/${id}`)).data).toBe(1);
      expect((await t.call('GET', `/productAttribute/category/delete/${id}`)).code).toBe(500);
      expect(await t.count('pms_product_attribute_category', 'id = ?', [id])).toBe(0);
    });
  });

  describe('attributes', () => {
    it('lists the specs or params of a type by sort descending', async () => {
      const specs = await t.call<Page<Attribute>>('GET', '/productAttribute/list/3', {
        query: { type: 0 },
      });
      expect(specs.data.list.map((a) => a.name)).toEqual(['颜色', '容量']);
      const params = await t.call<Page<Attribute>>('GET', '/productAttribute/list/3', {
        query: { type: 1, pageSize: 2 },
      });
      expect(params.data).toMatchObject({ total: 4, totalPage: 2 });
      expect(params.data.list.map((a) => a.sort)).toEqual([80, 70]);
      const noType = await t.call('GET', '/productAttribute/list/3');
      expect(noType.code).toBe(404);
      expect(noType.message).toContain('type');
    });

    it('creates an attribute and counts it in its type', async () => {
      const before = await counters(4);
      const res = await t.call('POST', '/productAttribute/create', {
        body: {
          productAttributeCategoryId: 4,
          name: '防水等级',
          selectType: 1,
          inputType: 0,
          type: 1,
          sort: 5,
        },
      });
      expect(res.data).toBe(1);
      expect(await counters(4)).toEqual({ ...before, param_count: before.param_count + 1 });
      const spec = await t.call('POST', '/productAttribute/create', {
        body: { productAttributeCategoryId: 4, name: '版本', type: 0 },
      });
      expect(spec.data).toBe(1);
      expect((await counters(4)).attribute_count).toBe(before.attribute_count + 1);
    });

    it.each([
      [{ name: 'x', type: 0 }, 'productAttributeCategoryId'],
      [{ productAttributeCategoryId: 4, type: 0 }, 'name'],
      [{ productAttributeCategoryId: 4, name: 'x' }, 'type'],
      [{ productAttributeCategoryId: 4, name: 'x', type: 2 }, 'type'],
      [{ productAttributeCategoryId: 4, name: 'x', type: 0, selectType: 3 }, 'selectType'],
      [{ productAttributeCategoryId: 999, name: 'x', type: 0 }, 'productAttributeCategoryId'],
    ])('refuses %j naming %s, writing nothing', async (body, field) => {
      const before = await t.count('pms_product_attribute');
      const res = await t.call('POST', '/productAttribute/create', { body });
      expect(res.code).toBe(404);
      expect(res.message).toContain(field);
      expect(await t.count('pms_product_attribute')).toBe(before);
    });

    it('updates non-null fields; a type change moves the attribute between counters', async () => {
      const before = await counters(4);
      const res = await t.call('POST', '/productAttribute/update/18', {
        body: { type: 0, name: '续航' },
      });
      expect(res.data).toBe(1);
      const [row] = await t.rows(
        'SELECT name, sort, type FROM pms_product_attribute WHERE id = 18',
      );
      expect(row).toEqual({ name: '续航', sort: 80, type: 0 });
      expect(await counters(4)).toEqual({
        attribute_count: before.attribute_count + 1,
        param_count: before.param_count - 1,
      });
      expect(
        (await t.call('POST', '/productAttribute/update/99999', { body: { name: 'x' } })).code,
      ).toBe(500);
      const empty = await t.call('POST', '/productAttribute/update/18', { body: {} });
      expect(empty.code).toBe(404);
      const bad = await t.call('POST', '/productAttribute/update/18', { body: { filterType: 9 } });
      expect(bad.code).toBe(404);
      expect(bad.message).toContain('filterType');
    });

    it('gets one attribute, or null', async () => {
      const res = await t.call<Attribute>('GET', '/productAttribute/11');
      expect(res.data).toMatchObject({
        id: 11,
        name: '容量',
        productAttributeCategoryId: 3,
        type: 0,
      });
      expect((await t.call('GET', '/productAttribute/123456')).data).toBeNull();
    });

    it('deletes attributes of several types and uncounts each from its own counter', async () => {
      const five = await counters(5);
      const six = await counters(6);
      // 19 (type 0) and 21 (type 1) of category 5, 27 (type 1) of category 6.
      const res = await t.call('POST', '/productAttribute/delete', {
        body: { ids: '19,21,27' },
        form: true,
      });
      expect(res.data).toBe(3);
      expect(await counters(5)).toEqual({
        attribute_count: five.attribute_count - 1,
        param_count: five.param_count - 1,
      });
      expect(await counters(6)).toEqual({ ...six, param_count: six.param_count - 1 });
      expect(
        (await t.call('POST', '/productAttribute/delete', { query: { ids: '19' } })).code,
      ).toBe(500);
      expect((await t.call('POST', '/productAttribute/delete', { query: {} })).code).toBe(404);
    });

    it('answers the filter attributes of a product category with their types', async () => {
      const res = await t.call('GET', '/productAttribute/attrInfo/11');
      expect(res.data).toEqual([
        { attributeId: 11, attributeCategoryId: 3 },
        { attributeId: 13, attributeCategoryId: 3 },
      ]);
      // Relation to a deleted attribute: both ids null, as the original's LEFT JOINs answered.
      const orphan = await t.call('GET', '/productAttribute/attrInfo/31');
      expect(orphan.data).toEqual([{ attributeId: null, attributeCategoryId: null }]);
      expect((await t.call('GET', '/productAttribute/attrInfo/999')).data).toEqual([]);
    });
  });
});
