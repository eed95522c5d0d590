import type { CartLinePromotion } from '../cart';
import {
  apportionCoupon,
  apportionPoints,
  confirmAmounts,
  draftOrderItems,
  findShortLine,
  microsToAmount,
  orderAmounts,
  orderItemAmounts,
  pointsDeductionCents,
  sharePerUnit,
  toMicros,
  totalCents,
  type DraftOrderItem,
  type PointsRule,
} from './order-pricing';

function line(overrides: Partial<CartLinePromotion>): CartLinePromotion {
  return {
    id: 1,
    productId: 1,
    productSkuId: 101,
    memberId: 7,
    quantity: 1,
    price: 100,
    productPic: null,
    productName: 'p',
    productSubTitle: null,
    productSkuCode: 'c',
    memberNickname: null,
    createDate: null,
    modifyDate: null,
    deleteStatus: 0,
    productCategoryId: 11,
    productBrand: null,
    productSn: null,
    productAttr: null,
    promotionMessage: '无优惠',
    reduceAmount: 0,
    realStock: 10,
    integration: 5,
    growth: 3,
    ...overrides,
  } as CartLinePromotion;
}

const RULE: PointsRule = {
  deductionPerAmount: 100,
  maxPercentPerOrder: 50,
  useUnit: 100,
  couponStatus: 1,
};

describe('micros', () => {
  it('converts amounts with up to six decimals exactly and rounds half away from zero to cents', () => {
    expect(toMicros(14.9985)).toBe(14_998_500);
    expect(toMicros(0.1 + 0.2)).toBe(300_000);
    expect(toMicros(null)).toBe(0);
    expect(microsToAmount(14_998_500)).toBe(15);
    expect(microsToAmount(35_350_000)).toBe(35.35);
    expect(microsToAmount(1_005_000)).toBe(1.01);
    expect(microsToAmount(1_004_999)).toBe(1);
    expect(microsToAmount(-1_005_000)).toBe(-1.01);
  });
});

describe('draftOrderItems', () => {
  it('copies the priced line: price, per-unit reduction, gifts and stock', () => {
    const [item] = draftOrderItems([
      line({
        id: 9,
        price: 3788,
        reduceAmount: 200,
        quantity: 2,
        promotionMessage: '单品促销',
        realStock: 4,
      }),
    ]);
    expect(item).toMatchObject({
      cartItemId: 9,
      priceCents: 378_800,
      promotionMicros: 200_000_000,
      couponMicros: 0,
      integrationMicros: 0,
      quantity: 2,
      promotionName: '单品促销',
      giftIntegration: 5,
      giftGrowth: 3,
      realStock: 4,
    });
  });

  it('treats missing gifts as 0 and a missing real stock as unknown', () => {
    const [item] = draftOrderItems([
      line({ integration: null, growth: undefined, realStock: undefined }),
    ]);
    expect([item.giftIntegration, item.giftGrowth, item.realStock]).toEqual([0, 0, null]);
  });
});

describe('findShortLine', () => {
  it('needs the whole quantity available, not just a positive stock', () => {
    const items = draftOrderItems([
      line({ id: 1, quantity: 2, realStock: 2 }),
      line({ id: 2, productSkuId: 102, quantity: 3, realStock: 2 }),
    ]);
    expect(findShortLine(items)?.cartItemId).toBe(2);
    expect(findShortLine(items.slice(0, 1))).toBeUndefined();
    expect(findShortLine(draftOrderItems([line({ realStock: undefined })]))?.cartItemId).toBe(1);
    expect(findShortLine(draftOrderItems([line({ productSkuId: null })]))?.cartItemId).toBe(1);
  });
});

describe('sharePerUnit', () => {
  it('is round(price ÷ Σ price × qty, 3 decimals, HALF_EVEN) × amount per unit', () => {
    const items = draftOrderItems([
      line({ id: 1, price: 6499 }),
      line({ id: 2, productId: 2, price: 2699 }),
    ]);
    expect(totalCents(items)).toBe(919_800);
    // 0.7066 → 0.707, 0.2934 → 0.293; × 50.00
    expect(sharePerUnit(items, 5000)).toEqual([35_350_000, 14_650_000]);
  });

  it('rounds a tie to the even thousandth', () => {
    // 1 ÷ 16 = 0.0625 → 0.062 and 15 ÷ 16 = 0.9375 → 0.938: ties go to the even digit.
    const items = draftOrderItems([line({ price: 1 }), line({ id: 2, price: 15 })]);
    expect(sharePerUnit(items, 1600)).toEqual([62 * 1600 * 10, 938 * 1600 * 10]);
  });

  it('shares nothing over a zero total', () => {
    expect(sharePerUnit(draftOrderItems([line({ price: 0 })]), 1000)).toEqual([0]);
  });
});

