import { Module } from '@nestjs/common';
import { ProductDetailLoader } from './product-detail.loader';
import { ProductController } from './product.controller';
import { ProductService } from './product.service';

@Module({
  controllers: [ProductController],
  providers: [ProductDetailLoader, ProductService],
})
export class ProductModule {}
