import { Module } from '@nestjs/common';
import { OrderModule } from './order/order.module';

/** Feature modules of this service, one per domain. */
@Module({ imports: [OrderModule] })
export class AppModule {}
