import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ApiException, CommonPage, ResultCode } from '@mall/common';
import { SmsHomeAdvertise } from '@mall/db';
import { Between, FindOptionsWhere, In, Like, Repository } from 'typeorm';
import { allColumns, presentColumns } from '../../oms/shared/rows';
import { likeContains, presentText } from '../../oms/shared/sql-text';
import { HomeContentCache } from '../shared/home-content-cache.service';
import { HomeAdvertiseDto, HomeAdvertiseQueryDto } from './dto/home-advertise.dto';

const ADVERTISE_COLUMNS = [
  'name',
  'type',
  'pic',
  'startTime',
  'endTime',
  'status',
  'clickCount',
  'orderCount',
  'url',
  'note',
  'sort',
] as const;

/** The local day of `yyyy-M-d` text as [00:00:00, 23:59:59], or undefined if it is not a date. */
function dayRange(text: string): [Date, Date] | undefined {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const start = new Date(year, month, day, 0, 0, 0);
  if (start.getMonth() !== month || start.getDate() !== day) return undefined;
  return [start, new Date(year, month, day, 23, 59, 59)];
}

@Injectable()
export class HomeAdvertiseService {
  constructor(
    @InjectRepository(SmsHomeAdvertise)
    private readonly adverts: Repository<SmsHomeAdvertise>,
    private readonly homeContent: HomeContentCache,
  ) {}

  /** Every column from the body (absent → NULL, `sort` included, as the original); counters start at 0. */
  create(param: HomeAdvertiseDto): Promise<number> {
    return this.homeContent.afterWrite(async () => {
      await this.adverts.insert({
        ...allColumns(param, ADVERTISE_COLUMNS),
        clickCount: 0,
        orderCount: 0,
      });
      return 1;
    });
  }

  delete(ids: number[]): Promise<number> {
    return this.homeContent.afterWrite(
      async () => (await this.adverts.delete({ id: In(ids) })).affected ?? 0,
    );
  }

  updateStatus(id: number, status: number): Promise<number> {
    return this.homeContent.afterWrite(
      async () => (await this.adverts.update({ id }, { status })).affected ?? 0,
    );
  }

  getItem(id: number): Promise<SmsHomeAdvertise | null> {
    return this.adverts.findOne({ where: { id } });
  }

  /** Selective update: only the fields the body carries (non-null) change. */
  update(id: number, param: HomeAdvertiseDto): Promise<number> {
    const changes = presentColumns(param, ADVERTISE_COLUMNS);
    if (Object.keys(changes).length === 0) {
      throw new ApiException(ResultCode.VALIDATE_FAILED, 'nothing to update');
    }
    return this.homeContent.afterWrite(
      async () => (await this.adverts.update({ id }, changes)).affected ?? 0,
    );
  }

  async list(query: HomeAdvertiseQueryDto): Promise<CommonPage<SmsHomeAdvertise>> {
    const where: FindOptionsWhere<SmsHomeAdvertise> = {};
    const name = presentText(query.name);
    if (name !== undefined) where.name = Like(likeContains(name));
    if (query.type !== undefined) where.type = query.type;
    const endDay = presentText(query.endTime);
    // An unparseable day is ignored, as the original did.
    const range = endDay === undefined ? undefined : dayRange(endDay);
    if (range) where.endTime = Between(range[0], range[1]);
    const [list, total] = await this.adverts.findAndCount({
      where,
      order: { sort: 'DESC', id: 'ASC' },
      skip: (query.pageNum - 1) * query.pageSize,
      take: query.pageSize,
    });
    return CommonPage.of(list, total, query.pageNum, query.pageSize);
  }
}
