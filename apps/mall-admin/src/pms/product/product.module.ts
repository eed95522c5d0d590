import { Module } from '@nestjs/common';
import { PmsSharedModule } from '../shared/pms-shared.module';
import { ProductCountCache } from './product-count-cache';
import { ProductController } from './product.controller';
import { ProductService } from './product.service';

@Module({
  imports: [PmsSharedModule],
  controllers: [ProductController],
  providers: [ProductService, ProductCountCache],
})
export class ProductModule {}
