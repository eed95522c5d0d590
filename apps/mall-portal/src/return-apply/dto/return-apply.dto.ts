import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';

/**
 * Body of `POST /returnApply/create` (the original's OmsOrderReturnApplyParam). The order number,
 * member name and product fields a client may also send (`orderSn`, `memberUsername`, `productPic`,
 * `productName`, `productBrand`, `productPrice`, `productRealPrice`) are not trusted: they are read
 * from the order and its item.
 */
export class OmsOrderReturnApplyParam {
  @ApiProperty({ description: 'order id' })
  @Type(() => Number)
  @IsInt()
  orderId!: number;

  @ApiProperty({ description: 'product id of the returned order item' })
  @Type(() => Number)
  @IsInt()
  productId!: number;

  @ApiPropertyOptional({ description: 'sales attributes of the item, picks the SKU line' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  productAttr?: string;

  @ApiPropertyOptional({ default: 1, description: 'units to return' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  productCount?: number;

  @ApiPropertyOptional({ description: 'contact name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  returnName?: string;

  @ApiPropertyOptional({ description: 'contact phone' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  returnPhone?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  reason?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string;

  @ApiPropertyOptional({ description: 'proof pictures, comma separated' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  proofPics?: string;
}
