import { productListStatements } from './product-list.sql';

describe('productListStatements', () => {
  it('counts and pages not-deleted products without filters', () => {
    const { count, page } = productListStatements({}, 10, 5);
    expect(count).toEqual({
      sql: 'SELECT COUNT(*) AS total FROM pms_product WHERE delete_status = 0',
      params: [],
    });
    expect(page.sql).toContain(
      '(SELECT id FROM pms_product WHERE delete_status = 0 ORDER BY sort DESC, id DESC LIMIT ?, ?) page',
    );
    expect(page.sql).toMatch(/^SELECT p\.id, p\.brand_id, .* FROM pms_product p JOIN /);
    expect(page.sql).not.toMatch(/description|detail_html|detail_desc|detail_mobile_html/);
    expect(page.params).toEqual([10, 5]);
  });

  it('adds every filter as a bound parameter, keyword as a substring match', () => {
    const { count, page } = productListStatements(
      {
        publishStatus: 1,
        verifyStatus: 0,
        keyword: "50%'",
        productSn: 'SN-1',
        brandId: 3,
        productCategoryId: 11,
      },
      0,
      20,
    );
    expect(count.sql).toBe(
      'SELECT COUNT(*) AS total FROM pms_product WHERE delete_status = 0 AND publish_status = ? ' +
        'AND verify_status = ? AND name LIKE ? AND product_sn = ? AND brand_id = ? AND product_category_id = ?',
    );
    expect(count.params).toEqual([1, 0, "%50%'%", 'SN-1', 3, 11]);
    expect(page.params).toEqual([...count.params, 0, 20]);
  });

  it('ignores an empty keyword and product number, as the original did', () => {
    const { count } = productListStatements({ keyword: '', productSn: '' }, 0, 5);
    expect(count.params).toEqual([]);
  });

  it('walks the index from the end for a page in the back half of a known total', () => {
    // 23 rows: the page [15, 20) is rows [3, 8) counted from the end.
    const { page } = productListStatements({ brandId: 3 }, 15, 5, 23);
    expect(page.sql).toContain('ORDER BY sort ASC, id ASC LIMIT ?, ?) page');
    expect(page.sql).toMatch(/ORDER BY p\.sort DESC, p\.id DESC$/);
    expect(page.params).toEqual([3, 3, 5]);
    // The last, partial page [20, 23) is rows [0, 3) from the end.
    expect(productListStatements({}, 20, 5, 23).page.params).toEqual([0, 3]);
  });

  it('walks from the start for the front half, a page past the end, or no total', () => {
    expect(productListStatements({}, 10, 5, 23).page.params).toEqual([10, 5]);
    expect(productListStatements({}, 25, 5, 23).page.sql).toContain('sort DESC, id DESC LIMIT');
    expect(productListStatements({}, 20, 5).page.sql).toContain('sort DESC, id DESC LIMIT');
  });
});
