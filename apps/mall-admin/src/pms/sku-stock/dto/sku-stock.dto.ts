import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { SkuStockDto } from '../../product/dto/product-children.dto';

/** `GET /sku/:pid` */
export class SkuListQuery {
  @ApiPropertyOptional({ description: 'part of the SKU code' })
  @IsString()
  @IsOptional()
  keyword?: string;
}

/**
 * An item of `POST /sku/update/:pid`: with `id` = that SKU of the product is updated, without =
 * a new SKU of the product (its `skuCode` is then required). `productId`, `promotionPrice` and
 * `lockStock` in the body are ignored.
 */
export class SkuStockUpdateItem extends SkuStockDto {}
