import { PageQuery } from '@mall/common';
import { DateTimeField, IntField, StringField } from '../../../oms/shared/dto-fields';

/** Body of `/home/advertise/create` and `/home/advertise/update/:id` (`SmsHomeAdvertise`). */
export class HomeAdvertiseDto {
  @StringField({ example: '夏季大热促销' })
  name?: string | null;

  @IntField({ description: '轮播位置：0->PC首页轮播；1->app首页轮播' })
  type?: number | null;

  @StringField()
  pic?: string | null;

  @DateTimeField()
  startTime?: Date | null;

  @DateTimeField()
  endTime?: Date | null;

  @IntField({ description: '上下线状态：0->下线；1->上线' })
  status?: number | null;

  @IntField({ description: '点击数 (create: 0)' })
  clickCount?: number | null;

  @IntField({ description: '下单数 (create: 0)' })
  orderCount?: number | null;

  @StringField({ description: '链接地址' })
  url?: string | null;

  @StringField({ description: '备注' })
  note?: string | null;

  @IntField({ description: '排序' })
  sort?: number | null;
}

export class HomeAdvertiseStatusParams {
  @IntField({ required: true, description: '上下线状态：0->下线；1->上线' })
  status!: number;
}

export class HomeAdvertiseQueryDto extends PageQuery {
  @StringField({ description: '广告名称 (contains)' })
  name?: string;

  @IntField({ description: '轮播位置：0->PC首页轮播；1->app首页轮播' })
  type?: number;

  @StringField({ description: '结束日期 yyyy-MM-dd: adverts ending that day' })
  endTime?: string;
}
