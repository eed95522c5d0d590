import { PageQuery } from '@mall/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsOptional, ValidateNested } from 'class-validator';
import {
  AmountField,
  DateTimeField,
  IntField,
  IntInField,
  StringField,
} from '../../../oms/shared/dto-fields';

/** `useType`: where a coupon applies. */
export const CouponUseType = { ALL: 0, CATEGORIES: 1, PRODUCTS: 2 } as const;

export class CouponProductRelationDto {
  @IntField({ required: true, description: '商品id' })
  productId!: number;

  @StringField({ description: '商品名称' })
  productName?: string | null;

  @StringField({ description: '商品编码' })
  productSn?: string | null;
}

export class CouponProductCategoryRelationDto {
  @IntField({ required: true, description: '商品分类id' })
  productCategoryId!: number;

  @StringField({ description: '产品分类名称' })
  productCategoryName?: string | null;

  @StringField({ description: '父分类名称' })
  parentCategoryName?: string | null;
}

/** `SmsCouponParam`: the coupon's columns plus the products or categories it applies to. */
export class CouponParamDto {
  @IntField({ description: '优惠券类型；0->全场赠券；1->会员赠券；2->购物赠券；3->注册赠券' })
  type?: number | null;

  @StringField({ example: '满100减10' })
  name?: string | null;

  @IntField({ description: '使用平台：0->全部；1->移动；2->PC' })
  platform?: number | null;

  @IntField({ description: '数量 (create: set from publishCount)' })
  count?: number | null;

  @AmountField({ description: '金额' })
  amount?: number | null;

  @IntField({ description: '每人限领张数' })
  perLimit?: number | null;

  @AmountField({ description: '使用门槛；0表示无门槛' })
  minPoint?: number | null;

  @DateTimeField()
  startTime?: Date | null;

  @DateTimeField()
  endTime?: Date | null;

  @IntInField([0, 1, 2], {
    required: true,
    description: '使用类型：0->全场通用；1->指定分类；2->指定商品',
  })
  useType!: number;

  @StringField({ description: '备注' })
  note?: string | null;

  @IntField({ description: '发行数量' })
  publishCount?: number | null;

  @IntField({ description: '已使用数量 (create: 0)' })
  useCount?: number | null;

  @IntField({ description: '领取数量 (create: 0)' })
  receiveCount?: number | null;

  @DateTimeField({ description: '可以领取的日期' })
  enableTime?: Date | null;

  @StringField({ description: '优惠码' })
  code?: string | null;

  @IntField({ description: '可领取的会员类型：0->无限制' })
  memberLevel?: number | null;

  @ApiPropertyOptional({ type: [CouponProductRelationDto] })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CouponProductRelationDto)
  productRelationList?: CouponProductRelationDto[] | null;

  @ApiPropertyOptional({ type: [CouponProductCategoryRelationDto] })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CouponProductCategoryRelationDto)
  productCategoryRelationList?: CouponProductCategoryRelationDto[] | null;
}

/** Query of `GET /coupon/list`. */
export class CouponQueryDto extends PageQuery {
  @StringField({ description: '优惠券名称 (contains)' })
  name?: string;

  @IntField({ description: '优惠券类型' })
  type?: number;
}
