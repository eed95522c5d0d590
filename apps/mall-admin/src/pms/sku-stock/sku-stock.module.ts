import { Module } from '@nestjs/common';
import { SkuStockController } from './sku-stock.controller';
import { SkuStockService } from './sku-stock.service';

@Module({ controllers: [SkuStockController], providers: [SkuStockService] })
export class SkuStockModule {}
