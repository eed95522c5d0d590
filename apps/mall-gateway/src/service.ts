import type { ServiceDefinition } from '@mall/bootstrap';
import { AppModule } from './app.module';
import { createGatewayServer } from './gateway-server';
import { gatewayAppSchema } from './gateway-settings';
import { installGateway } from './install-gateway';

/** How mall-gateway starts: used by main.ts and by tests that boot the service in-process. */
export const serviceDefinition: ServiceDefinition = {
  service: 'mall-gateway',
  description: '网关：路由、鉴权、限流、接口文档聚合',
  appModule: AppModule,
  uses: { redis: true },
  appSchema: gatewayAppSchema,
  serverFactory: createGatewayServer,
  beforeListen: installGateway,
};
