import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional } from 'class-validator';

/** `useStatus` of `/member/coupon/list` and `/member/coupon/listHistory`. */
export class CouponUseStatusQuery {
  @ApiPropertyOptional({
    description: '优惠券筛选类型:0->未使用；1->已使用；2->已过期',
    enum: [0, 1, 2],
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @IsIn([0, 1, 2])
  useStatus?: number;
}
