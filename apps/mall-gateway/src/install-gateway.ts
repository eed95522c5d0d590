import type { MallConfig } from '@mall/config';
import { ConfigSource } from '@mall/config';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { registerCors } from './cors/cors';
import { GatewayRuntime } from './gateway-runtime';
import type { GatewaySettings } from './gateway-settings';
import { gatewayProxy } from './routing/gateway-proxy';
import { registerAggregatedSwaggerUi } from './swagger/aggregated-docs';

/**
 * Adds the gateway to the service's Fastify instance before it listens: CORS for every route, the
 * aggregated Swagger UI, and the proxy for `/<service>/**`. The gateway's own `/actuator/**`,
 * `/swagger-ui`, `/v3/api-docs` and `/swagger-resources` stay local.
 */
export async function installGateway(app: NestFastifyApplication): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  const runtime = app.get(GatewayRuntime);
  const config = app.get(ConfigSource).current as MallConfig<GatewaySettings>;

  registerCors(fastify);
  registerAggregatedSwaggerUi(fastify, () => runtime.settings.routes);
  await fastify.register(gatewayProxy, {
    runtime,
    bodyLimitBytes: config.server.bodyLimitBytes,
    services: config.app.routes,
  });
  runtime.warmUp();
}
