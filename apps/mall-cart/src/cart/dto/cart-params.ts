import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ToIdList } from '@mall/common';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsDefined,
  IsInt,
  IsOptional,
  IsString,
  Max,
  Min,
  MinLength,
} from 'class-validator';

// class-validator reports the constraint written closest to the property first, so presence
// checks sit at the bottom: a missing parameter is reported as missing, not as malformed.

/** Largest quantity one cart line may hold. */
export const MAX_LINE_QUANTITY = 9999;

/**
 * Body of `POST /cart/add` and `/cart/update/attr` (the original's OmsCartItem). The line is
 * built from the catalogue row of `productSkuId`; the product, price and display fields a client
 * sends are not trusted (ADR 0008).
 */
export class CartItemBody {
  @ApiPropertyOptional({ description: '要替换的购物车商品ID（仅 /cart/update/attr）' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  id?: number | null;

  @ApiPropertyOptional({ description: '商品ID；给出时必须是该SKU的商品' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  productId?: number | null;

  @ApiProperty({ description: '商品SKU ID' })
  @IsInt()
  @IsDefined()
  @Type(() => Number)
  productSkuId!: number;

  @ApiProperty({ minimum: 1, maximum: MAX_LINE_QUANTITY })
  @Max(MAX_LINE_QUANTITY)
  @Min(1)
  @IsInt()
  @IsDefined()
  @Type(() => Number)
  quantity!: number;
}

/** `POST /cart/addNew?productSkuCode&quantity`. */
export class AddBySkuCodeParams {
  @ApiProperty()
  @MinLength(1)
  @IsString()
  @IsDefined()
  productSkuCode!: string;

  @ApiProperty({ minimum: 1, maximum: MAX_LINE_QUANTITY })
  @Max(MAX_LINE_QUANTITY)
  @Min(1)
  @IsInt()
  @IsDefined()
  @Type(() => Number)
  quantity!: number;
}

/** `GET /cart/update/quantity?id&quantity`. */
export class UpdateQuantityParams {
  @ApiProperty()
  @IsInt()
  @IsDefined()
  @Type(() => Number)
  id!: number;

  @ApiProperty({ minimum: 1, maximum: MAX_LINE_QUANTITY })
  @Max(MAX_LINE_QUANTITY)
  @Min(1)
  @IsInt()
  @IsDefined()
  @Type(() => Number)
  quantity!: number;
}

/** Optional `cartIds` of `GET /cart/list/promotion` (none: the whole cart). */
export class OptionalCartIdsParams {
  @ApiPropertyOptional({ type: [Number] })
  @IsOptional()
  @IsInt({ each: true })
  @IsArray()
  @ToIdList()
  cartIds?: number[];
}
