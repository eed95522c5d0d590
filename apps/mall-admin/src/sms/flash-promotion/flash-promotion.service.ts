import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CommonPage } from '@mall/common';
import { SmsFlashPromotion } from '@mall/db';
import { Like, Repository } from 'typeorm';
import { localDateToInstant } from '../../oms/shared/dto-fields';
import { allColumns } from '../../oms/shared/rows';
import { likeContains, presentText } from '../../oms/shared/sql-text';
import { HomeContentCache } from '../shared/home-content-cache.service';
import { FlashPromotionDto, FlashPromotionQueryDto } from './dto/flash-promotion.dto';

/** A flash promotion as the API shows it: its DATE columns as instants (local midnight). */
export type FlashPromotionView = Omit<SmsFlashPromotion, 'startDate' | 'endDate'> & {
  startDate: Date | null;
  endDate: Date | null;
};

export function toFlashPromotionView(row: SmsFlashPromotion): FlashPromotionView {
  return {
    ...row,
    startDate: localDateToInstant(row.startDate),
    endDate: localDateToInstant(row.endDate),
  };
}

const PROMOTION_COLUMNS = ['title', 'startDate', 'endDate', 'status'] as const;

@Injectable()
export class FlashPromotionService {
  constructor(
    @InjectRepository(SmsFlashPromotion)
    private readonly promotions: Repository<SmsFlashPromotion>,
    private readonly homeContent: HomeContentCache,
  ) {}

  create(param: FlashPromotionDto): Promise<number> {
    return this.homeContent.afterWrite(async () => {
      await this.promotions.insert({
        ...allColumns(param, PROMOTION_COLUMNS),
        createTime: new Date(),
      });
      return 1;
    });
  }

  /** Overwrites every column from the body, `createTime` included (absent → NULL), as the original. */
  update(id: number, param: FlashPromotionDto): Promise<number> {
    return this.homeContent.afterWrite(async () => {
      const result = await this.promotions.update(
        { id },
        allColumns(param, [...PROMOTION_COLUMNS, 'createTime']),
      );
      return result.affected ?? 0;
    });
  }

  /** The promotion only; its session products stay (the original did not cascade either). */
  delete(id: number): Promise<number> {
    return this.homeContent.afterWrite(
      async () => (await this.promotions.delete({ id })).affected ?? 0,
    );
  }

  updateStatus(id: number, status: number): Promise<number> {
    return this.homeContent.afterWrite(
      async () => (await this.promotions.update({ id }, { status })).affected ?? 0,
    );
  }

  async getItem(id: number): Promise<FlashPromotionView | null> {
    const row = await this.promotions.findOne({ where: { id } });
    return row && toFlashPromotionView(row);
  }

  async list(query: FlashPromotionQueryDto): Promise<CommonPage<FlashPromotionView>> {
    const keyword = presentText(query.keyword);
    const [rows, total] = await this.promotions.findAndCount({
      where: keyword === undefined ? {} : { title: Like(likeContains(keyword)) },
      order: { id: 'ASC' },
      skip: (query.pageNum - 1) * query.pageSize,
      take: query.pageSize,
    });
    return CommonPage.of(rows.map(toFlashPromotionView), total, query.pageNum, query.pageSize);
  }
}
