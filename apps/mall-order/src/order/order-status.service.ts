import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiException } from '@mall/common';
import { affectedRows, OrderStatus } from '@mall/shop';
import type { DataSource } from 'typeorm';
import { OrderCacheService } from './order-cache.service';
import { OrderCancellationService } from './order-cancellation.service';
import { OrderCancelQueue } from './order-cancel-queue';
import { ORDER_NOT_FOUND } from './order-query.service';

export const StatusMessage = {
  NO_ORDER: '数据为空！',
  NOT_YOURS_RECEIVE: '不能确认他人订单！',
  NOT_DELIVERED: '该订单还未发货！',
  NOT_YOURS_DELETE: '不能删除他人订单！',
  NOT_DELETABLE: '只能删除已完成或已关闭的订单！',
  NOT_CANCELLABLE: '只能取消待付款的订单',
} as const;

interface OrderState {
  memberId: number;
  status: number | null;
}

/** The member's own order actions: cancel, schedule the timeout cancel, confirm receipt, delete. */
@Injectable()
export class OrderStatusService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cancellation: OrderCancellationService,
    private readonly cancelQueue: OrderCancelQueue,
    private readonly cache: OrderCacheService,
  ) {}

  /**
   * `POST /order/cancelUserOrder` (spec §C.2, intended behaviour, with an ownership check): closes
   * the member's unpaid order now. Cancelling an already closed order succeeds without change.
   */
  async cancelByMember(memberId: number, orderId: number | undefined): Promise<void> {
    if (orderId === undefined) throw new ApiException(ORDER_NOT_FOUND);
    const outcome = await this.cancellation.cancel(orderId, 'user', memberId);
    if (outcome.cancelled || outcome.status === OrderStatus.CLOSED) return;
    if (outcome.status === null) throw new ApiException(ORDER_NOT_FOUND);
    throw new ApiException(StatusMessage.NOT_CANCELLABLE);
  }

  /**
   * `POST /order/cancelOrder` (spec §C.3): publishes the delayed cancel message for the member's
   * unpaid order; it is closed when the timeout has passed, if still unpaid.
   */
  async scheduleCancel(memberId: number, orderId: number | undefined): Promise<void> {
    const order = orderId === undefined ? null : await this.state(orderId);
    if (orderId === undefined || !order || order.memberId !== memberId) {
      throw new ApiException(ORDER_NOT_FOUND);
    }
    if (order.status === OrderStatus.CLOSED) return;
    if (order.status !== OrderStatus.WAIT_PAY)
      throw new ApiException(StatusMessage.NOT_CANCELLABLE);
    await this.cancelQueue.publishCancel(orderId);
  }

  /** `POST /order/confirmReceiveOrder` (spec §C.5): a shipped order of the member becomes completed. */
  async confirmReceive(memberId: number, orderId: number | undefined): Promise<void> {
    const order = orderId === undefined ? null : await this.state(orderId);
    if (orderId === undefined || !order) throw new ApiException(StatusMessage.NO_ORDER);
    if (order.memberId !== memberId) throw new ApiException(StatusMessage.NOT_YOURS_RECEIVE);
    if (order.status !== OrderStatus.DELIVERED) throw new ApiException(StatusMessage.NOT_DELIVERED);
    const now = new Date();
    const result: unknown = await this.dataSource.query(
      'UPDATE oms_order SET status = ?, confirm_status = 1, receive_time = ?, modify_time = ? ' +
        'WHERE id = ? AND member_id = ? AND status = ?',
      [OrderStatus.FINISHED, now, now, orderId, memberId, OrderStatus.DELIVERED],
    );
    // Changed in between (e.g. by the back office): report the state the order is in now.
    if (affectedRows(result) !== 1) throw new ApiException(StatusMessage.NOT_DELIVERED);
    await this.cache.evictOrder(orderId);
  }

  /** `POST /order/deleteOrder` (spec §C.6): hides the member's completed or closed order. */
  async delete(memberId: number, orderId: number | undefined): Promise<void> {
    const order = orderId === undefined ? null : await this.state(orderId);
    if (orderId === undefined || !order) throw new ApiException(StatusMessage.NO_ORDER);
    if (order.memberId !== memberId) throw new ApiException(StatusMessage.NOT_YOURS_DELETE);
    const result: unknown = await this.dataSource.query(
      'UPDATE oms_order SET delete_status = 1, modify_time = ? WHERE id = ? AND member_id = ? AND status IN (?, ?)',
      [new Date(), orderId, memberId, OrderStatus.FINISHED, OrderStatus.CLOSED],
    );
    if (affectedRows(result) !== 1) throw new ApiException(StatusMessage.NOT_DELETABLE);
    await this.cache.evictOrder(orderId);
  }

  private async state(orderId: number): Promise<OrderState | null> {
    const rows: Array<{ member_id: string | number; status: number | null }> =
      await this.dataSource.query('SELECT member_id, status FROM oms_order WHERE id = ?', [
        orderId,
      ]);
    const row = rows[0];
    return row ? { memberId: Number(row.member_id), status: row.status } : null;
  }
}
