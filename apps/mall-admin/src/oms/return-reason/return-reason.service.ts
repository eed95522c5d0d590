import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CommonPage, PageQuery } from '@mall/common';
import { OmsOrderReturnReason } from '@mall/db';
import { In, Repository } from 'typeorm';
import { allColumns } from '../shared/rows';
import { ReturnReasonDto } from './dto/return-reason.dto';

const REASON_COLUMNS = ['name', 'sort', 'status'] as const;

@Injectable()
export class ReturnReasonService {
  constructor(
    @InjectRepository(OmsOrderReturnReason)
    private readonly reasons: Repository<OmsOrderReturnReason>,
  ) {}

  async create(param: ReturnReasonDto): Promise<number> {
    await this.reasons.insert({ ...allColumns(param, REASON_COLUMNS), createTime: new Date() });
    return 1;
  }

  /** Overwrites every column from the body, `createTime` included (absent → NULL), as the original. */
  async update(id: number, param: ReturnReasonDto): Promise<number> {
    const result = await this.reasons.update(
      { id },
      allColumns(param, [...REASON_COLUMNS, 'createTime']),
    );
    return result.affected ?? 0;
  }

  async delete(ids: number[]): Promise<number> {
    return (await this.reasons.delete({ id: In(ids) })).affected ?? 0;
  }

  /** Only 0 (disabled) and 1 (enabled) are statuses; anything else writes nothing. */
  async updateStatus(ids: number[], status: number): Promise<number> {
    if (status !== 0 && status !== 1) return 0;
    return (await this.reasons.update({ id: In(ids) }, { status })).affected ?? 0;
  }

  async list(page: PageQuery): Promise<CommonPage<OmsOrderReturnReason>> {
    const [list, total] = await this.reasons.findAndCount({
      order: { sort: 'DESC', id: 'ASC' },
      skip: (page.pageNum - 1) * page.pageSize,
      take: page.pageSize,
    });
    return CommonPage.of(list, total, page.pageNum, page.pageSize);
  }

  getItem(id: number): Promise<OmsOrderReturnReason | null> {
    return this.reasons.findOne({ where: { id } });
  }
}
