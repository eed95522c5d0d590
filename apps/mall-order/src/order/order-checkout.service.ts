import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiException, ResultCode } from '@mall/common';
import type { OmsOrder, OmsOrderItem, UmsMemberReceiveAddress } from '@mall/db';
import { RedisCacheService } from '@mall/redis';
import {
  apportionCoupon,
  apportionPoints,
  classifyCoupons,
  confirmAmounts,
  CouponUseStatus,
  deleteCartLines,
  draftOrderItems,
  findShortLine,
  formatOrderSn,
  loadCartPromotionItems,
  loadUnusedCouponHistories,
  lockSkuStock,
  numberOrNull,
  ORDER_SOURCE_APP,
  ORDER_TYPE_NORMAL,
  orderAmounts,
  orderItemAmounts,
  orderSequenceKey,
  orderSnDate,
  OrderStatus,
  pointsDeductionCents,
  quantitiesPerSku,
  totalCents,
  affectedRows,
  type CartLinePromotion,
  type CouponHistoryDetail,
  type DraftOrderItem,
} from '@mall/shop';
import type { DataSource, EntityManager } from 'typeorm';
import type { OrderParamDto } from './dto/order-param.dto';
import { OrderCacheService } from './order-cache.service';
import { OrderCancelQueue } from './order-cancel-queue';
import { OrderConfig } from './order-config';
import { OrderMetrics } from './order-metrics';
import { OrderSettingReader, type PointsRuleRow } from './order-setting.reader';

/** Messages of the original (and of the intended mall-swarm code) for refused orders. */
export const CheckoutMessage = {
  OUT_OF_STOCK: '库存不足，无法下单',
  COUPON_UNUSABLE: '该优惠券不可用',
  POINTS_UNUSABLE: '积分不可用',
  NO_ADDRESS: '收货地址不存在',
  EMPTY_CART: '购物车中没有可下单的商品',
} as const;

/** The original's ConfirmOrderResult. */
export interface ConfirmOrderResult {
  cartPromotionItemList: CartLinePromotion[];
  memberReceiveAddressList: UmsMemberReceiveAddress[];
  couponHistoryDetailList: CouponHistoryDetail[];
  integrationConsumeSetting: PointsRuleRow | null;
  memberIntegration: number | null;
  calcAmount: ReturnType<typeof confirmAmounts>;
}

export interface GeneratedOrder {
  order: OmsOrder;
  orderItemList: OmsOrderItem[];
}

interface Buyer {
  id: number;
  username: string | null;
  integration: number | null;
}

const ADDRESS_COLUMNS =
  'id, member_id, name, phone_number, default_status, post_code, province, city, region, detail_address';

const ORDER_COLUMNS = [
  'member_id',
  'coupon_id',
  'order_sn',
  'create_time',
  'member_username',
  'total_amount',
  'pay_amount',
  'freight_amount',
  'promotion_amount',
  'integration_amount',
  'coupon_amount',
  'discount_amount',
  'pay_type',
  'source_type',
  'status',
  'order_type',
  'auto_confirm_day',
  'integration',
  'growth',
  'promotion_info',
  'receiver_name',
  'receiver_phone',
  'receiver_post_code',
  'receiver_province',
  'receiver_city',
  'receiver_region',
  'receiver_detail_address',
  'confirm_status',
  'delete_status',
  'use_integration',
] as const;

const ITEM_COLUMNS = [
  'order_id',
  'order_sn',
  'product_id',
  'product_pic',
  'product_name',
  'product_brand',
  'product_sn',
  'product_price',
  'product_quantity',
  'product_sku_id',
  'product_sku_code',
  'product_category_id',
  'promotion_name',
  'promotion_amount',
  'coupon_amount',
  'integration_amount',
  'real_amount',
  'gift_integration',
  'gift_growth',
  'product_attr',
] as const;

/**
 * Order confirmation and generation (spec §B.1, §B.2 with the intended coupon, points, real-amount,
 * cart-deletion and delayed-cancel steps restored). The member, the cart with its promotions and
 * the coupons are read here from MySQL through `@mall/shop`, not through other services.
 */
