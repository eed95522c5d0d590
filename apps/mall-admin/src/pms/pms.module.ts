import { Module } from '@nestjs/common';
import { BrandModule } from './brand/brand.module';
import { ProductModule } from './product/product.module';
import { AttributeModule } from './product-attribute/attribute.module';
import { AttributeCategoryModule } from './product-attribute-category/attribute-category.module';
import { ProductCategoryModule } from './product-category/product-category.module';
import { SkuStockModule } from './sku-stock/sku-stock.module';

/** PMS controllers of mall-admin: one sub-folder per controller (e.g. `pms/<name>/`). */
@Module({
  imports: [
    BrandModule,
    AttributeCategoryModule,
    AttributeModule,
    ProductCategoryModule,
    ProductModule,
    SkuStockModule,
  ],
})
export class PmsModule {}
