import { Module } from '@nestjs/common';
import { BrandModule } from './brand/brand.module';
import { CatalogEventsModule } from './catalog/catalog-events.module';
import { HomeModule } from './home/home.module';
import { ProductModule } from './product/product.module';
import { PromotionModule } from './promotion/promotion.module';
import { ReturnApplyModule } from './return-apply/return-apply.module';

/** Feature modules of this service, one per domain. */
@Module({
  imports: [
    HomeModule,
    ProductModule,
    BrandModule,
    ReturnApplyModule,
    PromotionModule,
    CatalogEventsModule,
  ],
})
export class AppModule {}