@Injectable()
export class OrderCheckoutService {
  private readonly logger = new Logger(OrderCheckoutService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly redis: RedisCacheService,
    private readonly config: OrderConfig,
    private readonly settings: OrderSettingReader,
    private readonly cancelQueue: OrderCancelQueue,
    private readonly cache: OrderCacheService,
    private readonly metrics: OrderMetrics,
  ) {}

  async confirm(memberId: number, cartIds: number[]): Promise<ConfirmOrderResult> {
    const now = new Date();
    const [member, addresses, lines, integrationSetting] = await Promise.all([
      this.buyer(memberId),
      this.addresses(memberId),
      loadCartPromotionItems(this.dataSource, memberId, cartIds),
      this.settings.consumeSetting(),
    ]);
    let coupons: CouponHistoryDetail[] = [];
    try {
      coupons = classifyCoupons(
        await loadUnusedCouponHistories(this.dataSource, memberId),
        lines,
        now,
      ).enabled;
    } catch (err) {
      // As the original: a coupon lookup failure leaves the list empty (spec §9 #62).
      this.logger.error(`coupon lookup for member ${memberId} failed: ${(err as Error).message}`);
    }
    return {
      cartPromotionItemList: lines,
      memberReceiveAddressList: addresses,
      couponHistoryDetailList: coupons,
      integrationConsumeSetting: integrationSetting,
      memberIntegration: member.integration,
      calcAmount: confirmAmounts(lines),
    };
  }

