import { Module } from '@nestjs/common';
import { GatewayRuntime } from './gateway-runtime';
import { SwaggerResourcesController } from './swagger/swagger-resources.controller';

/**
 * The gateway's Nest side: the runtime the proxy consults (settings, token verifier, RBAC map,
 * rate limits) and the gateway's own documentation endpoints. The proxy itself is a Fastify plugin
 * installed by `installGateway` (service.ts), outside Nest's request pipeline, for speed.
 */
@Module({
  providers: [GatewayRuntime],
  controllers: [SwaggerResourcesController],
})
export class AppModule {}
