import type { EsProduct, EsProductAttributeValue } from '../src/es-product/es-product';
import type { SearchRepository } from '../src/search-index/search-repository';

/**
 * What every SearchRepository adapter must answer, on a small catalog whose texts tokenise the
 * same with IK (`ik_max_word`) and with the embedded analyzer: two-character Chinese words
 * separated by spaces or commas, and Latin words.
 */
function attr(
  id: number,
  productAttributeId: number,
  value: string,
  type: number,
  name: string,
): EsProductAttributeValue {
  return { id, productAttributeId, value, type, name };
}

function product(fields: Partial<EsProduct> & Pick<EsProduct, 'id' | 'name'>): EsProduct {
  return {
    productSn: `SN${fields.id}`,
    brandId: null,
    brandName: null,
    productCategoryId: null,
    productCategoryName: null,
    pic: `https://img.test/${fields.id}.jpg`,
    subTitle: null,
    keywords: null,
    price: null,
    sale: null,
    newStatus: 1,
    recommandStatus: 0,
    stock: 100,
    promotionType: 0,
    sort: 0,
    attrValueList: [],
    ...fields,
  };
}

const SCREEN = 12;
const NETWORK = 13;

export const CATALOG: readonly EsProduct[] = [
  product({
    id: 101,
    name: '华为 手机 Mate',
    subTitle: '卫星 通话',
    keywords: '华为,手机',
    brandId: 1,
    brandName: '华为',
    productCategoryId: 7,
    productCategoryName: '手机',
    price: 6499,
    sale: 1280,
    attrValueList: [
      attr(1001, SCREEN, '6.8英寸', 1, '屏幕尺寸'),
      attr(1002, NETWORK, '5G全网通', 1, '网络制式'),
      attr(1003, 10, '黑色', 0, '颜色'),
    ],
  }),
  product({
    id: 102,
    name: '小米 电视 Pro',
    subTitle: '手机 投屏',
    keywords: '小米,电视',
    brandId: 2,
    brandName: '小米',
    productCategoryId: 9,
    productCategoryName: '电视',
    price: 1999,
    sale: 980,
    attrValueList: [attr(1004, SCREEN, '65英寸', 1, '屏幕尺寸')],
  }),
  product({
    id: 103,
    name: 'Apple iPhone 15',
    subTitle: '灵动 影像',
    keywords: '苹果,手机,iPhone',
    brandId: 3,
    brandName: '苹果',
    productCategoryId: 7,
    productCategoryName: '手机',
    price: 5999,
    sale: 3420,
    attrValueList: [
      attr(1005, SCREEN, '6.1英寸', 1, '屏幕尺寸'),
      attr(1006, NETWORK, '5G全网通', 1, '网络制式'),
    ],
  }),
  product({
    id: 104,
    name: 'NIKE 跑鞋',
    subTitle: '运动 训练',
    keywords: '耐克,跑步',
    brandId: 6,
    brandName: 'NIKE',
    productCategoryId: 12,
    productCategoryName: '运动鞋',
    price: null,
    sale: 1760,
  }),
  product({
    id: 105,
    name: '华为 平板',
    subTitle: '学习 办公',
    keywords: '华为,平板',
    brandId: 1,
    brandName: '华为',
    productCategoryId: 8,
    productCategoryName: '平板电脑',
    price: 2099,
    sale: null,
  }),
  product({
    id: 106,
    name: '小米 手机 14',
    subTitle: '徕卡 影像',
    keywords: '小米,手机',
    brandId: 2,
    brandName: '小米',
    productCategoryId: 7,
    productCategoryName: '手机',
    price: 3999,
    sale: 2350,
    attrValueList: [attr(1007, NETWORK, '4G全网通', 1, '网络制式')],
  }),
];

export interface RepositoryFixture {
  repository: SearchRepository;
  /** Removes what the fixture created (scratch database, test index). */
  cleanup(): Promise<void>;
}

const ids = (products: readonly EsProduct[]) => products.map((p) => p.id);

