import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CommonPage } from '@mall/common';
import { SmsCouponHistory } from '@mall/db';
import { FindOptionsWhere, Repository } from 'typeorm';
import { presentText } from '../../oms/shared/sql-text';
import { CouponHistoryQueryDto } from './dto/coupon-history-query.dto';

@Injectable()
export class CouponHistoryService {
  constructor(
    @InjectRepository(SmsCouponHistory) private readonly histories: Repository<SmsCouponHistory>,
  ) {}

  async list(query: CouponHistoryQueryDto): Promise<CommonPage<SmsCouponHistory>> {
    const where: FindOptionsWhere<SmsCouponHistory> = {};
    if (query.couponId !== undefined) where.couponId = query.couponId;
    if (query.useStatus !== undefined) where.useStatus = query.useStatus;
    const orderSn = presentText(query.orderSn);
    if (orderSn !== undefined) where.orderSn = orderSn;
    const [list, total] = await this.histories.findAndCount({
      where,
      order: { id: 'ASC' },
      skip: (query.pageNum - 1) * query.pageSize,
      take: query.pageSize,
    });
    return CommonPage.of(list, total, query.pageNum, query.pageSize);
  }
}
