import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CommonPage } from '@mall/common';
import { OmsCompanyAddress, OmsOrderReturnApply } from '@mall/db';
import { DataSource, In } from 'typeorm';
import { entityFields, nullFilled, presentColumns } from '../shared/rows';
import { likeContains, likePrefix, presentText } from '../shared/sql-text';
import { ReturnApplyQueryDto, ReturnApplyStatusDto } from './dto/return-apply.dto';

/** `oms_order_return_apply.status` values. */
export const ReturnApplyStatus = { PENDING: 0, RETURNING: 1, COMPLETED: 2, REJECTED: 3 } as const;

/** The company address of a return apply detail; its send/receive flags are not loaded (null). */
export type ReturnApplyDetail = OmsOrderReturnApply & { companyAddress: OmsCompanyAddress | null };

const LIST_COLUMNS = [
  'id',
  'createTime',
  'memberUsername',
  'productRealPrice',
  'productCount',
  'returnName',
  'status',
  'handleTime',
] as const;

@Injectable()
export class ReturnApplyService {
  private readonly applyFields: string[];

  constructor(@InjectDataSource() private readonly ds: DataSource) {
    this.applyFields = entityFields(ds, OmsOrderReturnApply);
  }

  async list(query: ReturnApplyQueryDto): Promise<CommonPage<OmsOrderReturnApply>> {
    const qb = this.ds
      .getRepository(OmsOrderReturnApply)
      .createQueryBuilder('a')
      .select(LIST_COLUMNS.map((column) => `a.${column}`));
    if (query.id !== undefined) qb.andWhere('a.id = :id', { id: query.id });
    if (query.status !== undefined) qb.andWhere('a.status = :status', { status: query.status });
    const handleMan = presentText(query.handleMan);
    if (handleMan !== undefined) qb.andWhere('a.handleMan = :handleMan', { handleMan });
    const createTime = presentText(query.createTime);
    if (createTime !== undefined) {
      qb.andWhere('a.createTime LIKE :createTime', { createTime: likePrefix(createTime) });
    }
    const handleTime = presentText(query.handleTime);
    if (handleTime !== undefined) {
      qb.andWhere('a.handleTime LIKE :handleTime', { handleTime: likePrefix(handleTime) });
    }
    const keyword = presentText(query.receiverKeyword);
    if (keyword !== undefined) {
      qb.andWhere('(a.returnName LIKE :keyword OR a.returnPhone LIKE :keyword)', {
        keyword: likeContains(keyword),
      });
    }
    const total = await qb.getCount();
    const rows =
      total === 0
        ? []
        : await qb
            .orderBy('a.id', 'ASC')
            .offset((query.pageNum - 1) * query.pageSize)
            .limit(query.pageSize)
            .getMany();
    const list = rows.map((row) => nullFilled<OmsOrderReturnApply>(this.applyFields, row));
    return CommonPage.of(list, total, query.pageNum, query.pageSize);
  }

  /** Only rejected applies can be deleted. */
  async delete(ids: number[]): Promise<number> {
    const result = await this.ds
      .getRepository(OmsOrderReturnApply)
      .delete({ id: In(ids), status: ReturnApplyStatus.REJECTED });
    return result.affected ?? 0;
  }

  async detail(id: number): Promise<ReturnApplyDetail | null> {
    const apply = await this.ds.getRepository(OmsOrderReturnApply).findOne({ where: { id } });
    if (!apply) return null;
    const address =
      apply.companyAddressId === null
        ? null
        : await this.ds
            .getRepository(OmsCompanyAddress)
            .findOne({ where: { id: apply.companyAddressId } });
    return {
      ...apply,
      companyAddress: address && { ...address, sendStatus: null, receiveStatus: null },
    };
  }

  /**
   * Moves an apply to `status` and records who handled it: 1 (confirmed: amount, return address,
   * handler), 2 (goods received: receiver), 3 (rejected: handler). Absent fields keep their value.
   * Any other status writes nothing and answers 0.
   */
  async updateStatus(id: number, param: ReturnApplyStatusDto): Promise<number> {
    const now = new Date();
    let changes: Partial<OmsOrderReturnApply>;
    switch (param.status) {
      case ReturnApplyStatus.RETURNING:
        changes = {
          ...presentColumns(param, ['returnAmount', 'companyAddressId']),
          ...presentColumns(param, ['handleMan', 'handleNote']),
          handleTime: now,
        };
        break;
      case ReturnApplyStatus.COMPLETED:
        changes = {
          ...presentColumns(param, ['receiveMan', 'receiveNote']),
          receiveTime: now,
        };
        break;
      case ReturnApplyStatus.REJECTED:
        changes = {
          ...presentColumns(param, ['handleMan', 'handleNote']),
          handleTime: now,
        };
        break;
      default:
        return 0;
    }
    const result = await this.ds
      .getRepository(OmsOrderReturnApply)
      .update({ id }, { ...changes, status: param.status });
    return result.affected ?? 0;
  }
}