  /**
   * Places an order for the selected cart lines. Checks run first (address, stock, coupon,
   * points); then one transaction locks the stock with conditional updates, writes the order and
   * its items, marks the coupon used, deducts the points and removes the cart lines. Any failure
   * rolls all of it back. The delayed cancel message is published after the commit.
   */
  async generate(memberId: number, param: OrderParamDto): Promise<GeneratedOrder> {
    const now = new Date();
    const addressId = param.memberReceiveAddressId;
    const [member, address, lines] = await Promise.all([
      this.buyer(memberId),
      addressId === null || addressId === undefined
        ? Promise.resolve(undefined)
        : this.addresses(memberId, addressId).then((found) => found[0]),
      loadCartPromotionItems(this.dataSource, memberId, param.cartIds),
    ]);
    if (!address) throw new ApiException(CheckoutMessage.NO_ADDRESS);
    if (lines.length === 0) throw new ApiException(CheckoutMessage.EMPTY_CART);

    let items = draftOrderItems(lines);
    if (findShortLine(items)) throw new ApiException(CheckoutMessage.OUT_OF_STOCK);

    const couponId = param.couponId ?? null;
    let couponHistoryId: number | null = null;
    if (couponId !== null) {
      const histories = await loadUnusedCouponHistories(this.dataSource, memberId);
      const usable = classifyCoupons(histories, lines, now).enabled.find(
        (history) => history.coupon?.id === couponId,
      );
      if (!usable?.coupon) throw new ApiException(CheckoutMessage.COUPON_UNUSABLE);
      items = apportionCoupon(items, { ...usable, coupon: usable.coupon });
      couponHistoryId = usable.id;
    }

    const useIntegration = param.useIntegration ?? null;
    if (useIntegration) {
      const deduction = pointsDeductionCents({
        useIntegration,
        memberIntegration: member.integration,
        orderTotalCents: totalCents(items),
        rule: await this.settings.consumeSetting(),
        withCoupon: couponId !== null,
      });
      if (deduction === 0) throw new ApiException(CheckoutMessage.POINTS_UNUSABLE);
      items = apportionPoints(items, deduction);
    }

    const [orderSn, autoConfirmDay] = await Promise.all([
      this.nextOrderSn(now, param.payType),
      this.settings.autoConfirmDays(),
    ]);
    const amounts = orderAmounts(items);
    const order = {
      id: 0,
      memberId,
      couponId,
      orderSn,
      createTime: now,
      memberUsername: member.username,
      totalAmount: amounts.totalAmount,
      payAmount: amounts.payAmount,
      freightAmount: amounts.freightAmount,
      promotionAmount: amounts.promotionAmount,
      integrationAmount: amounts.integrationAmount,
      couponAmount: amounts.couponAmount,
      discountAmount: amounts.discountAmount,
      payType: param.payType,
      sourceType: ORDER_SOURCE_APP,
      status: OrderStatus.WAIT_PAY,
      orderType: ORDER_TYPE_NORMAL,
      autoConfirmDay,
      // `integration` holds the points the order earns (spec §9 #38).
      integration: amounts.giftIntegration,
      growth: amounts.giftGrowth,
      promotionInfo: amounts.promotionInfo,
      receiverName: address.name ?? '',
      receiverPhone: address.phoneNumber ?? '',
      receiverPostCode: address.postCode,
      receiverProvince: address.province,
      receiverCity: address.city,
      receiverRegion: address.region,
      receiverDetailAddress: address.detailAddress,
      confirmStatus: 0,
      deleteStatus: 0,
      useIntegration,
    } as OmsOrder;

    const orderItems = await this.dataSource.transaction(async (em) => {
      const locked = await lockSkuStock(em, quantitiesPerSku(items));
      if (!locked.ok) throw new ApiException(CheckoutMessage.OUT_OF_STOCK);
      const inserted: unknown = await em.query(
        `INSERT INTO oms_order (${ORDER_COLUMNS.join(', ')}) VALUES (${ORDER_COLUMNS.map(() => '?').join(', ')})`,
        [
          order.memberId,
          order.couponId,
          order.orderSn,
          order.createTime,
          order.memberUsername,
          order.totalAmount,
          order.payAmount,
          order.freightAmount,
          order.promotionAmount,
          order.integrationAmount,
          order.couponAmount,
          order.discountAmount,
          order.payType,
          order.sourceType,
          order.status,
          order.orderType,
          order.autoConfirmDay,
          order.integration,
          order.growth,
          order.promotionInfo,
          order.receiverName,
          order.receiverPhone,
          order.receiverPostCode,
          order.receiverProvince,
          order.receiverCity,
          order.receiverRegion,
          order.receiverDetailAddress,
          order.confirmStatus,
          order.deleteStatus,
          order.useIntegration,
        ],
      );
      order.id = Number((inserted as { insertId: number | string }).insertId);
      const rows = items.map((item) => orderItemRow(item, order));
      await em.query(`INSERT INTO oms_order_item (${ITEM_COLUMNS.join(', ')}) VALUES ?`, [
        rows.map((row) => [
          row.orderId,
          row.orderSn,
          row.productId,
          row.productPic,
          row.productName,
          row.productBrand,
          row.productSn,
          row.productPrice,
          row.productQuantity,
          row.productSkuId,
          row.productSkuCode,
          row.productCategoryId,
          row.promotionName,
          row.promotionAmount,
          row.couponAmount,
          row.integrationAmount,
          row.realAmount,
          row.giftIntegration,
          row.giftGrowth,
          row.productAttr,
        ]),
      ]);
      // The generated ids, read back rather than assumed consecutive.
      const ids: Array<{ id: string | number }> = await em.query(
        'SELECT id FROM oms_order_item WHERE order_id = ? ORDER BY id',
        [order.id],
      );
      rows.forEach((row, index) => (row.id = Number(ids[index]?.id)));
      if (couponHistoryId !== null) await this.useCoupon(em, couponHistoryId, memberId, order, now);
      if (useIntegration) await this.deductPoints(em, memberId, useIntegration);
      await deleteCartLines(
        em,
        memberId,
        items.map((item) => item.cartItemId),
      );
      return rows;
    });

    this.metrics.created.inc();
    if (useIntegration) await this.cache.evictMember(memberId, member.username);
    await this.cancelQueue.publishCancel(order.id);
    return { order, orderItemList: orderItems };
  }

