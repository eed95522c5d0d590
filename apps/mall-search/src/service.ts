import type { ServiceDefinition } from '@mall/bootstrap';
import { AppModule } from './app.module';
import { searchAppSchema } from './config/search-config';

/** How mall-search starts: used by main.ts and by tests that boot the service in-process. */
export const serviceDefinition: ServiceDefinition = {
  service: 'mall-search',
  description: 'mall搜索系统：商品搜索、推荐、关联信息',
  appModule: AppModule,
  uses: { mysql: true, rabbitmq: true },
  appSchema: searchAppSchema,
};
