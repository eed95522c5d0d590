import { Module } from '@nestjs/common';
import { OrderController } from './order.controller';
import { OrderCacheService } from './order-cache.service';
import { OrderService } from './order.service';

@Module({
  controllers: [OrderController],
  providers: [OrderService, OrderCacheService],
  exports: [OrderService],
})
export class OrderModule {}
