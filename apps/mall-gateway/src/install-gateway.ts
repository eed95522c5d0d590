import type { ServiceContext } from '@mall/bootstrap';
import type { MallConfig } from '@mall/config';
import { ConfigSource } from '@mall/config';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { registerCors } from './cors/cors';
import { GatewayRuntime } from './gateway-runtime';
import { takeRequestsBeforeFastify } from './gateway-server';
import type { GatewaySettings } from './gateway-settings';
import { GatewayProxy } from './routing/gateway-proxy';
import { ProxyRequestLog } from './routing/proxy-request-log';
import { registerAggregatedSwaggerUi } from './swagger/aggregated-docs';

/**
 * Adds the gateway to the service before it listens: the proxy for `/<service>/**`, which takes
 * its requests from node's server before Fastify (see gateway-server.ts), and, on the Fastify side,
 * CORS and the aggregated Swagger UI. The gateway's own `/actuator/**`, `/swagger-ui`,
 * `/v3/api-docs` and `/swagger-resources` stay Fastify routes.
 */
export function installGateway(app: NestFastifyApplication, context: ServiceContext): void {
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  const runtime = app.get(GatewayRuntime);
  const config = app.get(ConfigSource).current as MallConfig<GatewaySettings>;

  registerCors(fastify);
  registerAggregatedSwaggerUi(fastify, () => runtime.settings.routes);
  const proxy = new GatewayProxy({
    runtime,
    bodyLimitBytes: config.server.bodyLimitBytes,
    services: config.app.routes,
    log: new ProxyRequestLog(context.metrics, context.logger),
  });
  takeRequestsBeforeFastify(app.getHttpServer(), proxy);
  fastify.addHook('onClose', (_instance, done) => {
    proxy.close();
    done();
  });
  runtime.warmUp();
}
