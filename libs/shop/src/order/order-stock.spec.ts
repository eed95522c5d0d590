import { affectedRows, quantitiesPerSku } from './order-stock';

describe('quantitiesPerSku', () => {
  it('sums lines of one SKU and orders SKUs by id (the lock order)', () => {
    expect(
      quantitiesPerSku([
        { productSkuId: 203, quantity: 3 },
        { productSkuId: 201, quantity: 1 },
        { productSkuId: 203, quantity: 2 },
        { productSkuId: null, quantity: 5 },
        { productSkuId: 202, quantity: 0 },
      ]),
    ).toEqual([
      { skuId: 201, quantity: 1 },
      { skuId: 203, quantity: 5 },
    ]);
  });
});

describe('affectedRows', () => {
  it('reads the driver’s result header', () => {
    expect(affectedRows({ affectedRows: 1 })).toBe(1);
    expect(affectedRows([])).toBe(0);
    expect(affectedRows(null)).toBe(0);
  });
});
