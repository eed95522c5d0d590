import type { ServiceDefinition } from '@mall/bootstrap';
import { AppModule } from './app.module';

/** How mall-portal starts: used by main.ts and by tests that boot the service in-process. */
export const serviceDefinition: ServiceDefinition = {
  service: 'mall-portal',
  description: 'mall前台系统：首页、商品、品牌、退货申请、促销计算',
  appModule: AppModule,
  uses: { mysql: true, redis: true, rabbitmq: true },
};
