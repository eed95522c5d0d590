import type { ServiceDefinition } from '@mall/bootstrap';
import { AppModule } from './app.module';
import { stringifyNonNull } from './config/non-null-json';
import { portalAppSchema } from './config/portal-config';

/** How mall-portal starts: used by main.ts and by tests that boot the service in-process. */
export const serviceDefinition: ServiceDefinition = {
  service: 'mall-portal',
  description: 'mall前台系统：首页、商品、品牌、退货申请、促销计算',
  appModule: AppModule,
  uses: { mysql: true, redis: true, rabbitmq: true },
  appSchema: portalAppSchema,
  beforeListen: (app) => {
    // Routes are registered when the app initialises (inside listen), so they take this serializer.
    app
      .getHttpAdapter()
      .getInstance()
      .setReplySerializer((payload) => stringifyNonNull(payload));
  },
};
