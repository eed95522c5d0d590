import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiException } from '@mall/common';
import { OmsOrder, OmsOrderItem } from '@mall/db';
import { RedisCacheService } from '@mall/redis';
import { entityMapping, orderDetailCacheKey, rowToEntity } from '@mall/shop';
import type { DataSource } from 'typeorm';
import { OrderConfig } from './order-config';

/** OmsOrderDetail: the order's fields plus its items. */
export type OrderDetail = OmsOrder & { orderItemList: OmsOrderItem[] };

/** A page of orders; `list` is absent when the page is empty (spec §9 #53). */
export interface OrderPage {
  pageNum: number;
  pageSize: number;
  totalPage: number;
  total: number;
  list?: OrderDetail[];
}

export const ORDER_NOT_FOUND = '订单不存在';

type Row = Record<string, unknown>;

/** The member's orders: paged list by status, detail, and the Redis-cached detail. */
@Injectable()
export class OrderQueryService {
  private readonly orders;
  private readonly items;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly redis: RedisCacheService,
    private readonly config: OrderConfig,
  ) {
    this.orders = entityMapping(dataSource, OmsOrder);
    this.items = entityMapping(dataSource, OmsOrderItem);
  }

  /**
   * Non-deleted orders of the member, newest first, `status` -1 meaning any; PageHelper paging
   * (pageNum ≤ 0 reads the first page but is echoed). One query for the count, one for the page,
   * one for all items of the page.
   */
  async list(
    memberId: number,
    status: number,
    pageNum: number,
    pageSize: number,
  ): Promise<OrderPage> {
    const filter =
      'FROM oms_order WHERE member_id = ? AND delete_status = 0' +
      (status === -1 ? '' : ' AND status = ?');
    const params = status === -1 ? [memberId] : [memberId, status];
    const [[count], rows] = await Promise.all([
      this.dataSource.query(`SELECT COUNT(*) AS total ${filter}`, params) as Promise<
        Array<{ total: string | number }>
      >,
      this.dataSource.query(
        `SELECT ${this.orders.selectList} ${filter} ORDER BY create_time DESC, id DESC LIMIT ?, ?`,
        [...params, Math.max(0, (pageNum - 1) * pageSize), pageSize],
      ) as Promise<Row[]>,
    ]);
    const total = Number(count?.total ?? 0);
    const page: OrderPage = { pageNum, pageSize, totalPage: Math.ceil(total / pageSize), total };
    if (rows.length === 0) return page;
    const orders = rows.map((row) => rowToEntity<OmsOrder>(this.orders, row));
    const items = await this.itemsOf(orders.map((order) => order.id));
    page.list = orders.map((order) => ({ ...order, orderItemList: items.get(order.id) ?? [] }));
    return page;
  }

  /** The member's order with its items; another member's order is reported as not found. */
  async detail(memberId: number, orderId: number): Promise<OrderDetail> {
    const detail = await this.load(orderId);
    if (!detail || detail.memberId !== memberId) throw new ApiException(ORDER_NOT_FOUND);
    return detail;
  }

  /**
   * The detail read through `mall:order:<id>`. Unlike the original the copy is deleted whenever
   * mall-order changes the order, and expires after `app.order.detailCacheSeconds` in case
   * another service changed it.
   */
  async detailCached(memberId: number, orderId: number): Promise<OrderDetail> {
    const detail = await this.redis.getOrLoad<OrderDetail | null>(
      orderDetailCacheKey(orderId, this.config.orderDetailKeyPrefix),
      this.config.settings.order.detailCacheSeconds,
      () => this.load(orderId),
    );
    if (!detail || detail.memberId !== memberId) throw new ApiException(ORDER_NOT_FOUND);
    return detail;
  }

  private async load(orderId: number): Promise<OrderDetail | null> {
    const [[row], items] = await Promise.all([
      this.dataSource.query(`SELECT ${this.orders.selectList} FROM oms_order WHERE id = ?`, [
        orderId,
      ]) as Promise<Row[]>,
      this.itemsOf([orderId]),
    ]);
    if (!row) return null;
    return { ...rowToEntity<OmsOrder>(this.orders, row), orderItemList: items.get(orderId) ?? [] };
  }

  private async itemsOf(orderIds: number[]): Promise<Map<number, OmsOrderItem[]>> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT ${this.items.selectList} FROM oms_order_item WHERE order_id IN (?) ORDER BY id`,
      [orderIds],
    );
    const byOrder = new Map<number, OmsOrderItem[]>();
    for (const row of rows) {
      const item = rowToEntity<OmsOrderItem>(this.items, row);
      if (item.orderId === null) continue;
      const list = byOrder.get(item.orderId);
      if (list) list.push(item);
      else byOrder.set(item.orderId, [item]);
    }
    return byOrder;
  }
}
