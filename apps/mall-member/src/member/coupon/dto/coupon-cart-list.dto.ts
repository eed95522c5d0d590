import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsInt, IsNumber, IsOptional, Min, ValidateNested } from 'class-validator';
import type { CouponCartLine } from '@mall/shop';

/** The CartPromotionItem fields coupon eligibility reads; other fields of a line are ignored. */
export class CouponCartItemDto implements CouponCartLine {
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  productId?: number | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  productCategoryId?: number | null;

  @ApiPropertyOptional({ description: 'unit price' })
  @IsOptional()
  @IsNumber()
  price?: number | null;

  @ApiPropertyOptional({ description: 'promotion discount per unit' })
  @IsOptional()
  @IsNumber()
  reduceAmount?: number | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  quantity?: number | null;
}

/** Body of the internal `POST /member/coupon/cartList` (the original's OmsCartItemVo). */
export class CouponCartListDto {
  @ApiProperty({ type: [CouponCartItemDto] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CouponCartItemDto)
  cartItemList!: CouponCartItemDto[];
}
