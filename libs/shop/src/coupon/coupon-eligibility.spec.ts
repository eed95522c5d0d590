import {
  cartPayableAmount,
  classifyCoupons,
  couponApplicableLines,
  CouponUseType,
  isCouponUsable,
  toTenThousandths,
  type CouponCartLine,
  type CouponWithScope,
} from './coupon-eligibility';

const NOW = new Date('2026-06-01T12:00:00Z');
const LATER = new Date('2027-01-01T00:00:00Z');
const EARLIER = new Date('2026-01-01T00:00:00Z');

function coupon(
  useType: number | null,
  minPoint: number | null,
  scope: { products?: number[]; categories?: number[] } = {},
  endTime: Date | null = LATER,
): CouponWithScope {
  return {
    coupon: { useType, minPoint, endTime },
    productRelationList: (scope.products ?? []).map((productId) => ({ productId })),
    categoryRelationList: (scope.categories ?? []).map((productCategoryId) => ({
      productCategoryId,
    })),
  };
}

const phone: CouponCartLine = {
  productId: 5,
  productCategoryId: 11,
  price: 5999,
  reduceAmount: 0,
  quantity: 1,
};
const shirt: CouponCartLine = {
  productId: 13,
  productCategoryId: 21,
  price: 199.9,
  reduceAmount: 20.0015,
  quantity: 2,
};

describe('toTenThousandths', () => {
  it('parses decimal text exactly', () => {
    expect(toTenThousandths(14.9985)).toBe(149985);
    expect(toTenThousandths('0.1')).toBe(1000);
    expect(toTenThousandths(0.1 + 0.2)).toBe(3000);
    expect(toTenThousandths(-2.5)).toBe(-25000);
    expect(toTenThousandths('1.00005')).toBe(10001);
    expect(() => toTenThousandths('abc')).toThrow(TypeError);
  });
});

describe('cartPayableAmount', () => {
  it('sums (price − reduceAmount) × quantity without rounding', () => {
    // 5999 + (199.90 − 20.0015) × 2 = 5999 + 359.797 = 6358.797
    expect(cartPayableAmount([phone, shirt])).toBe(63587970);
    expect(cartPayableAmount([])).toBe(0);
    expect(cartPayableAmount([{ price: null, reduceAmount: null, quantity: null }])).toBe(0);
  });
});

describe('couponApplicableLines', () => {
  it('selects every line, the category lines or the product lines', () => {
    const lines = [phone, shirt];
    expect(couponApplicableLines({ ...coupon(0, 0), useType: 0 }, lines)).toEqual(lines);
    expect(
      couponApplicableLines({ ...coupon(1, 0, { categories: [21, 22] }), useType: 1 }, lines),
    ).toEqual([shirt]);
    expect(
      couponApplicableLines({ ...coupon(2, 0, { products: [5] }), useType: 2 }, lines),
    ).toEqual([phone]);
    expect(couponApplicableLines({ ...coupon(9, 0), useType: 9 }, lines)).toEqual([]);
  });
});

