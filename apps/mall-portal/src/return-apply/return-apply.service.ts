import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiException } from '@mall/common';
import { OmsOrder, OmsOrderItem, OmsOrderReturnApply, toCents } from '@mall/db';
import { DataSource, In } from 'typeorm';
import type { OmsOrderReturnApplyParam } from './dto/return-apply.dto';

/** Orders that can be returned: 2 shipped, 3 completed. */
const RETURNABLE_ORDER_STATUSES = [2, 3];
/** Applications that still hold units: 0 pending, 1 returning, 2 done (3 rejected frees them). */
const ACTIVE_APPLY_STATUSES = [0, 1, 2];
const PENDING = 0;

/**
 * Return applications (spec §G). The original inserted whatever the client sent; this follows
 * the fix the spec recommends: the member comes from the token, the order must be theirs and
 * shipped or completed, the product must be in it, and the units asked for (with those of earlier
 * applications that were not rejected) may not exceed what was bought.
 */
@Injectable()
export class ReturnApplyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Inserts a pending application and returns its id. */
  create(memberId: number, param: OmsOrderReturnApplyParam): Promise<number> {
    const count = param.productCount ?? 1;
    return this.dataSource.transaction(async (em) => {
      // Locking the order serialises concurrent applications for it (the quantity check below).
      const order = await em
        .getRepository(OmsOrder)
        .createQueryBuilder('o')
        .setLock('pessimistic_write')
        .where('o.id = :orderId', { orderId: param.orderId })
        .andWhere('o.memberId = :memberId', { memberId })
        .andWhere('o.deleteStatus = 0')
        .getOne();
      if (!order) throw new ApiException('订单不存在');
      if (order.status === null || !RETURNABLE_ORDER_STATUSES.includes(order.status)) {
        throw new ApiException('只有已发货或已完成的订单可以申请退货');
      }
      const items = await em.getRepository(OmsOrderItem).find({
        where: { orderId: order.id, productId: param.productId },
        order: { id: 'ASC' },
      });
      const item =
        items.find(
          (candidate) => param.productAttr && candidate.productAttr === param.productAttr,
        ) ?? items[0];
      if (!item) throw new ApiException('订单中没有该商品');

      const earlier = await em.getRepository(OmsOrderReturnApply).find({
        select: { id: true, productCount: true, productAttr: true },
        where: {
          orderId: order.id,
          productId: param.productId,
          status: In(ACTIVE_APPLY_STATUSES),
        },
      });
      const alreadyApplied = earlier
        .filter((apply) => items.length === 1 || apply.productAttr === item.productAttr)
        .reduce((sum, apply) => sum + (apply.productCount ?? 0), 0);
      if (alreadyApplied + count > (item.productQuantity ?? 0)) {
        throw new ApiException('退货数量超过可退数量');
      }

      const apply = em.getRepository(OmsOrderReturnApply).create({
        orderId: order.id,
        orderSn: order.orderSn,
        memberUsername: order.memberUsername,
        productId: item.productId,
        productPic: item.productPic,
        productName: item.productName,
        productBrand: item.productBrand,
        productAttr: item.productAttr,
        productCount: count,
        productPrice: item.productPrice,
        productRealPrice: realUnitPrice(item),
        returnName: param.returnName ?? null,
        returnPhone: param.returnPhone ?? null,
        reason: param.reason ?? null,
        description: param.description ?? null,
        proofPics: param.proofPics ?? null,
        status: PENDING,
        createTime: new Date(),
      });
      const saved = await em.getRepository(OmsOrderReturnApply).save(apply);
      return saved.id;
    });
  }
}

/** What the member paid per unit: `real_amount` of the item, else its price less discounts. */
function realUnitPrice(item: OmsOrderItem): number | null {
  if (item.realAmount !== null) return item.realAmount;
  if (item.productPrice === null) return null;
  const discounts =
    toCents(item.promotionAmount ?? 0) +
    toCents(item.couponAmount ?? 0) +
    toCents(item.integrationAmount ?? 0);
  return (toCents(item.productPrice) - discounts) / 100 + 0;
}
