import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { cancelUnpaidOrder, OrderStatus, type CancelOutcome } from '@mall/shop';
import type { DataSource } from 'typeorm';
import { OrderCacheService } from './order-cache.service';
import { OrderMetrics } from './order-metrics';
import { OrderSettingReader } from './order-setting.reader';

export type CancelReason = 'user' | 'timeout' | 'sweep';

/** How many timed-out orders one sweep query reads. */
const SWEEP_BATCH = 100;

/**
 * Closes unpaid orders: on the member's request, when the delayed cancel message arrives, and in
 * the periodic timeout sweep. Each order is closed in its own transaction by `cancelUnpaidOrder`
 * (status 0 → 4, stock locks released, coupon and points returned), so the three paths can race.
 */
@Injectable()
export class OrderCancellationService {
  private readonly logger = new Logger(OrderCancellationService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: OrderSettingReader,
    private readonly cache: OrderCacheService,
    private readonly metrics: OrderMetrics,
  ) {}

  async cancel(orderId: number, reason: CancelReason, memberId?: number): Promise<CancelOutcome> {
    const outcome = await cancelUnpaidOrder(this.dataSource, orderId, { memberId });
    if (outcome.cancelled) {
      const { order } = outcome;
      this.metrics.cancelled.inc({ reason });
      if (order.inconsistentSkuIds.length > 0) {
        this.logger.warn(
          `order ${orderId}: SKU locks smaller than the order's quantities, released to 0: ${order.inconsistentSkuIds.join(', ')}`,
        );
      }
      await this.cache.evictOrder(orderId);
      if (order.pointsReturned > 0)
        await this.cache.evictMember(order.memberId, order.memberUsername);
    }
    return outcome;
  }

  /**
   * Closes every unpaid order older than `normal_order_overtime` (spec §C.4, fixed): the ids are
   * read first, in batches by ascending id, so an order is handled once per sweep with all its
   * items, and a sweep always ends. Returns how many orders it closed.
   */
  async sweepTimedOut(now: Date = new Date()): Promise<number> {
    const minutes = await this.settings.normalOrderOvertimeMinutes();
    const cutoff = new Date(now.getTime() - minutes * 60_000);
    let closed = 0;
    let afterId = 0;
    for (;;) {
      const rows: Array<{ id: string | number }> = await this.dataSource.query(
        'SELECT id FROM oms_order WHERE status = ? AND delete_status = 0 AND create_time < ? AND id > ? ' +
          'ORDER BY id LIMIT ?',
        [OrderStatus.WAIT_PAY, cutoff, afterId, SWEEP_BATCH],
      );
      if (rows.length === 0) return closed;
      for (const row of rows) {
        const id = Number(row.id);
        afterId = id;
        try {
          if ((await this.cancel(id, 'sweep')).cancelled) closed++;
        } catch (err) {
          // One broken order must not stop the sweep; the next sweep tries it again.
          this.logger.error(`timeout sweep could not close order ${id}: ${(err as Error).message}`);
        }
      }
    }
  }
}
