import { DynamicModule, INestApplication, Module } from '@nestjs/common';
import { APP_INTERCEPTOR, NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { createValidationPipe, EnvelopeExceptionFilter, toEnvelopeError } from '@mall/common';
import { answerClientError } from './client-error';
import {
  ConfigError,
  ConfigSource as AnyConfigSource,
  loadConfig,
  MallConfig,
  MallConfigModule,
} from '@mall/config';

type ConfigSource = AnyConfigSource<unknown>;
import { DatabaseModule, dbHealthCheck, poolStats } from '@mall/db';
import { DiscoveryModule, SERVICE_REGISTRY, ServiceRegistry } from '@mall/discovery';
import {
  MessagingModule,
  rabbitHealthIndicator,
  rabbitMetrics,
  RabbitConnection,
} from '@mall/messaging';
import {
  createLogger,
  flushTracing,
  HealthModule,
  HealthRegistry,
  instrumentFastify,
  Logger as PinoLogger,
  markShuttingDown,
  Metrics,
  NestPinoLogger,
  setEnvelopeCode,
} from '@mall/observability';
import { REDIS, redisHealthIndicator, redisMetrics, RedisModule } from '@mall/redis';
import type { FastifyError, FastifyReply, FastifyRequest, FastifyServerFactory } from 'fastify';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { EnvelopeCodeInterceptor } from './envelope-code.interceptor';
import { ServiceDefinition } from './service-definition';

export interface StartedService {
  app: NestFastifyApplication;
  config: ConfigSource;
  logger: PinoLogger;
  url: string;
  /** Graceful stop: readiness DOWN, deregister, drain, close pools. */
  shutdown(signal?: string): Promise<void>;
}

/** Fails start-up with one line when a `uses` dependency has no settings. */
function required<T>(value: T | undefined, key: string, service: string): T {
  if (value === undefined) {
    throw new ConfigError([
      { key, source: service, problem: `required by ${service} but not set`, missing: true },
    ]);
  }
  return value;
}

function rootModule(
  definition: ServiceDefinition,
  source: ConfigSource,
  metrics: Metrics,
): DynamicModule {
  const config: MallConfig<unknown> = source.current;
  const uses = definition.uses ?? {};
  const imports: DynamicModule['imports'] = [
    MallConfigModule.forRoot(source),
    HealthModule.forRoot({ metrics, service: definition.service, profile: source.profile }),
    DiscoveryModule.forRoot(),
  ];
  if (uses.mysql)
    imports.push(DatabaseModule.forRoot(required(config.mysql, 'mysql', definition.service)));
  if (uses.redis) {
    imports.push(
      RedisModule.forRoot(required(config.redis, 'redis', definition.service), {
        name: definition.service,
      }),
    );
  }
  if (uses.rabbitmq) {
    imports.push(
      MessagingModule.forRoot(required(config.rabbitmq, 'rabbitmq', definition.service)),
    );
  }
  imports.push(definition.appModule);

  @Module({})
  class ServiceRootModule {}
  return {
    module: ServiceRootModule,
    imports,
    providers: [{ provide: APP_INTERCEPTOR, useClass: EnvelopeCodeInterceptor }],
  };
}

/** Health indicators and pool gauges for the infrastructure the service uses. */
function watchDependencies(
  app: INestApplication,
  definition: ServiceDefinition,
  metrics: Metrics,
): void {
  const health = app.get(HealthRegistry);
  const uses = definition.uses ?? {};
  if (uses.mysql) {
    const ds = app.get(DataSource);
    health.add({ name: 'db', check: () => dbHealthCheck(ds) });
    metrics.registerGauge(
      'db_pool_connections',
      'MySQL pool connections by state',
      ['state'],
      (gauge) => {
        const stats = poolStats(ds);
        gauge.set({ state: 'total' }, stats.total);
        gauge.set({ state: 'idle' }, stats.idle);
        gauge.set({ state: 'waiting' }, stats.waiting);
      },
    );
  }
  if (uses.redis) {
    const redis = app.get<Redis>(REDIS);
    health.add(redisHealthIndicator(redis));
    const connected = redisMetrics(redis);
    metrics.registerGauge('redis_connected', 'Redis connection up (1) or down (0)', [], (g) =>
      g.set(connected()),
    );
  }
  if (uses.rabbitmq) {
    const rabbit = app.get(RabbitConnection);
    health.add(rabbitHealthIndicator(rabbit));
    const stats = rabbitMetrics(rabbit);
    metrics.registerGauge('rabbitmq_connected', 'RabbitMQ connection up (1) or down (0)', [], (g) =>
      g.set(stats().connected),
    );
  }
}

function setUpOpenApi(app: NestFastifyApplication, definition: ServiceDefinition): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(definition.service)
      .setDescription(definition.description)
      .setVersion(process.env['npm_package_version'] ?? '1.0')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'Authorization')
      .build(),
  );
  SwaggerModule.setup('swagger-ui', app, document, { jsonDocumentUrl: 'v3/api-docs' });
}

/**
 * Wraps a service's own server factory so its server gets the timeouts Fastify gives the servers it
 * creates itself (Fastify leaves a factory-made server as it is): the keep-alive timeout of the
 * configuration, and Fastify's request and connection timeouts (0 = none, unlike node's defaults).
 */
function serviceServerFactory(
  create: NonNullable<ServiceDefinition['serverFactory']>,
): FastifyServerFactory {
  return (handler, options) => {
    const server = create(handler);
    server.keepAliveTimeout = Number(options['keepAliveTimeout']);
    server.requestTimeout = Number(options['requestTimeout'] ?? 0);
    server.setTimeout(Number(options['connectionTimeout'] ?? 0));
    return server;
  };
}

