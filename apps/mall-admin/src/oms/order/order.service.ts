import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiException, CommonPage } from '@mall/common';
import { OmsOrder, OmsOrderItem, OmsOrderOperateHistory } from '@mall/db';
import { cancelUnpaidOrder, OrderStatus, type CancelledOrder } from '@mall/shop';
import { DataSource, EntityManager, FindOptionsSelect, In } from 'typeorm';
import { entityFields, nullFilled, presentColumns } from '../shared/rows';
import { likeContains, likePrefix, presentText } from '../shared/sql-text';
import { OrderDeliveryDto } from './dto/order-delivery.dto';
import { OrderQueryDto } from './dto/order-query.dto';
import { MoneyInfoDto, ReceiverInfoDto } from './dto/order-update.dto';
import { OrderCacheService } from './order-cache.service';

/** Who the history rows name as operator (the original never recorded which admin acted). */
export const OPERATOR = '后台管理员';

/** Notes written to `oms_order_operate_history`, exactly as the original wrote them. */
export const HistoryNote = {
  delivered: '完成发货',
  closed: (reason: string) => `订单关闭:${reason}`,
  receiverChanged: '修改收货人信息',
  moneyChanged: '修改费用信息',
  noteChanged: (note: string) => `修改备注信息：${note}`,
} as const;

/** `GET /order/:id`: the order, its items (a subset of their fields) and its history, newest first. */
export type OrderDetail = OmsOrder & {
  orderItemList: OmsOrderItem[];
  historyList: OmsOrderOperateHistory[];
};

const RECEIVER_FIELDS = [
  'receiverName',
  'receiverPhone',
  'receiverPostCode',
  'receiverDetailAddress',
  'receiverProvince',
  'receiverCity',
  'receiverRegion',
] as const;

/** The item fields the detail carries; the others are null, as in the original. */
const DETAIL_ITEM_FIELDS: FindOptionsSelect<OmsOrderItem> = {
  id: true,
  productId: true,
  productSn: true,
  productPic: true,
  productName: true,
  productBrand: true,
  productPrice: true,
  productQuantity: true,
  productAttr: true,
};

const DETAIL_HISTORY_FIELDS: FindOptionsSelect<OmsOrderOperateHistory> = {
  id: true,
  operateMan: true,
  createTime: true,
  orderStatus: true,
  note: true,
};

function joinIds(ids: readonly number[]): string {
  return ids.join(', ');
}