describe('apportionCoupon', () => {
  const items = draftOrderItems([
    line({ id: 1, productId: 1, productCategoryId: 11, price: 300, quantity: 2 }),
    line({ id: 2, productId: 2, productCategoryId: 21, price: 400, quantity: 1 }),
  ]);
  const coupon = (useType: number, scope: { products?: number[]; categories?: number[] } = {}) => ({
    coupon: { amount: 100, useType },
    productRelationList: (scope.products ?? []).map((productId) => ({ productId })),
    categoryRelationList: (scope.categories ?? []).map((productCategoryId) => ({
      productCategoryId,
    })),
  });

  it('spreads an all-products coupon over every line by unit price', () => {
    // S = 1000.00; 300/1000 = 0.3, 400/1000 = 0.4
    expect(apportionCoupon(items, coupon(0)).map((i) => i.couponMicros)).toEqual([
      30_000_000, 40_000_000,
    ]);
  });

  it('only over the lines of the coupon’s categories or products', () => {
    expect(
      apportionCoupon(items, coupon(1, { categories: [21] })).map((i) => i.couponMicros),
    ).toEqual([0, 100_000_000]);
    expect(apportionCoupon(items, coupon(2, { products: [1] })).map((i) => i.couponMicros)).toEqual(
      [50_000_000, 0],
    );
    expect(apportionCoupon(items, coupon(9)).map((i) => i.couponMicros)).toEqual([0, 0]);
  });

  it('does not change its input', () => {
    apportionCoupon(items, coupon(0));
    expect(items.map((i) => i.couponMicros)).toEqual([0, 0]);
  });
});

describe('pointsDeductionCents', () => {
  const base = {
    useIntegration: 1000,
    memberIntegration: 5000,
    orderTotalCents: 100_000,
    rule: RULE,
    withCoupon: false,
  };

  it('is points ÷ use_unit (the spec example: 1000 points on 1000.00 take 10.00)', () => {
    expect(pointsDeductionCents(base)).toBe(1000);
    expect(pointsDeductionCents({ ...base, useIntegration: 150 })).toBe(150);
  });

  it('is 0 when the member lacks the points, below the unit, or without a rule', () => {
    expect(pointsDeductionCents({ ...base, useIntegration: 5001 })).toBe(0);
    expect(pointsDeductionCents({ ...base, memberIntegration: null })).toBe(0);
    expect(pointsDeductionCents({ ...base, useIntegration: 99 })).toBe(0);
    expect(pointsDeductionCents({ ...base, rule: null })).toBe(0);
    expect(pointsDeductionCents({ ...base, rule: { ...RULE, useUnit: 0 } })).toBe(0);
    expect(pointsDeductionCents({ ...base, useIntegration: 0 })).toBe(0);
  });

  it('refuses (does not cap) more than the maximum share of the order', () => {
    expect(pointsDeductionCents({ ...base, orderTotalCents: 2000, useIntegration: 1000 })).toBe(
      1000,
    ); // 10.00 = 50 %
    expect(pointsDeductionCents({ ...base, orderTotalCents: 1999, useIntegration: 1000 })).toBe(0);
  });

  it('refuses points with a coupon when they may not be combined', () => {
    expect(pointsDeductionCents({ ...base, withCoupon: true })).toBe(1000);
    expect(
      pointsDeductionCents({ ...base, withCoupon: true, rule: { ...RULE, couponStatus: 0 } }),
    ).toBe(0);
  });
});

describe('order and item amounts', () => {
  it('sum per-unit amounts × quantity, round each once and derive real and pay amounts', () => {
    let items: DraftOrderItem[] = draftOrderItems([
      line({
        id: 1,
        price: 6499,
        reduceAmount: 300,
        promotionMessage: '单品促销',
        integration: 649,
        growth: 649,
      }),
      line({
        id: 2,
        productId: 2,
        price: 2699,
        integration: 269,
        growth: 269,
      }),
    ]);
    items = apportionCoupon(items, {
      coupon: { amount: 50, useType: 0 },
      productRelationList: [],
      categoryRelationList: [],
    });
    items = apportionPoints(items, 1000);
    expect(orderItemAmounts(items[0])).toEqual({
      productPrice: 6499,
      promotionAmount: 300,
      couponAmount: 35.35,
      integrationAmount: 7.07,
      realAmount: 6156.58,
    });
    expect(orderAmounts(items)).toEqual({
      totalAmount: 9198,
      freightAmount: 0,
      promotionAmount: 300,
      couponAmount: 50,
      integrationAmount: 10,
      discountAmount: 0,
      payAmount: 8838,
      giftIntegration: 918,
      giftGrowth: 918,
      promotionInfo: '单品促销;无优惠',
    });
  });

  it('keeps four-decimal promotion shares exact until the sums are rounded', () => {
    const items = draftOrderItems([line({ price: 333.33, reduceAmount: 14.9985, quantity: 3 })]);
    const amounts = orderAmounts(items);
    expect(amounts.totalAmount).toBe(999.99);
    expect(amounts.promotionAmount).toBe(45); // 44.9955
    expect(amounts.payAmount).toBe(954.99); // 999.99 − 44.9955 = 954.9945
  });
});

describe('confirmAmounts', () => {
  it('is exact: total, promotion and their difference', () => {
    expect(
      confirmAmounts([
        line({ price: 3788, reduceAmount: 200, quantity: 2 }),
        line({ id: 2, price: 100, reduceAmount: 14.9985, quantity: 1 }),
      ]),
    ).toEqual({
      totalAmount: 7676,
      freightAmount: 0,
      promotionAmount: 414.9985,
      payAmount: 7261.0015,
    });
  });
});