/**
 * Starts one service: configuration, logging, metrics, Nest on Fastify, health, OpenAPI, listen, register.
 * Returns once the service accepts requests.
 */
export interface StartOptions {
  /** Environment the configuration reads instead of process.env (tests pass a scratch database). */
  env?: NodeJS.ProcessEnv;
  configDir?: string;
}

export async function startService(
  definition: ServiceDefinition,
  options: StartOptions = {},
): Promise<StartedService> {
  const { service } = definition;
  // The app section's type is the app's business; the bootstrap only reads the common sections.
  const source = (await loadConfig(service, {
    appSchema: definition.appSchema,
    env: options.env,
    configDir: options.configDir,
  })) as unknown as ConfigSource;
  const config = source.current;
  const logger = createLogger(service, config.observability.logLevel);
  const metrics = new Metrics(service);

  const adapter = new FastifyAdapter({
    bodyLimit: config.server.bodyLimitBytes,
    keepAliveTimeout: config.server.keepAliveTimeoutMs,
    trustProxy: true,
    ...(definition.serverFactory && {
      serverFactory: serviceServerFactory(definition.serverFactory),
    }),
    // Fastify's own logger stays off: the access log comes from instrumentFastify, one line per request.
    logger: false,
    // Errors Fastify raises before routing (a malformed %-escape in the URL, …) answer in the envelope too.
    frameworkErrors: (error: FastifyError, _request: FastifyRequest, reply: FastifyReply) => {
      const mapped = toEnvelopeError(error);
      setEnvelopeCode(reply, mapped.body.code);
      void reply.status(mapped.httpStatus).send(mapped.body);
    },
    // …and so do requests node's HTTP parser refuses before Fastify routes them.
    clientErrorHandler: answerClientError,
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    rootModule(definition, source, metrics),
    adapter,
    {
      logger: new NestPinoLogger(logger),
      bufferLogs: false,
      abortOnError: false,
    },
  );
  try {
    const fastify = app.getHttpAdapter().getInstance();
    instrumentFastify(fastify, { metrics, logger });
    // The original answers every success with HTTP 200; Nest would answer POST with 201.
    fastify.addHook('onSend', async (_request, reply, payload) => {
      if (reply.statusCode === 201) reply.code(200);
      return payload;
    });
    app.useGlobalPipes(createValidationPipe());
    app.useGlobalFilters(
      new EnvelopeExceptionFilter((reply, code) => setEnvelopeCode(reply as object, code)),
    );
    watchDependencies(app, definition, metrics);
    setUpOpenApi(app, definition);
    await definition.beforeListen?.(app, { logger, metrics });
    await app.listen({ port: config.server.port, host: config.server.host });
  } catch (error) {
    // Close what started (pools, connections) so a failed start does not keep the process alive.
    await app.close().catch(() => undefined);
    await source.close().catch(() => undefined);
    throw error;
  }
  // The bound port: differs from the configured one when that is 0 (tests).
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.server.port;

  const registry = app.get<ServiceRegistry>(SERVICE_REGISTRY);
  const advertisedHost = process.env['POD_IP'] ?? process.env['SERVICE_HOST'] ?? '127.0.0.1';
  await registry.register({ service, host: advertisedHost, port }).catch((error: unknown) => {
    logger.warn({ err: error }, `registration in ${registry.mode} registry failed; serving anyway`);
  });

  let stopping: Promise<void> | undefined;
  const shutdown = (signal = 'shutdown'): Promise<void> => {
    stopping ??= (async () => {
      logger.info({ signal }, `${service} shutting down`);
      markShuttingDown();
      await registry.deregister().catch(() => undefined);
      // Let load balancers notice the readiness change before connections are refused.
      const drainDelay = Number(process.env['SHUTDOWN_DRAIN_DELAY_MS'] ?? 0);
      if (drainDelay > 0) await new Promise((resolve) => setTimeout(resolve, drainDelay));
      await app.close();
      await registry.close().catch(() => undefined);
      await source.close();
      await flushTracing();
      logger.info(`${service} stopped`);
      logger.flush();
    })();
    return stopping;
  };

  const readyMs = Math.round(process.uptime() * 1000);
  logger.info(
    { port, readyMs, rssBytes: process.memoryUsage().rss, profile: source.profile },
    `${service} ready on port ${port} in ${readyMs} ms`,
  );
  return { app, config: source, logger, url: `http://127.0.0.1:${port}`, shutdown };
}

/**
 * The entry point of every app: starts the service, stops it gracefully on SIGTERM/SIGINT, and exits
 * with one clear line when start-up fails.
 */
export function runService(definition: ServiceDefinition): void {
  startService(definition).then(
    (started) => {
      const onSignal = (signal: NodeJS.Signals) => {
        const timeoutMs = started.config.current.server.shutdownTimeoutMs;
        const watchdog = setTimeout(() => {
          started.logger.error(
            `${definition.service} did not stop within ${timeoutMs} ms; exiting`,
          );
          process.exit(1);
        }, timeoutMs);
        watchdog.unref();
        started.shutdown(signal).then(
          () => process.exit(0),
          (error: unknown) => {
            started.logger.error({ err: error }, 'shutdown failed');
            process.exit(1);
          },
        );
      };
      process.once('SIGTERM', onSignal);
      process.once('SIGINT', onSignal);
    },
    (error: unknown) => {
      const message =
        error instanceof ConfigError
          ? error.message
          : `${definition.service} failed to start: ${error instanceof Error ? error.message : String(error)}`;
      process.stderr.write(`${message}\n`);
      if (
        !(error instanceof ConfigError) &&
        error instanceof Error &&
        process.env['LOG_LEVEL'] === 'debug'
      ) {
        process.stderr.write(`${error.stack}\n`);
      }
      process.exit(1);
    },
  );
}
