import type { ServiceDefinition } from '@mall/bootstrap';
import { AppModule } from './app.module';
import { orderAppSchema } from './order-settings';

/** How mall-order starts: used by main.ts and by tests that boot the service in-process. */
export const serviceDefinition: ServiceDefinition = {
  service: 'mall-order',
  description: 'mall订单系统：确认、下单、支付、取消、收货',
  appModule: AppModule,
  uses: { mysql: true, redis: true, rabbitmq: true },
  appSchema: orderAppSchema,
};