@Injectable()
export class OrderService {
  private readonly itemFields: string[];
  private readonly historyFields: string[];

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly cache: OrderCacheService,
  ) {
    this.itemFields = entityFields(ds, OmsOrderItem);
    this.historyFields = entityFields(ds, OmsOrderOperateHistory);
  }

  async list(query: OrderQueryDto): Promise<CommonPage<OmsOrder>> {
    const qb = this.ds.getRepository(OmsOrder).createQueryBuilder('o').where('o.deleteStatus = 0');
    const orderSn = presentText(query.orderSn);
    if (orderSn !== undefined) qb.andWhere('o.orderSn = :orderSn', { orderSn });
    if (query.status !== undefined) qb.andWhere('o.status = :status', { status: query.status });
    if (query.sourceType !== undefined) {
      qb.andWhere('o.sourceType = :sourceType', { sourceType: query.sourceType });
    }
    if (query.orderType !== undefined) {
      qb.andWhere('o.orderType = :orderType', { orderType: query.orderType });
    }
    const createTime = presentText(query.createTime);
    if (createTime !== undefined) {
      qb.andWhere('o.createTime LIKE :createTime', { createTime: likePrefix(createTime) });
    }
    const keyword = presentText(query.receiverKeyword);
    if (keyword !== undefined) {
      qb.andWhere('(o.receiverName LIKE :keyword OR o.receiverPhone LIKE :keyword)', {
        keyword: likeContains(keyword),
      });
    }
    const total = await qb.getCount();
    const list =
      total === 0
        ? []
        : await qb
            .orderBy('o.id', 'ASC')
            .offset((query.pageNum - 1) * query.pageSize)
            .limit(query.pageSize)
            .getMany();
    return CommonPage.of(list, total, query.pageNum, query.pageSize);
  }

  /**
   * Ships every listed order (status 1 → 2) with its carrier and tracking number, all or none: an order
   * that is missing, deleted or not awaiting shipment fails the whole batch and nothing is written.
   */
  async deliver(deliveries: OrderDeliveryDto[]): Promise<number> {
    const ids = deliveries.map((d) => d.orderId);
    const duplicated = ids.filter((id, index) => ids.indexOf(id) !== index);
    if (duplicated.length > 0) {
      throw new ApiException(`订单重复发货: ${joinIds([...new Set(duplicated)])}`);
    }
    const delivered = await this.ds.transaction(async (em) => {
      const statuses = await this.lockOrders(em, ids);
      const notAwaiting = ids.filter((id) => statuses.get(id) !== OrderStatus.WAIT_DELIVER);
      if (notAwaiting.length > 0) {
        throw new ApiException(`只有待发货的订单才能发货: ${joinIds(notAwaiting)}`);
      }
      const now = new Date();
      const cases = deliveries.map(() => 'WHEN ? THEN ?').join(' ');
      const result: { affectedRows: number } = await em.query(
        `UPDATE oms_order SET delivery_sn = CASE id ${cases} END, ` +
          `delivery_company = CASE id ${cases} END, delivery_time = ?, status = ? ` +
          `WHERE id IN (${ids.map(() => '?').join(', ')}) AND status = ? AND delete_status = 0`,
        [
          ...deliveries.flatMap((d) => [d.orderId, d.deliverySn]),
          ...deliveries.flatMap((d) => [d.orderId, d.deliveryCompany]),
          now,
          OrderStatus.DELIVERED,
          ...ids,
          OrderStatus.WAIT_DELIVER,
        ],
      );
      await this.addHistory(em, ids, OrderStatus.DELIVERED, HistoryNote.delivered, now);
      return result.affectedRows;
    });
    await this.cache.evict(ids);
    return delivered;
  }

  /**
   * Closes unpaid orders, all or none, like a member's cancel: status 0 → 4, locked stock released,
   * coupon and points given back (`cancelUnpaidOrder`, shared with mall-order), plus a history row per
   * order. Orders already paid are refused: closing them would need a refund, which the back office
   * does not do.
   */
  async close(ids: number[], reason: string): Promise<number> {
    const distinct = [...new Set(ids)];
    const closed = await this.ds.transaction(async (em) => {
      const statuses = await this.lockOrders(em, distinct);
      const notUnpaid = distinct.filter((id) => statuses.get(id) !== OrderStatus.WAIT_PAY);
      if (notUnpaid.length > 0) {
        throw new ApiException(`只有待付款的订单才能关闭: ${joinIds(notUnpaid)}`);
      }
      const now = new Date();
      const orders: CancelledOrder[] = [];
      // One order at a time: each release runs as a savepoint of this transaction.
      for (const id of distinct) {
        const outcome = await cancelUnpaidOrder(em, id, { now });
        if (!outcome.cancelled) throw new ApiException(`订单关闭失败: ${id}`);
        orders.push(outcome.order);
      }
      await this.addHistory(em, distinct, OrderStatus.CLOSED, HistoryNote.closed(reason), now);
      return orders;
    });
    await this.cache.evict(
      distinct,
      closed
        .filter((order) => order.pointsReturned > 0)
        .map((order) => ({ memberId: order.memberId, username: order.memberUsername })),
    );
    return closed.length;
  }

  /** Soft delete: the orders disappear from lists (members' and admins') but stay readable by id. */
  async delete(ids: number[]): Promise<number> {
    const result = await this.ds
      .createQueryBuilder()
      .update(OmsOrder)
      .set({ deleteStatus: 1 })
      .where({ id: In(ids), deleteStatus: 0 })
      .execute();
    await this.cache.evict(ids);
    return result.affected ?? 0;
  }

  async detail(id: number): Promise<OrderDetail | null> {
    const order = await this.ds.getRepository(OmsOrder).findOne({ where: { id } });
    if (!order) return null;
    const [items, history] = await Promise.all([
      this.ds.getRepository(OmsOrderItem).find({
        select: DETAIL_ITEM_FIELDS,
        where: { orderId: id },
        order: { id: 'ASC' },
      }),
      this.ds.getRepository(OmsOrderOperateHistory).find({
        select: DETAIL_HISTORY_FIELDS,
        where: { orderId: id },
        order: { createTime: 'DESC', id: 'DESC' },
      }),
    ]);
    return {
      ...order,
      orderItemList: items.map((item) => nullFilled<OmsOrderItem>(this.itemFields, item)),
      historyList: history.map((row) =>
        nullFilled<OmsOrderOperateHistory>(this.historyFields, row),
      ),
    };
  }

  async updateReceiverInfo(param: ReceiverInfoDto): Promise<number> {
    return this.updateOrder(
      param.orderId,
      presentColumns(param, RECEIVER_FIELDS),
      HistoryNote.receiverChanged,
    );
  }

  /** Changes freight and discount only; `pay_amount` is left as it is, as in the original. */
  async updateMoneyInfo(param: MoneyInfoDto): Promise<number> {
    return this.updateOrder(
      param.orderId,
      presentColumns(param, ['freightAmount', 'discountAmount']),
      HistoryNote.moneyChanged,
    );
  }

  async updateNote(id: number, note: string): Promise<number> {
    return this.updateOrder(id, { note }, HistoryNote.noteChanged(note));
  }

  /**
   * Selective update of one order plus its history row. The history records the status the order
   * really has (the original copied whatever status the client sent).
   */
  private async updateOrder(id: number, changes: Partial<OmsOrder>, note: string): Promise<number> {
    const updated = await this.ds.transaction(async (em) => {
      const statuses = await this.lockOrders(em, [id]);
      const now = new Date();
      const result = await em
        .createQueryBuilder()
        .update(OmsOrder)
        .set({ ...changes, modifyTime: now })
        .where({ id })
        .execute();
      await this.addHistory(em, [id], statuses.get(id) ?? null, note, now);
      return result.affected ?? 0;
    });
    await this.cache.evict([id]);
    return updated;
  }

  /**
   * Locks the listed (not deleted) orders until the transaction ends and returns their statuses; fails
   * naming the ids that do not exist.
   */
  private async lockOrders(em: EntityManager, ids: number[]): Promise<Map<number, number | null>> {
    const rows = await em
      .getRepository(OmsOrder)
      .createQueryBuilder('o')
      .select(['o.id', 'o.status'])
      .where({ id: In(ids), deleteStatus: 0 })
      .setLock('pessimistic_write')
      .getMany();
    const statuses = new Map(rows.map((row) => [row.id, row.status]));
    const missing = ids.filter((id) => !statuses.has(id));
    if (missing.length > 0) throw new ApiException(`订单不存在: ${joinIds(missing)}`);
    return statuses;
  }

  private async addHistory(
    em: EntityManager,
    orderIds: number[],
    orderStatus: number | null,
    note: string,
    createTime: Date,
  ): Promise<void> {
    await em.insert(
      OmsOrderOperateHistory,
      orderIds.map((orderId) => ({ orderId, operateMan: OPERATOR, createTime, orderStatus, note })),
    );
  }
}
