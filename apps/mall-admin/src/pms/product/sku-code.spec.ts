import { generatedSkuCode, withSkuCodes } from './sku-code';

describe('SKU codes', () => {
  const day = new Date(2020, 8, 25, 23, 59);

  it('joins the date, the zero-padded product id and the 1-based position', () => {
    expect(generatedSkuCode(42, 1, day)).toBe('202009250042001');
    expect(generatedSkuCode(123456, 1234, day)).toBe('202009251234561234');
  });

  it('fills only empty codes, numbering by position in the given list', () => {
    const skus = withSkuCodes(
      [{ skuCode: '' }, { skuCode: 'KEEP' }, { skuCode: null }, {}],
      7,
      day,
    );
    expect(skus.map((s) => s.skuCode)).toEqual([
      '202009250007001',
      'KEEP',
      '202009250007003',
      '202009250007004',
    ]);
  });
});