/** Runs the behavioural suite against the repository `open` gives (one per suite). */
export function describeSearchRepository(
  adapter: string,
  open: () => Promise<RepositoryFixture>,
): void {
  describe(`SearchRepository behaviour: ${adapter}`, () => {
    let fixture: RepositoryFixture;
    let repository: SearchRepository;

    beforeAll(async () => {
      fixture = await open();
      repository = fixture.repository;
      expect(await repository.ensureIndex()).toBe(true);
      expect(await repository.ensureIndex()).toBe(false);
      expect(await repository.count()).toBe(0);
      await repository.upsert(CATALOG);
    }, 60_000);

    afterAll(async () => {
      await fixture?.cleanup();
    });

    it('holds every written document, listed by ascending id', async () => {
      expect(await repository.count()).toBe(CATALOG.length);
      expect(await repository.listIds()).toEqual([101, 102, 103, 104, 105, 106]);
    });

    it('answers documents exactly as written', async () => {
      const page = await repository.search({ sort: 0, from: 0, size: 10 });
      expect(page.products).toEqual(CATALOG);
    });

    describe('composite search', () => {
      it('scores the keyword 10 in name, 5 in subTitle, 2 in keywords, summed', async () => {
        const page = await repository.search({ keyword: '手机', sort: 0, from: 0, size: 10 });
        expect(page.total).toBe(4);
        // 101 and 106: name + keywords = 12 (id breaks the tie); 102: subTitle 5; 103: keywords 2.
        expect(ids(page.products)).toEqual([101, 106, 102, 103]);
      });

      it.each([
        [1, [106, 103, 102, 101]],
        [2, [103, 106, 101, 102]],
        [3, [102, 106, 103, 101]],
        [4, [101, 103, 106, 102]],
      ])('sort %i orders the matches', async (sort, expected) => {
        const page = await repository.search({ keyword: '手机', sort, from: 0, size: 10 });
        expect(ids(page.products)).toEqual(expected);
      });

      it('puts documents without a price or sales last, in both directions', async () => {
        const byPrice = (sort: number) => repository.search({ sort, from: 0, size: 10 });
        expect(ids((await byPrice(3)).products)).toEqual([102, 105, 106, 103, 101, 104]);
        expect(ids((await byPrice(4)).products)).toEqual([101, 103, 106, 105, 102, 104]);
        expect(ids((await byPrice(2)).products)).toEqual([103, 106, 104, 101, 102, 105]);
      });

      it('filters by brand and by category', async () => {
        const brand = await repository.search({
          keyword: '手机',
          brandId: 2,
          sort: 0,
          from: 0,
          size: 10,
        });
        expect(ids(brand.products)).toEqual([106, 102]);
        expect(brand.total).toBe(2);
        const category = await repository.search({
          productCategoryId: 7,
          sort: 3,
          from: 0,
          size: 10,
        });
        expect(ids(category.products)).toEqual([106, 103, 101]);
        const both = await repository.search({
          brandId: 1,
          productCategoryId: 8,
          sort: 0,
          from: 0,
          size: 10,
        });
        expect(ids(both.products)).toEqual([105]);
      });

      it('pages with from and size; total counts every match', async () => {
        const page = await repository.search({ sort: 2, from: 2, size: 2 });
        expect(page.total).toBe(6);
        expect(ids(page.products)).toEqual([104, 101]);
        const beyond = await repository.search({ sort: 2, from: 6, size: 2 });
        expect(beyond).toEqual({ total: 6, products: [] });
      });

      it('lists everything by id without a keyword, and nothing for an unknown word', async () => {
        expect(ids((await repository.search({ sort: 0, from: 0, size: 10 })).products)).toEqual([
          101, 102, 103, 104, 105, 106,
        ]);
        expect(
          await repository.search({ keyword: 'nonexistent', sort: 0, from: 0, size: 5 }),
        ).toEqual({ total: 0, products: [] });
      });
    });

    describe('simple search', () => {
      it('needs every word of the keyword in one field', async () => {
        const page = await repository.simpleSearch({ keyword: '手机 小米', from: 0, size: 10 });
        // 102 has 小米 in its name and 手机 in its subtitle, never both in one field.
        expect(ids(page.products)).toEqual([106]);
        expect(page.total).toBe(1);
      });

      it('finds a word in any of the fields, case-insensitively', async () => {
        const huawei = await repository.simpleSearch({ keyword: '华为', from: 0, size: 10 });
        expect(ids(huawei.products).sort()).toEqual([101, 105]);
        const iphone = await repository.simpleSearch({ keyword: 'IPHONE', from: 0, size: 10 });
        expect(ids(iphone.products)).toEqual([103]);
      });

      it('matches everything without a keyword and nothing for punctuation', async () => {
        const all = await repository.simpleSearch({ from: 0, size: 3 });
        expect(all.total).toBe(6);
        expect(ids(all.products)).toEqual([101, 102, 103]);
        expect(await repository.simpleSearch({ keyword: '!!!', from: 0, size: 3 })).toEqual({
          total: 0,
          products: [],
        });
      });
    });

    describe('recommend', () => {
      it('weights name words 8/2/2, brand 5, category 3, without the product itself', async () => {
        const page = await repository.recommend({
          product: { id: 101, name: '华为 手机 Mate', brandId: 1, productCategoryId: 7 },
          from: 0,
          size: 10,
        });
        // 105: name 8 + keywords 2 + brand 5; 106: 8 + 2 + category 3; 103: 2 + 3; 102: subTitle 2.
        expect(ids(page.products)).toEqual([105, 106, 103, 102]);
        expect(page.total).toBe(4);
        const second = await repository.recommend({
          product: { id: 101, name: '华为 手机 Mate', brandId: 1, productCategoryId: 7 },
          from: 2,
          size: 2,
        });
        expect(ids(second.products)).toEqual([103, 102]);
      });
    });

    describe('related info', () => {
      it('aggregates brands, categories and param attributes of the matches', async () => {
        expect(await repository.relatedInfo('手机')).toEqual({
          brandNames: ['小米', '华为', '苹果'],
          productCategoryNames: ['手机', '电视'],
          productAttrs: [
            { attrId: SCREEN, attrName: '屏幕尺寸', attrValues: ['6.1英寸', '6.8英寸', '65英寸'] },
            { attrId: NETWORK, attrName: '网络制式', attrValues: ['5G全网通', '4G全网通'] },
          ],
        });
      });

      it('covers every document without a keyword and none for an unknown word', async () => {
        const all = await repository.relatedInfo(undefined);
        expect(all.brandNames).toEqual(['华为', '小米', 'NIKE', '苹果']);
        expect(all.productCategoryNames).toEqual(['手机', '平板电脑', '电视', '运动鞋']);
        expect(await repository.relatedInfo('nonexistent')).toEqual({
          brandNames: [],
          productCategoryNames: [],
          productAttrs: [],
        });
      });
    });

    describe('writes', () => {
      it('replaces a document written again and removes deleted ones', async () => {
        const renamed = { ...CATALOG[1], name: '小米 手机 电视', attrValueList: [] };
        await repository.upsert([renamed]);
        const page = await repository.search({ keyword: '手机', sort: 0, from: 0, size: 10 });
        expect(ids(page.products)).toEqual([102, 101, 106, 103]);
        expect(page.products[0]).toEqual(renamed);
        expect((await repository.relatedInfo('电视')).productAttrs).toEqual([]);

        await repository.remove([106, 999]);
        expect(await repository.listIds()).toEqual([101, 102, 103, 104, 105]);
        const after = await repository.search({ keyword: '手机', sort: 0, from: 0, size: 10 });
        expect(ids(after.products)).toEqual([102, 101, 103]);
      });

      it('answers pings', async () => {
        await expect(repository.ping()).resolves.toBeUndefined();
      });
    });
  });
}
