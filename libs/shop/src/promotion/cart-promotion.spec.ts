import {
  calcCartPromotion,
  divideHalfEven,
  formatScale2,
  pickFullReduction,
  pickLadder,
} from './cart-promotion';
import type { CartLineInput, PromotionProduct, PromotionSku } from './cart-promotion.types';

interface Line extends CartLineInput {
  id: number;
  memberId?: number;
  productName?: string;
}

function sku(id: number, price: number | null, extra: Partial<PromotionSku> = {}): PromotionSku {
  return {
    id,
    skuCode: `sku-${id}`,
    price,
    promotionPrice: null,
    stock: 100,
    lockStock: 10,
    ...extra,
  };
}

function product(
  id: number,
  promotionType: number | null,
  extra: Partial<PromotionProduct> = {},
): PromotionProduct {
  return {
    id,
    name: `product ${id}`,
    promotionType,
    giftGrowth: 5,
    giftPoint: 7,
    skuStockList: [],
    productLadderList: [],
    productFullReductionList: [],
    ...extra,
  };
}

function line(
  id: number,
  productId: number | null,
  productSkuId: number | null,
  quantity: number | null,
  price: number | null = 1,
): Line {
  return { id, productId, productSkuId, quantity, price, memberId: 9, productName: `line ${id}` };
}

describe('calcCartPromotion — single price (type 1)', () => {
  const phone = product(26, 1, {
    skuStockList: [sku(110, 3788, { promotionPrice: 3588, stock: 50, lockStock: 8 })],
  });

  it('reproduces the spec example: price := SKU price, reduceAmount = price − promotion price', () => {
    const [item] = calcCartPromotion([line(1, 26, 110, 2, 3000)], [phone]);
    expect(item).toEqual({
      id: 1,
      productId: 26,
      productSkuId: 110,
      quantity: 2,
      price: 3788,
      memberId: 9,
      productName: 'line 1',
      promotionMessage: '单品促销',
      reduceAmount: 200,
      realStock: 42,
      integration: 7,
      growth: 5,
    });
  });

  it('computes the reduction on cents, without binary drift', () => {
    const p = product(1, 1, { skuStockList: [sku(1, 0.3, { promotionPrice: 0.1 })] });
    expect(calcCartPromotion([line(1, 1, 1, 1)], [p])[0].reduceAmount).toBe(0.2);
  });

  it('gives no reduction (instead of failing) when the SKU is unknown or has no promotion price', () => {
    const p = product(1, 1, { skuStockList: [sku(1, 10, { promotionPrice: null })] });
    const items = calcCartPromotion([line(1, 1, 1, 1, 9), line(2, 1, 99, 1, 9)], [p]);
    expect(items.map((i) => [i.promotionMessage, i.reduceAmount, i.price, i.realStock])).toEqual([
      ['无优惠', 0, 9, 90],
      ['无优惠', 0, 9, undefined],
    ]);
    expect('realStock' in items[1]).toBe(false);
  });

  it('does not mutate the input lines', () => {
    const input = line(1, 26, 110, 1, 1);
    const before = { ...input };
    calcCartPromotion([input], [phone]);
    expect(input).toEqual(before);
  });
});

describe('calcCartPromotion — ladder (type 3)', () => {
  const ladders = [
    { id: 1, count: 2, discount: 0.8 },
    { id: 2, count: 3, discount: 0.75 },
  ];
  const shirt = product(30, 3, {
    skuStockList: [sku(1, 100), sku(2, 120), sku(3, 99.99)],
    productLadderList: ladders,
  });

  it('reproduces the spec example: count summed across SKUs of the SPU, cart price kept', () => {
    const items = calcCartPromotion([line(1, 30, 1, 1, 50), line(2, 30, 2, 1, 60)], [shirt]);
    expect(items.map((i) => [i.id, i.price, i.reduceAmount, i.promotionMessage])).toEqual([
      [1, 50, 20, '打折优惠：满2件，打8.00折'],
      [2, 60, 24, '打折优惠：满2件，打8.00折'],
    ]);
  });

  it('picks the highest ladder the quantity reaches; message prints discount × 10 with two decimals', () => {
    const [item] = calcCartPromotion([line(1, 30, 1, 5)], [shirt]);
    expect(item.promotionMessage).toBe('打折优惠：满3件，打7.50折');
    expect(item.reduceAmount).toBe(25);
  });

  it('keeps four decimals of the exact reduction (99.99 × 0.15 = 14.9985)', () => {
    const p = product(30, 3, {
      skuStockList: [sku(3, 99.99)],
      productLadderList: [{ id: 1, count: 1, discount: 0.85 }],
    });
    expect(calcCartPromotion([line(1, 30, 3, 1)], [p])[0].reduceAmount).toBe(14.9985);
  });

  it('gives no reduction below the lowest ladder threshold', () => {
    const items = calcCartPromotion([line(1, 30, 1, 1)], [shirt]);
    expect(items[0]).toMatchObject({ promotionMessage: '无优惠', reduceAmount: 0, realStock: 90 });
  });

  it('gives no reduction when the product has no ladders', () => {
    const p = product(30, 3, { skuStockList: [sku(1, 100)] });
    expect(calcCartPromotion([line(1, 30, 1, 10)], [p])[0].promotionMessage).toBe('无优惠');
  });

  it('an unknown SKU still counts toward the quantity but gets no reduction itself', () => {
    const items = calcCartPromotion([line(1, 30, 1, 1), line(2, 30, 77, 1)], [shirt]);
    expect(items.map((i) => [i.promotionMessage, i.reduceAmount])).toEqual([
      ['打折优惠：满2件，打8.00折', 20],
      ['无优惠', 0],
    ]);
  });
});

