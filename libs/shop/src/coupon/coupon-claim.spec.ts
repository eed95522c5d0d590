import {
  CouponClaimMessage,
  couponClaimRefusal,
  generateCouponCode,
  perMemberLimitReached,
  type ClaimableCoupon,
} from './coupon-claim';

const NOW = new Date('2026-06-01T12:00:00Z');
const claimable: ClaimableCoupon = {
  count: 10,
  enableTime: new Date('2026-01-01T00:00:00Z'),
  endTime: new Date('2027-01-01T00:00:00Z'),
  perLimit: 2,
  memberLevel: 0,
};

describe('couponClaimRefusal', () => {
  it('accepts a coupon with stock inside its claim window', () => {
    expect(couponClaimRefusal(claimable, NOW, 4)).toBeNull();
    expect(
      couponClaimRefusal({ ...claimable, enableTime: null, endTime: null }, NOW, 4),
    ).toBeNull();
  });

  it('refuses a missing or sold-out coupon', () => {
    expect(couponClaimRefusal(null, NOW, 4)).toBe(CouponClaimMessage.NOT_FOUND);
    expect(couponClaimRefusal({ ...claimable, count: 0 }, NOW, 4)).toBe(
      CouponClaimMessage.SOLD_OUT,
    );
    expect(couponClaimRefusal({ ...claimable, count: null }, NOW, 4)).toBe(
      CouponClaimMessage.SOLD_OUT,
    );
  });

  it('refuses before the enable time and from the end time on', () => {
    expect(
      couponClaimRefusal({ ...claimable, enableTime: new Date(NOW.getTime() + 1) }, NOW, 4),
    ).toBe(CouponClaimMessage.NOT_YET_CLAIMABLE);
    expect(couponClaimRefusal({ ...claimable, enableTime: NOW }, NOW, 4)).toBeNull();
    expect(couponClaimRefusal({ ...claimable, endTime: NOW }, NOW, 4)).toBe(
      CouponClaimMessage.EXPIRED,
    );
  });

  it('checks the member level only when the coupon names one', () => {
    expect(couponClaimRefusal({ ...claimable, memberLevel: 2 }, NOW, 1)).toBe(
      CouponClaimMessage.MEMBER_LEVEL,
    );
    expect(couponClaimRefusal({ ...claimable, memberLevel: 2 }, NOW, null)).toBe(
      CouponClaimMessage.MEMBER_LEVEL,
    );
    expect(couponClaimRefusal({ ...claimable, memberLevel: 2 }, NOW, 2)).toBeNull();
    expect(couponClaimRefusal({ ...claimable, memberLevel: null }, NOW, null)).toBeNull();
  });

  it('checks the rules in the original order', () => {
    const everythingWrong: ClaimableCoupon = {
      count: 0,
      enableTime: new Date(NOW.getTime() + 1000),
      endTime: NOW,
      perLimit: 0,
      memberLevel: 3,
    };
    expect(couponClaimRefusal(everythingWrong, NOW, 1)).toBe(CouponClaimMessage.SOLD_OUT);
  });
});

describe('perMemberLimitReached', () => {
  it('compares every claim of the member with per_limit', () => {
    expect(perMemberLimitReached({ perLimit: 2 }, 1)).toBe(false);
    expect(perMemberLimitReached({ perLimit: 2 }, 2)).toBe(true);
    expect(perMemberLimitReached({ perLimit: null }, 100)).toBe(false);
  });
});

describe('generateCouponCode', () => {
  it('is 8 time digits, 4 random digits and the member id padded to 4', () => {
    const digits = [1, 2, 3, 4];
    let i = 0;
    expect(generateCouponCode(7, 1_764_201_612_345, () => digits[i++])).toBe('0161234512340007');
    expect(generateCouponCode(123456, 1_764_201_600_000, () => 0)).toBe('0160000000003456');
    expect(generateCouponCode(1, Date.now())).toMatch(/^\d{16}$/);
  });
});
