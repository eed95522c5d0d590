/**
 * Rules for a member claiming a coupon (`POST /member/coupon/add/{couponId}`, spec shopper.md §2.2).
 * Pure: the caller reads the coupon and the member's claim count inside its transaction.
 */

/** Failure messages of a claim, in the order the rules are checked. */
export const CouponClaimMessage = {
  NOT_FOUND: '优惠券不存在',
  SOLD_OUT: '优惠券已经领完了',
  NOT_YET_CLAIMABLE: '优惠券还没到领取时间',
  /** Not checked by the original, which let members claim coupons they could never use. */
  EXPIRED: '优惠券已过期',
  /** Not checked by the original; `sms_coupon.member_level` 0 (or null) means any level. */
  MEMBER_LEVEL: '您的会员等级不能领取该优惠券',
  PER_LIMIT: '您已经领取过该优惠券',
} as const;

/** The sms_coupon fields the claim rules read. */
export interface ClaimableCoupon {
  count: number | null;
  enableTime: Date | null;
  endTime: Date | null;
  perLimit: number | null;
  memberLevel: number | null;
}

/**
 * Why the coupon cannot be claimed now by a member of `memberLevelId`, or null when it can (apart
 * from the per-member limit, see perMemberLimitReached). A null `enableTime` or `endTime` does not
 * restrict the time window.
 */
export function couponClaimRefusal(
  coupon: ClaimableCoupon | null,
  now: Date,
  memberLevelId: number | null,
): string | null {
  if (!coupon) return CouponClaimMessage.NOT_FOUND;
  if ((coupon.count ?? 0) <= 0) return CouponClaimMessage.SOLD_OUT;
  if (coupon.enableTime && now.getTime() < coupon.enableTime.getTime()) {
    return CouponClaimMessage.NOT_YET_CLAIMABLE;
  }
  if (coupon.endTime && now.getTime() >= coupon.endTime.getTime()) {
    return CouponClaimMessage.EXPIRED;
  }
  if (coupon.memberLevel && coupon.memberLevel !== memberLevelId) {
    return CouponClaimMessage.MEMBER_LEVEL;
  }
  return null;
}

/**
 * Whether the member already holds as many of the coupon as `per_limit` allows. Every history row
 * counts, whatever its use status, as in the original. A null limit means no limit.
 */
export function perMemberLimitReached(
  coupon: Pick<ClaimableCoupon, 'perLimit'>,
  heldCount: number,
): boolean {
  return coupon.perLimit !== null && heldCount >= coupon.perLimit;
}

/**
 * The 16-character code of a claimed coupon: the last 8 digits of the epoch milliseconds, 4 random
 * digits, and the member id's last 4 digits (zero-padded when shorter).
 */
export function generateCouponCode(
  memberId: number,
  nowMs: number = Date.now(),
  randomDigit: () => number = () => Math.floor(Math.random() * 10),
): string {
  const time = String(Math.trunc(nowMs)).padStart(8, '0').slice(-8);
  let random = '';
  for (let i = 0; i < 4; i++) random += String(randomDigit() % 10);
  const member = String(memberId).padStart(4, '0').slice(-4);
  return `${time}${random}${member}`;
}
