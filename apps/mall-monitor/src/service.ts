import type { ServiceDefinition } from '@mall/bootstrap';
import { AppModule } from './app.module';

/** How mall-monitor starts: used by main.ts and by tests that boot the service in-process. */
export const serviceDefinition: ServiceDefinition = {
  service: 'mall-monitor',
  description: 'mall监控中心：各服务实例的健康与指标总览',
  appModule: AppModule,
};
