import {
  DateTimeField,
  IntField,
  LocalTimeField,
  StringField,
} from '../../../oms/shared/dto-fields';

/** Body of `/flashSession/create` and `/flashSession/update/:id` (`SmsFlashPromotionSession`). */
export class FlashSessionDto {
  @StringField({ description: '场次名称', example: '08:00' })
  name?: string | null;

  @LocalTimeField({ description: '每日开始时间 (HH:mm:ss, ISO date-time or epoch ms)' })
  startTime?: string | null;

  @LocalTimeField({ description: '每日结束时间 (HH:mm:ss, ISO date-time or epoch ms)' })
  endTime?: string | null;

  @IntField({ description: '启用状态：0->不启用；1->启用' })
  status?: number | null;

  @DateTimeField({ description: '创建时间 (update only; create uses now)' })
  createTime?: Date | null;
}

export class FlashSessionStatusParams {
  @IntField({ required: true, description: '启用状态：0->不启用；1->启用' })
  status!: number;
}

export class FlashSessionSelectQuery {
  @IntField({ required: true, description: '限时购活动id' })
  flashPromotionId!: number;
}
