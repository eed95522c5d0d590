import type { ServiceDefinition } from '@mall/bootstrap';
import { AppModule } from './app.module';

/** How mall-admin starts: used by main.ts and by tests that boot the service in-process. */
export const serviceDefinition: ServiceDefinition = {
  service: 'mall-admin',
  description: 'mall后台管理系统：商品、订单、营销、内容、权限',
  appModule: AppModule,
  uses: { mysql: true, redis: true, rabbitmq: true },
};
