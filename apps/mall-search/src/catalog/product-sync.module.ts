import { Module } from '@nestjs/common';
import { SearchIndexModule } from '../search-index/search-index.module';
import { ProductSyncListener } from './product-sync.listener';

/** Catalog change events of mall-admin → the search index. */
@Module({ imports: [SearchIndexModule], providers: [ProductSyncListener] })
export class ProductSyncModule {}