  private async buyer(memberId: number): Promise<Buyer> {
    const rows: Array<{
      id: string | number;
      username: string | null;
      integration: number | null;
    }> = await this.dataSource.query(
      'SELECT id, username, integration FROM ums_member WHERE id = ?',
      [memberId],
    );
    const row = rows[0];
    // A token whose member no longer exists (spec §9 #63).
    if (!row) throw new ApiException(ResultCode.UNAUTHORIZED);
    return { id: Number(row.id), username: row.username, integration: row.integration };
  }

  /** The member's addresses, or the one with `id` if it is the member's. */
  private async addresses(memberId: number, id?: number): Promise<UmsMemberReceiveAddress[]> {
    const rows: Array<Record<string, string | number | null>> = await this.dataSource.query(
      `SELECT ${ADDRESS_COLUMNS} FROM ums_member_receive_address WHERE member_id = ?` +
        (id === undefined ? '' : ' AND id = ?') +
        ' ORDER BY id',
      id === undefined ? [memberId] : [memberId, id],
    );
    return rows.map((row) => ({
      id: Number(row['id']),
      memberId: numberOrNull(row['member_id']),
      name: row['name'] as string | null,
      phoneNumber: row['phone_number'] as string | null,
      defaultStatus: row['default_status'] as number | null,
      postCode: row['post_code'] as string | null,
      province: row['province'] as string | null,
      city: row['city'] as string | null,
      region: row['region'] as string | null,
      detailAddress: row['detail_address'] as string | null,
    }));
  }

  /** `yyyyMMdd` + `01` + pay type + the day's Redis sequence (spec §B.8). */
  private async nextOrderSn(now: Date, payType: number): Promise<string> {
    const date = orderSnDate(now, this.config.settings.order.timeZone);
    const sequence = await this.redis.incr(orderSequenceKey(this.config.orderSequencePrefix, date));
    return formatOrderSn(date, ORDER_SOURCE_APP, payType, sequence);
  }

  /** Marks the coupon history used by this order; it must still be unused (no double use). */
  private async useCoupon(
    em: EntityManager,
    historyId: number,
    memberId: number,
    order: OmsOrder,
    now: Date,
  ): Promise<void> {
    const result: unknown = await em.query(
      'UPDATE sms_coupon_history SET use_status = ?, use_time = ?, order_id = ?, order_sn = ? ' +
        'WHERE id = ? AND member_id = ? AND use_status = ?',
      [
        CouponUseStatus.USED,
        now,
        order.id,
        order.orderSn,
        historyId,
        memberId,
        CouponUseStatus.UNUSED,
      ],
    );
    if (affectedRows(result) !== 1) throw new ApiException(CheckoutMessage.COUPON_UNUSABLE);
  }

  /** Deducts the points; the balance must cover them at commit time (spec §9 #37). */
  private async deductPoints(em: EntityManager, memberId: number, points: number): Promise<void> {
    const result: unknown = await em.query(
      'UPDATE ums_member SET integration = integration - ? WHERE id = ? AND integration >= ?',
      [points, memberId, points],
    );
    if (affectedRows(result) !== 1) throw new ApiException(CheckoutMessage.POINTS_UNUSABLE);
  }
}

function orderItemRow(item: DraftOrderItem, order: OmsOrder): OmsOrderItem {
  const amounts = orderItemAmounts(item);
  return {
    id: 0,
    orderId: order.id,
    orderSn: order.orderSn,
    productId: item.productId,
    productPic: item.productPic,
    productName: item.productName,
    productBrand: item.productBrand,
    productSn: item.productSn,
    productPrice: amounts.productPrice,
    productQuantity: item.quantity,
    productSkuId: item.productSkuId,
    productSkuCode: item.productSkuCode,
    productCategoryId: item.productCategoryId,
    promotionName: item.promotionName,
    promotionAmount: amounts.promotionAmount,
    couponAmount: amounts.couponAmount,
    integrationAmount: amounts.integrationAmount,
    realAmount: amounts.realAmount,
    // The original left these two out of its insert (spec §9 #39).
    giftIntegration: item.giftIntegration,
    giftGrowth: item.giftGrowth,
    productAttr: item.productAttr,
  };
}
