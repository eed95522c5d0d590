import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiException } from '@mall/common';
import { affectedRows, consumeLockedStock, OrderStatus, quantitiesPerSku } from '@mall/shop';
import type { DataSource } from 'typeorm';
import { OrderCacheService } from './order-cache.service';
import { OrderMetrics } from './order-metrics';
import { ORDER_NOT_FOUND } from './order-query.service';

export const PaymentMessage = {
  CLOSED: '订单已关闭，不能支付',
  STOCK_MISMATCH: '订单锁定的库存不足，支付失败',
} as const;

/**
 * Payment callback (spec §C.1, fixed). Only an unpaid order of the caller is paid, by a conditional
 * status update, and in the same transaction its locked stock becomes sold stock
 * (`stock -= qty, lock_stock -= qty`, conditional per SKU). Idempotent: paying a paid order again
 * changes nothing and answers success with `data = 0`; a closed order cannot be paid.
 */
@Injectable()
export class OrderPaymentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cache: OrderCacheService,
    private readonly metrics: OrderMetrics,
  ) {}

  /** 1 when this call paid the order, 0 when it was already paid. */
  async paySuccess(memberId: number, orderId: number, payType: number): Promise<number> {
    const now = new Date();
    const paid = await this.dataSource.transaction(async (em) => {
      const updated: unknown = await em.query(
        'UPDATE oms_order SET status = ?, payment_time = ?, pay_type = ?, modify_time = ? ' +
          'WHERE id = ? AND member_id = ? AND status = ? AND delete_status = 0',
        [OrderStatus.WAIT_DELIVER, now, payType, now, orderId, memberId, OrderStatus.WAIT_PAY],
      );
      if (affectedRows(updated) !== 1) return false;
      const items: Array<{
        product_sku_id: string | number | null;
        product_quantity: number | null;
      }> = await em.query(
        'SELECT product_sku_id, product_quantity FROM oms_order_item WHERE order_id = ?',
        [orderId],
      );
      const short = await consumeLockedStock(
        em,
        quantitiesPerSku(
          items.map((item) => ({
            productSkuId: item.product_sku_id === null ? null : Number(item.product_sku_id),
            quantity: item.product_quantity,
          })),
        ),
      );
      if (short !== null) throw new ApiException(PaymentMessage.STOCK_MISMATCH);
      return true;
    });
    if (paid) {
      this.metrics.paid.inc();
      await this.cache.evictOrder(orderId);
      return 1;
    }
    const rows: Array<{
      member_id: string | number;
      status: number | null;
      delete_status: number;
    }> = await this.dataSource.query(
      'SELECT member_id, status, delete_status FROM oms_order WHERE id = ?',
      [orderId],
    );
    const order = rows[0];
    if (!order || Number(order.member_id) !== memberId || order.delete_status !== 0) {
      throw new ApiException(ORDER_NOT_FOUND);
    }
    if (
      order.status === OrderStatus.WAIT_DELIVER ||
      order.status === OrderStatus.DELIVERED ||
      order.status === OrderStatus.FINISHED
    ) {
      return 0;
    }
    throw new ApiException(PaymentMessage.CLOSED);
  }
}
