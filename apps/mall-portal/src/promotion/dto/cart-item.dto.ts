import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNumber, IsOptional, IsString } from 'class-validator';

/**
 * A cart line (OmsCartItem) as mall-cart sends it. Only productId, productSkuId, quantity and price
 * are read; the other fields are copied to the answer unchanged.
 */
export class CartItemDto {
  @ApiPropertyOptional() @IsOptional() @IsInt() id?: number | null;
  @ApiPropertyOptional() @IsOptional() @IsInt() productId?: number | null;
  @ApiPropertyOptional() @IsOptional() @IsInt() productSkuId?: number | null;
  @ApiPropertyOptional() @IsOptional() @IsInt() memberId?: number | null;
  @ApiPropertyOptional() @IsOptional() @IsInt() quantity?: number | null;
  @ApiPropertyOptional() @IsOptional() @IsNumber() price?: number | null;
  @ApiPropertyOptional() @IsOptional() @IsString() productPic?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() productName?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() productSubTitle?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() productSkuCode?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() memberNickname?: string | null;
  /** Dates pass through as sent (ISO text or epoch milliseconds). */
  @ApiPropertyOptional() @IsOptional() createDate?: string | number | null;
  @ApiPropertyOptional() @IsOptional() modifyDate?: string | number | null;
  @ApiPropertyOptional() @IsOptional() @IsInt() deleteStatus?: number | null;
  @ApiPropertyOptional() @IsOptional() @IsInt() productCategoryId?: number | null;
  @ApiPropertyOptional() @IsOptional() @IsString() productBrand?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() productSn?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() productAttr?: string | null;
}
