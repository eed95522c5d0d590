import { Module } from '@nestjs/common';
import { SearchIndexModule } from '../search-index/search-index.module';
import { EsProductController } from './es-product.controller';
import { EsProductService } from './es-product.service';

/** `/esProduct/**`: search, recommendation, related info and index maintenance. */
@Module({
  imports: [SearchIndexModule],
  controllers: [EsProductController],
  providers: [EsProductService],
})
export class EsProductModule {}
