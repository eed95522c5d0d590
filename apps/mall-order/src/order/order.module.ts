import { Module } from '@nestjs/common';
import { OmitNullsInterceptor } from './omit-nulls.interceptor';
import { OrderCacheService } from './order-cache.service';
import { OrderCancelQueue } from './order-cancel-queue';
import { OrderCancellationService } from './order-cancellation.service';
import { OrderCheckoutService } from './order-checkout.service';
import { OrderConfig } from './order-config';
import { OrderMetrics } from './order-metrics';
import { OrderPaymentService } from './order-payment.service';
import { OrderQueryService } from './order-query.service';
import { OrderSettingReader } from './order-setting.reader';
import { OrderStatusService } from './order-status.service';
import { OrderSweepScheduler } from './order-sweep.scheduler';
import { OrderController } from './order.controller';

/** `/order/**`: confirmation, generation, payment, cancellation (manual, delayed, sweep), receipt. */
@Module({
  controllers: [OrderController],
  providers: [
    OrderConfig,
    OrderMetrics,
    OrderSettingReader,
    OrderCacheService,
    OrderCancellationService,
    OrderCancelQueue,
    OrderSweepScheduler,
    OrderCheckoutService,
    OrderPaymentService,
    OrderQueryService,
    OrderStatusService,
    OmitNullsInterceptor,
  ],
})
export class OrderModule {}
