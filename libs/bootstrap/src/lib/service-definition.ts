import type { Type } from '@nestjs/common';
import type { Logger, Metrics } from '@mall/observability';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import type { ZodTypeAny } from 'zod';

/** Fastify's handler of one request, as node's `http` server calls it. */
export type FastifyRequestListener = RequestListener<typeof IncomingMessage, typeof ServerResponse>;

/** What the bootstrap built for the service, for hooks that work below Nest (e.g. a proxy). */
export interface ServiceContext {
  /** The service's logger (the one behind the access log). */
  logger: Logger;
  metrics: Metrics;
}

/** What a service tells the bootstrap about itself; everything else comes from configuration. */
export interface ServiceDefinition {
  /** Service id, e.g. `mall-admin`: config file name, metrics label, registry name. */
  service: string;
  /** One line for the OpenAPI document. */
  description: string;
  appModule: Type<unknown>;
  /** Infrastructure the service needs; each is connected, health-checked and measured. */
  uses?: { mysql?: boolean; redis?: boolean; rabbitmq?: boolean };
  /** Validates the service-specific `app:` section of its configuration. */
  appSchema?: ZodTypeAny;
  /**
   * Creates the node HTTP server Fastify listens with (Fastify's `serverFactory`): for a service
   * that answers some requests below Fastify and hands the others to `fastifyHandler`. The
   * bootstrap applies the `server` settings (keep-alive timeout) to the server returned.
   */
  serverFactory?: (fastifyHandler: FastifyRequestListener) => Server;
  /** Last chance to touch the Fastify app before it listens (e.g. the gateway's proxy). */
  beforeListen?: (app: NestFastifyApplication, context: ServiceContext) => void | Promise<void>;
}
