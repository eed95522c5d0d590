import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiException } from '@mall/common';
import {
  PmsProduct,
  SmsCoupon,
  SmsCouponHistory,
  SmsCouponProductCategoryRelation,
  SmsCouponProductRelation,
} from '@mall/db';
import {
  classifyCoupons,
  CouponClaimMessage,
  couponClaimRefusal,
  CouponUseStatus,
  CouponUseType,
  generateCouponCode,
  loadCartPromotionItems,
  loadUnusedCouponHistories,
  perMemberLimitReached,
  type CouponCartLine,
  type CouponHistoryDetail,
} from '@mall/shop';
import { DataSource, In } from 'typeorm';
import type { MemberProfile } from '../current-member.service';

/** mysql2's result of an UPDATE run through `query`. */
interface UpdateOutcome {
  affectedRows: number;
}

/** A member's coupons: claiming, listing, and which ones fit a cart (spec §2.2, §B.3). */
@Injectable()
export class CouponService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Claims one coupon for the member, in one READ COMMITTED transaction:
   * the coupon row is locked first (`FOR UPDATE`), so concurrent claims of the same coupon queue
   * up and each sees the count and the member's claims committed before it; the rules are checked
   * (exists, count left, claim window, member level, per-member limit); then the history row is
   * inserted and `count` decremented by a conditional update whose affected rows are checked.
   * Any failure rolls everything back: no claim without a decrement, no over-issue.
   */
  async claim(member: MemberProfile, couponId: number, now: Date = new Date()): Promise<void> {
    await this.dataSource.transaction('READ COMMITTED', async (em) => {
      const coupon = await em
        .getRepository(SmsCoupon)
        .createQueryBuilder('c')
        .where('c.id = :couponId', { couponId })
        .setLock('pessimistic_write')
        .getOne();
      const refusal = couponClaimRefusal(coupon, now, member.memberLevelId);
      if (refusal || !coupon) throw new ApiException(refusal ?? CouponClaimMessage.NOT_FOUND);

      const held = await em.getRepository(SmsCouponHistory).countBy({
        couponId,
        memberId: member.id,
      });
      if (perMemberLimitReached(coupon, held)) throw new ApiException(CouponClaimMessage.PER_LIMIT);

      await em.insert(SmsCouponHistory, {
        couponId,
        couponCode: generateCouponCode(member.id, now.getTime()),
        createTime: now,
        memberId: member.id,
        memberNickname: member.nickname,
        getType: 1,
        useStatus: CouponUseStatus.UNUSED,
      });
      const outcome: UpdateOutcome = await em.query(
        `UPDATE sms_coupon
            SET count = count - 1, receive_count = COALESCE(receive_count, 0) + 1
          WHERE id = ? AND count > 0`,
        [couponId],
      );
      if (outcome.affectedRows !== 1) throw new ApiException(CouponClaimMessage.SOLD_OUT);
    });
  }

  /** The member's coupon histories, optionally of one use status, oldest first. */
  listHistory(memberId: number, useStatus?: number): Promise<SmsCouponHistory[]> {
    return this.dataSource.getRepository(SmsCouponHistory).find({
      where: { memberId, ...(useStatus === undefined ? {} : { useStatus }) },
      order: { id: 'ASC' },
    });
  }

  /**
   * The coupons of the member's histories, one entry per history (duplicates kept, spec §9 #28):
   * useStatus 0/1 — histories of that status whose coupon is valid now; 2 — coupons whose end time
   * has passed, whatever the status; none — all. Histories of deleted coupons are skipped.
   */
  async list(memberId: number, useStatus?: number, now: Date = new Date()): Promise<SmsCoupon[]> {
    const query = this.dataSource
      .getRepository(SmsCouponHistory)
      .createQueryBuilder('ch')
      .innerJoin(SmsCoupon, 'c', 'c.id = ch.couponId')
      .select('ch.couponId', 'couponId')
      .where('ch.memberId = :memberId', { memberId })
      .orderBy('ch.id', 'ASC');
    if (useStatus === CouponUseStatus.EXPIRED) {
      query.andWhere('c.endTime < :now', { now });
    } else if (useStatus !== undefined) {
      query
        .andWhere('ch.useStatus = :useStatus', { useStatus })
        .andWhere('c.startTime < :now AND c.endTime > :now', { now });
    }
    const rows = await query.getRawMany<{ couponId: string | number }>();
    const couponIds = rows.map((row) => Number(row.couponId));
    if (couponIds.length === 0) return [];
    const coupons = await this.dataSource
      .getRepository(SmsCoupon)
      .findBy({ id: In([...new Set(couponIds)]) });
    const byId = new Map(coupons.map((coupon) => [coupon.id, coupon]));
    return couponIds.flatMap((id) => {
      const coupon = byId.get(id);
      return coupon ? [coupon] : [];
    });
  }

  /**
   * The member's unused coupons that can (`usable`) or cannot be used on the given cart lines
   * (spec §B.3). Histories of deleted coupons or of unknown use types are in neither list.
   */
  async listForCart(
    memberId: number,
    lines: readonly CouponCartLine[],
    usable: boolean,
    now: Date = new Date(),
  ): Promise<CouponHistoryDetail[]> {
    const histories = await loadUnusedCouponHistories(this.dataSource, memberId);
    const { enabled, disabled } = classifyCoupons(histories, lines, now);
    return usable ? enabled : disabled;
  }

  /** As listForCart, over the member's whole live cart priced with its promotions. */
  async listForMemberCart(memberId: number, usable: boolean): Promise<CouponHistoryDetail[]> {
    const lines = await loadCartPromotionItems(this.dataSource, memberId);
    return this.listForCart(memberId, lines, usable);
  }

  /**
   * Coupons valid now that relate to the product: every all-products coupon plus the category and
   * product coupons that name it. As the original, nothing when no coupon names the product or its
   * category, even if all-products coupons exist (spec §9 #27).
   */
  async listByProduct(productId: number, now: Date = new Date()): Promise<SmsCoupon[]> {
    const product = await this.dataSource.getRepository(PmsProduct).findOne({
      select: { id: true, productCategoryId: true },
      where: { id: productId },
    });
    if (!product) throw new ApiException('商品不存在');
    const [productRelations, categoryRelations] = await Promise.all([
      this.dataSource.getRepository(SmsCouponProductRelation).find({
        select: { id: true, couponId: true },
        where: { productId },
      }),
      product.productCategoryId === null
        ? Promise.resolve([])
        : this.dataSource.getRepository(SmsCouponProductCategoryRelation).find({
            select: { id: true, couponId: true },
            where: { productCategoryId: product.productCategoryId },
          }),
    ]);
    const couponIds = [...productRelations, ...categoryRelations]
      .map((relation) => relation.couponId)
      .filter((id): id is number => id !== null);
    if (couponIds.length === 0) return [];
    return this.dataSource
      .getRepository(SmsCoupon)
      .createQueryBuilder('c')
      .where('c.startTime < :now AND c.endTime > :now', { now })
      .andWhere('(c.useType = :all OR (c.useType <> :all AND c.id IN (:...couponIds)))', {
        all: CouponUseType.ALL,
        couponIds: [...new Set(couponIds)],
      })
      .orderBy('c.id', 'ASC')
      .getMany();
  }
}
