import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsDefined, IsIn, IsInt, IsOptional, Min } from 'class-validator';

/** Body of `POST /order/generateOrder` (the original's OrderParam). */
export class OrderParamDto {
  @ApiPropertyOptional({ description: '收货地址ID' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  memberReceiveAddressId?: number | null;

  @ApiPropertyOptional({ description: '优惠券ID (sms_coupon.id)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  couponId?: number | null;

  @ApiPropertyOptional({ description: '使用的积分数' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  useIntegration?: number | null;

  @ApiProperty({ description: '支付方式：0->未支付；1->支付宝；2->微信', enum: [0, 1, 2] })
  @IsIn([0, 1, 2])
  @IsDefined()
  @Type(() => Number)
  payType!: number;

  @ApiProperty({
    type: [Number],
    description: '被选中的购物车商品ID；[] 表示整个购物车',
  })
  @IsInt({ each: true })
  @IsArray()
  @IsDefined()
  @Type(() => Number)
  cartIds!: number[];
}
