import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { ApiException, ResultCode } from '@mall/common';
import { PmsSkuStock } from '@mall/db';
import { DataSource, Like, Repository } from 'typeorm';
import { SkuEditableField, updateProductSkus } from '../shared/sku-rows';
import { SkuStockUpdateItem } from './dto/sku-stock.dto';

/** The columns the original's REPLACE listed; promotion_price and lock_stock are never touched. */
const EDITABLE: SkuEditableField[] = [
  'skuCode',
  'price',
  'stock',
  'lowStock',
  'pic',
  'sale',
  'spData',
];

@Injectable()
export class SkuStockService {
  constructor(
    @InjectRepository(PmsSkuStock) private readonly skus: Repository<PmsSkuStock>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  list(productId: number, keyword: string | undefined): Promise<PmsSkuStock[]> {
    return this.skus.find({
      where: keyword ? { productId, skuCode: Like(`%${keyword}%`) } : { productId },
      order: { id: 'ASC' },
    });
  }

  /**
   * Writes the SKUs of product `productId` in one transaction. The original REPLACEd rows as sent
   * (any product, resetting lock_stock and promotion_price); here an id must be one of this
   * product's SKUs (updated in place, a field sent as null keeps its value), rows without id are
   * inserted under the product, and locked stock is never written. Answers the SKUs written.
   */
  async update(productId: number, items: SkuStockUpdateItem[]): Promise<number> {
    items.forEach((item, index) => {
      if (item.id == null && !item.skuCode) {
        throw new ApiException(
          ResultCode.VALIDATE_FAILED,
          `${index}.skuCode: a new SKU needs a skuCode`,
        );
      }
    });
    return this.dataSource.transaction(async (em) => {
      const current: Array<{ id: string | number }> = await em.query(
        'SELECT id FROM pms_sku_stock WHERE product_id = ? FOR UPDATE',
        [productId],
      );
      const ids = new Set(current.map((row) => Number(row.id)));
      const foreign = items.findIndex((item) => item.id != null && !ids.has(item.id));
      if (foreign >= 0) {
        throw new ApiException(
          ResultCode.VALIDATE_FAILED,
          `${foreign}.id: SKU ${items[foreign].id} 不属于商品 ${productId}`,
        );
      }
      const added = items.filter((item) => item.id == null);
      if (added.length > 0) {
        await em.insert(
          PmsSkuStock,
          added.map((item) => ({
            productId,
            skuCode: item.skuCode ?? '',
            price: item.price ?? undefined,
            stock: item.stock ?? undefined,
            lowStock: item.lowStock ?? undefined,
            pic: item.pic ?? undefined,
            sale: item.sale ?? undefined,
            spData: item.spData ?? undefined,
          })),
        );
      }
      const kept = items.filter(
        (item): item is SkuStockUpdateItem & { id: number } => item.id != null,
      );
      await updateProductSkus(em, productId, kept, EDITABLE);
      return items.length;
    });
  }
}
