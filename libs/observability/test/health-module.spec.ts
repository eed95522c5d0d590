import {
  Controller,
  Get,
  Injectable,
  Module,
  OnModuleInit,
  Param,
  Post,
  Res,
} from '@nestjs/common';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import type { FastifyReply } from 'fastify';
import {
  HealthIndicator,
  HealthModule,
  HealthRegistry,
  instrumentFastify,
  Metrics,
  RAW_RESPONSE_KEY,
  setEnvelopeCode,
} from '../src';
import { ActuatorController } from '../src/health/actuator.controller';
import { createLogger } from '../src/logging';
import { captureLogLines } from './support/log-capture';
import { sampleValue } from './support/prometheus-text';

@Injectable()
class DatabaseHealth implements HealthIndicator {
  readonly name = 'db';
  up = true;
  async check() {
    if (!this.up) throw new Error('connect ECONNREFUSED 127.0.0.1:3306');
    return { database: 'MariaDB' };
  }
}

/** A feature module that registers its own indicator and counter at start-up. */
@Injectable()
class CartService implements OnModuleInit {
  readonly orders;
  constructor(
    private readonly health: HealthRegistry,
    metrics: Metrics,
  ) {
    this.orders = metrics.counter('mall_orders_total', 'Orders by event', ['event']);
  }
  onModuleInit() {
    this.health.add({ name: 'redis', check: async () => undefined });
  }
}

@Controller('product')
class ProductController {
  constructor(private readonly cart: CartService) {}
  @Post('updateInfo/:id')
  update(@Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    this.cart.orders.inc({ event: 'created' });
    setEnvelopeCode(reply, 200);
    return { code: 200, message: '操作成功', data: Number(id) };
  }
  @Get('slow')
  slow() {
    return 'ok';
  }
}

@Module({ providers: [DatabaseHealth], exports: [DatabaseHealth] })
class DatabaseModule {}

@Module({ providers: [CartService], controllers: [ProductController] })
class CartModule {}

describe('HealthModule in a Nest application on Fastify', () => {
  let app: NestFastifyApplication;
  let metrics: Metrics;
  let lines: Record<string, unknown>[];

  beforeAll(async () => {
    metrics = new Metrics('mall-cart', { defaultMetrics: false });
    const captured = captureLogLines();
    lines = captured.lines;
    const moduleRef = await Test.createTestingModule({
      imports: [
        HealthModule.forRoot({
          service: 'mall-cart',
          version: '1.4.0',
          profile: 'test',
          metrics,
          indicators: [DatabaseHealth, { name: 'disk', check: async () => ({ free: 'plenty' }) }],
          checkTimeoutMs: 500,
        }),
        DatabaseModule,
        CartModule,
      ],
    }).compile();
    const adapter = new FastifyAdapter();
    instrumentFastify(adapter.getInstance(), {
      metrics,
      logger: createLogger('mall-cart', 'info', captured.destination),
    });
    app = moduleRef.createNestApplication<NestFastifyApplication>(adapter, { logger: false });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(() => app.close());

  const get = (url: string) => app.getHttpAdapter().getInstance().inject({ method: 'GET', url });

  it('reports every indicator, from tokens, instances and runtime registrations', async () => {
    const response = await get('/actuator/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'UP',
      components: {
        redis: { status: 'UP' },
        db: { status: 'UP', details: { database: 'MariaDB' } },
        disk: { status: 'UP', details: { free: 'plenty' } },
      },
    });
  });

  it('answers 503 with the failing component when a dependency is DOWN', async () => {
    const database = app.get(DatabaseHealth);
    database.up = false;
    try {
      const response = await get('/actuator/health');
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({
        status: 'DOWN',
        components: {
          db: { status: 'DOWN', details: { error: 'connect ECONNREFUSED 127.0.0.1:3306' } },
          redis: { status: 'UP' },
        },
      });
      const readiness = await get('/actuator/health/readiness');
      expect(readiness.statusCode).toBe(503);
      // Liveness never depends on other systems.
      const liveness = await get('/actuator/health/liveness');
      expect(liveness.statusCode).toBe(200);
      expect(liveness.json()).toEqual({ status: 'UP' });
    } finally {
      database.up = true;
    }
    expect((await get('/actuator/health/readiness')).statusCode).toBe(200);
  });

  it('serves the metrics text with the Prometheus content type', async () => {
    await app
      .getHttpAdapter()
      .getInstance()
      .inject({ method: 'POST', url: '/product/updateInfo/26' });
    const response = await get('/actuator/prometheus');

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(metrics.contentType);
    const series = { method: 'POST', route: '/product/updateInfo/:id', status: '201', code: '200' };
    expect(sampleValue(response.body, 'http_server_requests_seconds_count', series)).toBe(1);
    expect(sampleValue(response.body, 'mall_orders_total', { event: 'created' })).toBe(1);
  });

  it('labels Nest routes by template and unmatched paths as UNKNOWN, skipping /actuator', async () => {
    await get('/product/slow');
    await get('/product/nothing-here');
    const text = await metrics.render();

    expect(
      sampleValue(text, 'http_server_requests_seconds_count', { route: '/product/slow' }),
    ).toBe(1);
    expect(
      sampleValue(text, 'http_server_requests_seconds_count', { route: 'UNKNOWN', status: '404' }),
    ).toBe(1);
    expect(text).not.toContain('route="/actuator');
    expect(lines.every((line) => !String(line['url']).startsWith('/actuator'))).toBe(true);
  });

  it('describes the service at /actuator/info', async () => {
    const response = await get('/actuator/info');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      service: 'mall-cart',
      version: '1.4.0',
      profile: 'test',
      pid: process.pid,
    });
    expect(typeof response.json().uptimeSeconds).toBe('number');
  });

  it('marks the actuator endpoints as raw responses for the envelope interceptor', () => {
    expect(Reflect.getMetadata(RAW_RESPONSE_KEY, ActuatorController)).toBe(true);
  });

  it('provides Metrics and HealthRegistry to every module', () => {
    expect(app.get(Metrics)).toBe(metrics);
    expect(app.get(HealthRegistry).names()).toEqual(['redis', 'db', 'disk']);
  });
});
