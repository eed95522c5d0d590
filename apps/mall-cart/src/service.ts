import type { ServiceDefinition } from '@mall/bootstrap';
import { AppModule } from './app.module';

/** How mall-cart starts: used by main.ts and by tests that boot the service in-process. */
export const serviceDefinition: ServiceDefinition = {
  service: 'mall-cart',
  description: 'mall购物车系统',
  appModule: AppModule,
  uses: { mysql: true, redis: true, rabbitmq: true },
};
