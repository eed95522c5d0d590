import type { ServiceDefinition } from '@mall/bootstrap';
import { AppModule } from './app.module';

/** How mall-member starts: used by main.ts and by tests that boot the service in-process. */
export const serviceDefinition: ServiceDefinition = {
  service: 'mall-member',
  description: 'mall会员系统：注册登录、收货地址、优惠券、浏览记录、收藏与关注',
  appModule: AppModule,
  uses: { mysql: true, redis: true, rabbitmq: true },
};