describe('isCouponUsable', () => {
  describe('use type 0 (all products): the whole cart against min point', () => {
    it('is usable once the payable amount reaches min point', () => {
      expect(isCouponUsable(coupon(CouponUseType.ALL, 1000), [phone], NOW)).toBe(true);
      expect(isCouponUsable(coupon(CouponUseType.ALL, 5999), [phone], NOW)).toBe(true);
      expect(isCouponUsable(coupon(CouponUseType.ALL, 5999.99), [phone], NOW)).toBe(true); // short by 0.99
      expect(isCouponUsable(coupon(CouponUseType.ALL, 6000), [phone], NOW)).toBe(false); // short by 1.00
    });

    it('counts the promotion discount: (price − reduceAmount) × quantity', () => {
      const discounted = { ...phone, reduceAmount: 100, quantity: 2 }; // 11798
      expect(isCouponUsable(coupon(CouponUseType.ALL, 11798), [discounted], NOW)).toBe(true);
      expect(isCouponUsable(coupon(CouponUseType.ALL, 11799.5), [discounted], NOW)).toBe(false);
    });

    it('keeps the truncated comparison: a shortfall under 1.00 still qualifies', () => {
      const line = { price: 999.5, quantity: 1 };
      expect(isCouponUsable(coupon(CouponUseType.ALL, 1000), [line], NOW)).toBe(true);
      expect(isCouponUsable(coupon(CouponUseType.ALL, 1000.5), [line], NOW)).toBe(false);
    });

    it('is usable on an empty cart only without a threshold', () => {
      expect(isCouponUsable(coupon(CouponUseType.ALL, 0), [], NOW)).toBe(true);
      expect(isCouponUsable(coupon(CouponUseType.ALL, null), [], NOW)).toBe(true);
      expect(isCouponUsable(coupon(CouponUseType.ALL, 10), [], NOW)).toBe(false);
    });
  });

  describe('use type 1 (categories): the sum of the coupon categories only', () => {
    const wear = coupon(CouponUseType.CATEGORY, 200, { categories: [21, 22, 23] });

    it('sums only lines of the coupon categories', () => {
      // shirts: 359.797 ≥ 200; the phone does not count
      expect(isCouponUsable(wear, [phone, shirt], NOW)).toBe(true);
      expect(isCouponUsable(wear, [phone], NOW)).toBe(false);
      const oneShirt = { ...shirt, quantity: 1 }; // 179.8985 < 200 − 1
      expect(isCouponUsable(wear, [phone, oneShirt], NOW)).toBe(false);
    });

    it('needs at least 1.00 of matching products even without a threshold', () => {
      const free = coupon(CouponUseType.CATEGORY, 0, { categories: [21] });
      expect(isCouponUsable(free, [phone], NOW)).toBe(false);
      expect(
        isCouponUsable(free, [{ ...shirt, price: 0.99, reduceAmount: 0, quantity: 1 }], NOW),
      ).toBe(false);
      expect(
        isCouponUsable(free, [{ ...shirt, price: 1, reduceAmount: 0, quantity: 1 }], NOW),
      ).toBe(true);
    });
  });

  describe('use type 2 (products): the sum of the coupon products only', () => {
    it('sums only lines of the coupon products', () => {
      const iphone = coupon(CouponUseType.PRODUCT, 5000, { products: [5] });
      expect(isCouponUsable(iphone, [phone, shirt], NOW)).toBe(true);
      expect(isCouponUsable(iphone, [shirt], NOW)).toBe(false);
      const twoProducts = coupon(CouponUseType.PRODUCT, 6300, { products: [5, 13] });
      expect(isCouponUsable(twoProducts, [phone, shirt], NOW)).toBe(true); // 6358.797
      expect(isCouponUsable(twoProducts, [phone], NOW)).toBe(false);
    });
  });

  describe('time window', () => {
    it('requires now to be before the end time and ignores the start time', () => {
      expect(isCouponUsable(coupon(CouponUseType.ALL, 0, {}, EARLIER), [phone], NOW)).toBe(false);
      expect(isCouponUsable(coupon(CouponUseType.ALL, 0, {}, NOW), [phone], NOW)).toBe(false);
      const endsIn1ms = new Date(NOW.getTime() + 1);
      expect(isCouponUsable(coupon(CouponUseType.ALL, 0, {}, endsIn1ms), [phone], NOW)).toBe(true);
      expect(isCouponUsable(coupon(CouponUseType.ALL, 0, {}, null), [phone], NOW)).toBe(true);
    });
  });

  it('cannot classify a deleted coupon or an unknown use type', () => {
    expect(isCouponUsable({ ...coupon(0, 0), coupon: null }, [phone], NOW)).toBeNull();
    expect(isCouponUsable(coupon(3, 0), [phone], NOW)).toBeNull();
    expect(isCouponUsable(coupon(null, 0), [phone], NOW)).toBeNull();
  });
});

describe('classifyCoupons', () => {
  it('splits histories in order and leaves out unclassifiable ones', () => {
    const a = { historyId: 1, ...coupon(CouponUseType.ALL, 1000) };
    const b = { historyId: 2, ...coupon(CouponUseType.PRODUCT, 0, { products: [99] }) };
    const c = { historyId: 3, ...coupon(7, 0) };
    const d = { historyId: 4, ...coupon(CouponUseType.ALL, 0) };
    const e = { historyId: 5, ...coupon(CouponUseType.ALL, 0, {}, EARLIER) };
    const { enabled, disabled } = classifyCoupons([a, b, c, d, e], [phone], NOW);
    expect(enabled.map((x) => x.historyId)).toEqual([1, 4]);
    expect(disabled.map((x) => x.historyId)).toEqual([2, 5]);
  });
});