describe('calcCartPromotion — full reduction (type 4)', () => {
  const rules = [
    { id: 1, fullPrice: 500, reducePrice: 50 },
    { id: 2, fullPrice: 1000, reducePrice: 120 },
  ];
  const tv = product(40, 4, {
    skuStockList: [sku(1, 300), sku(2, 400), sku(3, 333.33), sku(4, 666.67)],
    productFullReductionList: rules,
  });

  it('reproduces the spec example: per-unit share of the reduction by unit price', () => {
    const items = calcCartPromotion([line(1, 40, 1, 2, 1), line(2, 40, 2, 1, 2)], [tv]);
    expect(items.map((i) => [i.price, i.reduceAmount, i.promotionMessage])).toEqual([
      [1, 36, '满减优惠：满1000.00元，减120.00元'],
      [2, 48, '满减优惠：满1000.00元，减120.00元'],
    ]);
    const total = items.reduce((sum, i) => sum + i.reduceAmount * (i.quantity ?? 0), 0);
    expect(total).toBe(120);
  });

  it('rounds the share to two decimals, half-even (333.33 / 1000.00 → 0.33)', () => {
    const items = calcCartPromotion([line(1, 40, 3, 1), line(2, 40, 4, 1)], [tv]);
    // 0.33 × 120 = 39.6 and 0.67 × 120 = 80.4
    expect(items.map((i) => i.reduceAmount)).toEqual([39.6, 80.4]);
  });

  it('picks a lower tier when the total does not reach the higher one', () => {
    const [item] = calcCartPromotion([line(1, 40, 2, 2)], [tv]);
    expect(item.promotionMessage).toBe('满减优惠：满500.00元，减50.00元');
    expect(item.reduceAmount).toBe(25); // 400/800 = 0.50 × 50
  });

  it('keeps the truncation quirk: a shortfall under 1.00 still qualifies (999.50 meets 满1000)', () => {
    const p = product(40, 4, {
      skuStockList: [sku(1, 999.5)],
      productFullReductionList: rules,
    });
    expect(calcCartPromotion([line(1, 40, 1, 1)], [p])[0].promotionMessage).toBe(
      '满减优惠：满1000.00元，减120.00元',
    );
    const q = product(40, 4, { skuStockList: [sku(1, 999)], productFullReductionList: rules });
    expect(calcCartPromotion([line(1, 40, 1, 1)], [q])[0].promotionMessage).toBe(
      '满减优惠：满500.00元，减50.00元',
    );
  });

  it('gives no reduction below every tier', () => {
    const [item] = calcCartPromotion([line(1, 40, 1, 1)], [tv]);
    expect(item).toMatchObject({ promotionMessage: '无优惠', reduceAmount: 0, realStock: 90 });
  });

  it('gives the whole group no reduction when a line has an unknown SKU', () => {
    const items = calcCartPromotion([line(1, 40, 2, 3), line(2, 40, null, 1)], [tv]);
    expect(items.map((i) => i.promotionMessage)).toEqual(['无优惠', '无优惠']);
    expect(items[0].realStock).toBe(90);
    expect('realStock' in items[1]).toBe(false);
  });

  it('gives no reduction when the total is zero (no division by zero)', () => {
    const p = product(40, 4, {
      skuStockList: [sku(1, 0)],
      productFullReductionList: [{ id: 1, fullPrice: 0, reducePrice: 5 }],
    });
    expect(calcCartPromotion([line(1, 40, 1, 1)], [p])[0].reduceAmount).toBe(0);
  });
});

