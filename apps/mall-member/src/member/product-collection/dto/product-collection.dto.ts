import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Min } from 'class-validator';

/**
 * Body of `/member/productCollection/add` (MemberProductCollection). Only `productId` is read: the
 * member fields come from the token and the product fields from the catalogue.
 */
export class ProductCollectionAddDto {
  @ApiProperty({ description: '商品id' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  productId!: number;
}

/** `productId` of `/member/productCollection/delete`: optional, as in the original. */
export class OptionalProductIdParams {
  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  productId?: number;
}

/** `productId` of `/member/productCollection/detail`: required. */
export class ProductIdQuery {
  @ApiProperty()
  @Type(() => Number)
  @IsInt()
  productId!: number;
}
