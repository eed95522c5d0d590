import { Page, PmsTestContext, ProductEventInbox } from './pms-harness';

jest.setTimeout(60_000);

interface Brand {
  id: number;
  name: string;
  firstLetter: string;
  sort: number;
  showStatus: number;
  factoryStatus: number;
  logo: string;
  brandStory: string | null;
}

const validBrand = {
  name: '测试品牌',
  logo: 'https://img.example/logo.png',
  sort: 5,
  showStatus: 1,
};

describe('mall-admin /brand', () => {
  let t: PmsTestContext;
  let inbox: ProductEventInbox;

  beforeAll(async () => {
    [t, inbox] = await Promise.all([PmsTestContext.start('pms_brand'), ProductEventInbox.open()]);
  });

  afterAll(async () => {
    await inbox?.close();
    await t?.close();
  });

  describe('reads', () => {
    it('listAll returns every brand without the brand story', async () => {
      const res = await t.call<Brand[]>('GET', '/brand/listAll');
      expect(res.code).toBe(200);
      expect(res.data).toHaveLength(8);
      expect(res.data[0]).toMatchObject({ id: 1, name: '华为', firstLetter: 'H', sort: 100 });
      expect(res.data.every((b) => 'brandStory' in b && b.brandStory === null)).toBe(true);
    });

    it('list pages by sort descending and filters by name', async () => {
      const page = await t.call<Page<Brand>>('GET', '/brand/list', {
        query: { pageNum: 2, pageSize: 3 },
      });
      expect(page.data).toMatchObject({ pageNum: 2, pageSize: 3, total: 8, totalPage: 3 });
      const sorts = page.data.list.map((b) => b.sort);
      expect(sorts).toEqual([...sorts].sort((a, b) => b - a));
      expect(page.data.list[0].brandStory).toBeNull();

      const filtered = await t.call<Page<Brand>>('GET', '/brand/list', {
        query: { keyword: '米' },
      });
      expect(filtered.data.list.map((b) => b.name)).toEqual(['小米']);
      expect(filtered.data).toMatchObject({ pageNum: 1, pageSize: 5, total: 1 });

      const beyond = await t.call<Page<Brand>>('GET', '/brand/list', { query: { pageNum: 9 } });
      expect(beyond.data).toMatchObject({ pageNum: 9, total: 8, list: [] });
    });

    it('list rejects a bad page number with a field-named validation failure', async () => {
      const res = await t.call('GET', '/brand/list', { query: { pageNum: 'x' } });
      expect(res.code).toBe(404);
      expect(res.message).toContain('pageNum');
    });

    it('get returns the full brand, or null data when missing', async () => {
      const found = await t.call<Brand>('GET', '/brand/2');
      expect(found.data).toMatchObject({ id: 2, name: '小米' });
      expect(found.data.brandStory).toContain('小米');
      const missing = await t.call('GET', '/brand/999999');
      expect(missing).toEqual({ code: 200, message: '操作成功', data: null });
      const bad = await t.call('GET', '/brand/abc');
      expect(bad.code).toBe(404);
      expect(bad.message).toContain('id');
    });
  });

  describe('create', () => {
    it('inserts the brand, defaulting the first letter to the first character of the name', async () => {
      const res = await t.call('POST', '/brand/create', { body: validBrand });
      expect(res).toEqual({ code: 200, message: '操作成功', data: 1 });
      const [row] = await t.rows<Record<string, unknown>>(
        'SELECT * FROM pms_brand WHERE name = ?',
        [validBrand.name],
      );
      expect(row).toMatchObject({
        first_letter: '测',
        sort: 5,
        show_status: 1,
        factory_status: null,
      });
      expect(row['product_count']).toBeNull();
    });

    it.each([
      [{ ...validBrand, name: undefined }, 'name: 名称不能为空'],
      [{ ...validBrand, name: '' }, 'name: 名称不能为空'],
      [{ ...validBrand, logo: undefined }, 'logo: 品牌logo不能为空'],
      [{ ...validBrand, sort: -1 }, 'sort: 排序最小为0'],
      [{ ...validBrand, showStatus: 2 }, 'showStatus: 显示状态不正确'],
      [{ ...validBrand, factoryStatus: 3 }, 'factoryStatus: 厂家状态不正确'],
      [{ ...validBrand, name: 'x'.repeat(65) }, 'name must be shorter than or equal to 64'],
      [{ ...validBrand, firstLetter: 123 }, 'firstLetter must be a string'],
    ])('rejects %j with code 404 naming the field and writes nothing', async (body, message) => {
      const before = await t.count('pms_brand');
      const res = await t.call('POST', '/brand/create', { body });
      expect(res.code).toBe(404);
      expect(res.message).toContain(message);
      expect(await t.count('pms_brand')).toBe(before);
    });
  });

  it('refuses a create without a body', async () => {
    const res = await t.call('POST', '/brand/create');
    expect(res.code).toBe(404);
    expect(res.message).toContain('name');
  });

  describe('update', () => {
    it('updates non-null fields and renames the brand in its products, then announces them', async () => {
      const res = await t.call('POST', '/brand/update/1', {
        body: { name: '华为终端', logo: 'https://img.example/hw.png', firstLetter: '' },
      });
      expect(res).toEqual({ code: 200, message: '操作成功', data: 1 });
      const [brand] = await t.rows('SELECT * FROM pms_brand WHERE id = 1');
      expect(brand).toMatchObject({
        name: '华为终端',
        first_letter: '华',
        sort: 100,
        show_status: 1,
      });
      expect(brand['brand_story']).toContain('华为');
      const products = await t.rows<{ id: number; brand_name: string }>(
        'SELECT id, brand_name FROM pms_product WHERE brand_id = 1 ORDER BY id',
      );
      expect(products.length).toBeGreaterThan(0);
      expect(products.every((p) => p.brand_name === '华为终端')).toBe(true);
      await inbox.waitFor(
        'upsert',
        products.map((p) => p.id),
      );
    });

    it('answers failed for a brand that does not exist and changes nothing', async () => {
      const res = await t.call('POST', '/brand/update/999999', { body: validBrand });
      expect(res).toEqual({ code: 500, message: '操作失败', data: null });
      expect(await t.count('pms_brand', 'name = ?', [validBrand.name])).toBe(1);
    });

    it('validates the body like create', async () => {
      const res = await t.call('POST', '/brand/update/2', { body: { name: '小米', sort: -5 } });
      expect(res.code).toBe(404);
      expect(res.message).toBe('sort: 排序最小为0');
      const noLogo = await t.call('POST', '/brand/update/2', { body: { name: '小米改' } });
      expect(noLogo.message).toBe('logo: 品牌logo不能为空');
      const [brand] = await t.rows('SELECT name, sort FROM pms_brand WHERE id = 2');
      expect(brand).toEqual({ name: '小米', sort: 90 });
    });
  });

  describe('status switches', () => {
    it('updates showStatus from a form body and counts matched rows', async () => {
      const res = await t.call('POST', '/brand/update/showStatus', {
        body: { ids: '3,4', showStatus: '0' },
        form: true,
      });
      expect(res).toEqual({ code: 200, message: '操作成功', data: 2 });
      const rows = await t.rows('SELECT show_status FROM pms_brand WHERE id IN (3, 4)');
      expect(rows).toEqual([{ show_status: 0 }, { show_status: 0 }]);
    });

    it('updates factoryStatus from repeated query parameters', async () => {
      const res = await t.call('POST', '/brand/update/factoryStatus', {
        query: { ids: [5, 6], factoryStatus: 0 },
      });
      expect(res.data).toBe(2);
      expect(await t.count('pms_brand', 'factory_status = 0 AND id IN (5, 6)')).toBe(2);
    });

    it('answers failed when no brand matched', async () => {
      const res = await t.call('POST', '/brand/update/showStatus', {
        query: { ids: '999998,999999', showStatus: 1 },
      });
      expect(res).toEqual({ code: 500, message: '操作失败', data: null });
    });

    it.each([
      [{ showStatus: 1 }, 'ids'],
      [{ ids: '', showStatus: 1 }, 'ids'],
      [{ ids: '1,x', showStatus: 1 }, 'ids'],
      [{ ids: '1' }, 'showStatus'],
      [{ ids: '1', showStatus: 'on' }, 'showStatus'],
      [{ ids: '1', showStatus: 7 }, 'showStatus'],
    ])('rejects %j naming %s', async (query, field) => {
      const res = await t.call('POST', '/brand/update/showStatus', { query });
      expect(res.code).toBe(404);
      expect(res.message).toContain(field);
    });
  });

  describe('delete', () => {
    it('GET /brand/delete/:id deletes one brand and answers null data', async () => {
      const [{ id }] = await t.rows<{ id: number }>('SELECT id FROM pms_brand WHERE name = ?', [
        validBrand.name,
      ]);
      expect(await t.call('GET', `/brand/delete/${id}`)).toEqual({
        code: 200,
        message: '操作成功',
        data: null,
      });
      expect(await t.count('pms_brand', 'id = ?', [id])).toBe(0);
      expect((await t.call('GET', `/brand/delete/${id}`)).code).toBe(500);
    });

    it('POST /brand/delete/batch deletes the listed brands and leaves their products', async () => {
      const res = await t.call('POST', '/brand/delete/batch', { body: { ids: '7,8' }, form: true });
      expect(res.data).toBe(2);
      expect(await t.count('pms_brand', 'id IN (7, 8)')).toBe(0);
      expect(await t.count('pms_product', 'brand_id IN (7, 8)')).toBeGreaterThan(0);
      expect((await t.call('POST', '/brand/delete/batch', { query: { ids: '7' } })).code).toBe(500);
    });
  });
});
