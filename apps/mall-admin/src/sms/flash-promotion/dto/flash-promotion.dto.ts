import { PageQuery } from '@mall/common';
import {
  DateTimeField,
  IntField,
  LocalDateField,
  StringField,
} from '../../../oms/shared/dto-fields';

/** Body of `/flash/create` and `/flash/update/:id` (`SmsFlashPromotion`). */
export class FlashPromotionDto {
  @StringField({ example: '每日限时秒杀' })
  title?: string | null;

  @LocalDateField({ description: '开始日期 (YYYY-MM-DD, ISO date-time or epoch ms)' })
  startDate?: string | null;

  @LocalDateField({ description: '结束日期 (YYYY-MM-DD, ISO date-time or epoch ms)' })
  endDate?: string | null;

  @IntField({ description: '上下线状态：0->下线；1->上线' })
  status?: number | null;

  @DateTimeField({ description: '创建时间 (update only; create uses now)' })
  createTime?: Date | null;
}

export class FlashPromotionStatusParams {
  @IntField({ required: true, description: '上下线状态：0->下线；1->上线' })
  status!: number;
}

export class FlashPromotionQueryDto extends PageQuery {
  @StringField({ description: '活动名称 (contains)' })
  keyword?: string;
}
