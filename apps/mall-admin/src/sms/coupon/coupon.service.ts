import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiException, CommonPage, ResultCode } from '@mall/common';
import { SmsCoupon, SmsCouponProductCategoryRelation, SmsCouponProductRelation } from '@mall/db';
import { DataSource, EntityManager } from 'typeorm';
import { allColumns } from '../../oms/shared/rows';
import { likeContains, presentText } from '../../oms/shared/sql-text';
import { CouponParamDto, CouponQueryDto, CouponUseType } from './dto/coupon.dto';

/** `GET /coupon/:id`: the coupon with the products and categories it applies to. */
export type CouponDetail = SmsCoupon & {
  productRelationList: SmsCouponProductRelation[];
  productCategoryRelationList: SmsCouponProductCategoryRelation[];
};

/** Every `sms_coupon` column a create or update writes (absent ones as NULL, as the original). */
const COUPON_COLUMNS = [
  'type',
  'name',
  'platform',
  'count',
  'amount',
  'perLimit',
  'minPoint',
  'startTime',
  'endTime',
  'useType',
  'note',
  'publishCount',
  'useCount',
  'receiveCount',
  'enableTime',
  'code',
  'memberLevel',
] as const;

@Injectable()
export class CouponService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** The coupon and, per its use type, its product or category scope, in one transaction. */
  async create(param: CouponParamDto): Promise<number> {
    assertScope(param);
    await this.ds.transaction(async (em) => {
      const inserted = await em.insert(SmsCoupon, {
        ...allColumns(param, COUPON_COLUMNS),
        count: param.publishCount ?? null,
        useCount: 0,
        receiveCount: 0,
      });
      await this.insertScope(em, Number(inserted.identifiers[0]['id']), param);
    });
    return 1;
  }

  /**
   * Overwrites every coupon column from the body (absent → NULL, as the original) and replaces its
   * scope. Both relation sets are replaced, so switching the use type leaves no stale scope behind
   * (the original only replaced the set of the new use type).
   */
  async update(id: number, param: CouponParamDto): Promise<number> {
    assertScope(param);
    return this.ds.transaction(async (em) => {
      const result = await em.update(SmsCoupon, { id }, allColumns(param, COUPON_COLUMNS));
      const count = result.affected ?? 0;
      if (count === 0) return 0;
      await em.delete(SmsCouponProductRelation, { couponId: id });
      await em.delete(SmsCouponProductCategoryRelation, { couponId: id });
      await this.insertScope(em, id, param);
      return count;
    });
  }

  /** The coupon and its scope; members' coupon histories stay. */
  async delete(id: number): Promise<number> {
    return this.ds.transaction(async (em) => {
      const result = await em.delete(SmsCoupon, { id });
      await em.delete(SmsCouponProductRelation, { couponId: id });
      await em.delete(SmsCouponProductCategoryRelation, { couponId: id });
      return result.affected ?? 0;
    });
  }

  async list(query: CouponQueryDto): Promise<CommonPage<SmsCoupon>> {
    const qb = this.ds.getRepository(SmsCoupon).createQueryBuilder('c');
    const name = presentText(query.name);
    if (name !== undefined) qb.andWhere('c.name LIKE :name', { name: likeContains(name) });
    if (query.type !== undefined) qb.andWhere('c.type = :type', { type: query.type });
    const total = await qb.getCount();
    const list =
      total === 0
        ? []
        : await qb
            .orderBy('c.id', 'ASC')
            .offset((query.pageNum - 1) * query.pageSize)
            .limit(query.pageSize)
            .getMany();
    return CommonPage.of(list, total, query.pageNum, query.pageSize);
  }

  async getItem(id: number): Promise<CouponDetail | null> {
    const coupon = await this.ds.getRepository(SmsCoupon).findOne({ where: { id } });
    if (!coupon) return null;
    const [products, categories] = await Promise.all([
      this.ds.getRepository(SmsCouponProductRelation).find({
        where: { couponId: id },
        order: { id: 'ASC' },
      }),
      this.ds.getRepository(SmsCouponProductCategoryRelation).find({
        where: { couponId: id },
        order: { id: 'ASC' },
      }),
    ]);
    // The original's detail left `couponId` out of the relation items.
    return {
      ...coupon,
      productRelationList: products.map((r) => ({ ...r, couponId: null })),
      productCategoryRelationList: categories.map((r) => ({ ...r, couponId: null })),
    };
  }

  private async insertScope(em: EntityManager, couponId: number, param: CouponParamDto) {
    if (param.useType === CouponUseType.PRODUCTS) {
      await em.insert(
        SmsCouponProductRelation,
        (param.productRelationList ?? []).map((r) => ({
          couponId,
          productId: r.productId,
          productName: r.productName ?? null,
          productSn: r.productSn ?? null,
        })),
      );
    } else if (param.useType === CouponUseType.CATEGORIES) {
      await em.insert(
        SmsCouponProductCategoryRelation,
        (param.productCategoryRelationList ?? []).map((r) => ({
          couponId,
          productCategoryId: r.productCategoryId,
          productCategoryName: r.productCategoryName ?? null,
          parentCategoryName: r.parentCategoryName ?? null,
        })),
      );
    }
  }
}

/** A coupon for given products or categories needs at least one of them. */
function assertScope(param: CouponParamDto): void {
  if (param.useType === CouponUseType.PRODUCTS && !param.productRelationList?.length) {
    throw new ApiException(ResultCode.VALIDATE_FAILED, 'productRelationList must not be empty');
  }
  if (param.useType === CouponUseType.CATEGORIES && !param.productCategoryRelationList?.length) {
    throw new ApiException(
      ResultCode.VALIDATE_FAILED,
      'productCategoryRelationList must not be empty',
    );
  }
}