describe('calcCartPromotion — no promotion, grouping and mixed carts', () => {
  it('types 0, 2, 5, unknown and null give 无优惠 with realStock, integration and growth', () => {
    const products = [0, 2, 5, 9, null].map((type, index) =>
      product(index + 1, type, { skuStockList: [sku(index + 1, 10, { promotionPrice: 1 })] }),
    );
    const items = calcCartPromotion(
      products.map((p) => line(p.id, p.id, p.id, 1, 10)),
      products,
    );
    for (const item of items) {
      expect(item).toMatchObject({
        promotionMessage: '无优惠',
        reduceAmount: 0,
        realStock: 90,
        integration: 7,
        growth: 5,
        price: 10,
      });
    }
  });

  it('drops lines of unknown products and lines without productId', () => {
    const p = product(1, 0, { skuStockList: [sku(1, 10)] });
    const items = calcCartPromotion([line(1, 2, 1, 1), line(2, 1, 1, 1), line(3, null, 1, 1)], [p]);
    expect(items.map((i) => i.id)).toEqual([2]);
  });

  it('orders groups by ascending productId and keeps input order inside a group', () => {
    const products = [
      product(3, 0, { skuStockList: [sku(31, 1), sku(32, 1)] }),
      product(1, 0, { skuStockList: [sku(11, 1)] }),
      product(2, 0, { skuStockList: [sku(21, 1)] }),
    ];
    const items = calcCartPromotion(
      [line(1, 3, 32, 1), line(2, 1, 11, 1), line(3, 3, 31, 1), line(4, 2, 21, 1)],
      products,
    );
    expect(items.map((i) => i.id)).toEqual([2, 4, 1, 3]);
  });

  it('prices a mixed cart: each SPU group by its own rule', () => {
    const products = [
      product(26, 1, { skuStockList: [sku(110, 3788, { promotionPrice: 3588 })] }),
      product(30, 3, {
        skuStockList: [sku(1, 100), sku(2, 120)],
        productLadderList: [{ id: 1, count: 2, discount: 0.8 }],
      }),
      product(40, 4, {
        skuStockList: [sku(1, 300), sku(2, 400)],
        productFullReductionList: [{ id: 1, fullPrice: 1000, reducePrice: 120 }],
      }),
      product(50, 0, { skuStockList: [sku(5, 10)], giftPoint: null, giftGrowth: null }),
    ];
    const items = calcCartPromotion(
      [
        line(1, 50, 5, 1),
        line(2, 40, 1, 2),
        line(3, 30, 1, 1),
        line(4, 26, 110, 1),
        line(5, 40, 2, 1),
        line(6, 30, 2, 1),
      ],
      products,
    );
    expect(items.map((i) => [i.id, i.promotionMessage, i.reduceAmount])).toEqual([
      [4, '单品促销', 200],
      [3, '打折优惠：满2件，打8.00折', 20],
      [6, '打折优惠：满2件，打8.00折', 24],
      [2, '满减优惠：满1000.00元，减120.00元', 36],
      [5, '满减优惠：满1000.00元，减120.00元', 48],
      [1, '无优惠', 0],
    ]);
    expect(items[5].integration).toBeNull();
  });

  it('treats a null quantity as zero and null stock columns as zero', () => {
    const p = product(1, 3, {
      skuStockList: [sku(1, 10, { stock: null, lockStock: null })],
      productLadderList: [{ id: 1, count: 1, discount: 0.5 }],
    });
    const [item] = calcCartPromotion([line(1, 1, 1, null)], [p]);
    expect(item).toMatchObject({ promotionMessage: '无优惠', realStock: 0 });
  });

  it('returns an empty list for an empty cart', () => {
    expect(calcCartPromotion([], [product(1, 1)])).toEqual([]);
  });
});

describe('promotion helpers', () => {
  it('pickLadder: highest reachable count, ignores incomplete rows', () => {
    const ladders = [
      { id: 1, count: 2, discount: 0.9 },
      { id: 2, count: 5, discount: 0.7 },
      { id: 3, count: 3, discount: null },
    ];
    expect(pickLadder(1, ladders)).toBeNull();
    expect(pickLadder(4, ladders)).toMatchObject({ count: 2 });
    expect(pickLadder(5, ladders)).toMatchObject({ count: 5 });
  });

  it('pickFullReduction: rules under 1.00 apart tie and keep their order', () => {
    const rules = [
      { id: 1, fullPrice: 100.5, reducePrice: 1 },
      { id: 2, fullPrice: 101, reducePrice: 2 },
      { id: 3, fullPrice: 200, reducePrice: 3 },
    ];
    expect(pickFullReduction(20000, rules)?.reduceCents).toBe(300);
    // 100.50 and 101.00 compare equal, so 100.50 (first in DB order) is tried first.
    expect(pickFullReduction(10100, rules)?.reduceCents).toBe(100);
    expect(pickFullReduction(9900, rules)).toBeNull();
  });

  it('divideHalfEven rounds ties to the even neighbour', () => {
    expect(divideHalfEven(25, 10)).toBe(2);
    expect(divideHalfEven(35, 10)).toBe(4);
    expect(divideHalfEven(26, 10)).toBe(3);
    expect(divideHalfEven(24, 10)).toBe(2);
    expect(divideHalfEven(-25, 10)).toBe(-2);
    expect(divideHalfEven(3333300, 100000)).toBe(33);
  });

  it('formatScale2 prints cents like a scale-2 BigDecimal', () => {
    expect(formatScale2(800)).toBe('8.00');
    expect(formatScale2(750)).toBe('7.50');
    expect(formatScale2(100000)).toBe('1000.00');
    expect(formatScale2(5)).toBe('0.05');
    expect(formatScale2(-120)).toBe('-1.20');
  });
});
