import type { ServiceDefinition } from '@mall/bootstrap';
import { AppModule } from './app.module';
import { authAppSchema } from './config/auth-config';

/** How mall-auth starts: used by main.ts and by tests that boot the service in-process. */
export const serviceDefinition: ServiceDefinition = {
  service: 'mall-auth',
  description: 'mall认证中心：令牌签发与公钥',
  appModule: AppModule,
  uses: { mysql: true, redis: true },
  appSchema: authAppSchema,
};
