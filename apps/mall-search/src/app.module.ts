import { Module } from '@nestjs/common';
import { ProductSyncModule } from './catalog/product-sync.module';
import { EsProductModule } from './es-product/es-product.module';

/** Feature modules of this service, one per domain. */
@Module({ imports: [EsProductModule, ProductSyncModule] })
export class AppModule {}
