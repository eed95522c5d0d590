import { Controller, Get, Module, Post } from '@nestjs/common';
import { CommonResult } from '@mall/common';
import { Metrics } from '@mall/observability';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { startService, StartedService } from './run-service';
import type { ServiceContext } from './service-definition';

@Controller('probe')
class ProbeController {
  @Post('create')
  create() {
    return CommonResult.success(1);
  }

  @Get('fail')
  fail(): never {
    throw new Error('boom');
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

/** Sends raw bytes on a fresh connection and collects everything the server writes until it closes. */
function rawExchange(url: string, request: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(Number(port), hostname, () => socket.write(Buffer.from(request)));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

describe('startService', () => {
  let started: StartedService;
  const inject = (method: 'GET' | 'POST', url: string) =>
    started.app.getHttpAdapter().getInstance().inject({ method, url });

  beforeAll(async () => {
    started = await startService(
      { service: 'mall-monitor', description: 'bootstrap test', appModule: ProbeModule },
      { env: { ...process.env, PORT: '0', SERVER_HOST: '127.0.0.1', LOG_LEVEL: 'silent' } },
    );
  });

  afterAll(() => started.shutdown('test'));

  it('answers a successful POST with HTTP 200 like the original', async () => {
    const res = await inject('POST', '/probe/create');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ code: 200, message: '操作成功', data: 1 });
  });

  it('answers a malformed URL escape in the envelope', async () => {
    const res = await inject('GET', '/probe/%E0%A4%A');
    expect(res.json()).toMatchObject({ data: null });
    expect(typeof res.json().code).toBe('number');
  });

  it('answers a request the HTTP parser refuses (raw UTF-8 in the URL) in the envelope', async () => {
    const answer = await rawExchange(
      started.url,
      'GET /probe/create?keyword=手机 HTTP/1.1\r\nHost: t\r\n\r\n',
    );
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(answer).toContain('Connection: close');
    const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as CommonResult<null>;
    expect(body).toEqual({
      code: 404,
      message: 'Malformed request URL (percent-encode non-ASCII characters and spaces)',
      data: null,
    });
  });

  it('hides an unexpected error behind HTTP 500 and the FAILED envelope', async () => {
    const res = await inject('GET', '/probe/fail');
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ code: 500, message: '操作失败', data: null });
  });

  it('serves health, metrics and the OpenAPI document', async () => {
    expect((await inject('GET', '/actuator/health')).json()).toMatchObject({ status: 'UP' });
    expect((await inject('GET', '/actuator/prometheus')).body).toContain(
      'http_server_requests_seconds',
    );
    expect((await inject('GET', '/v3/api-docs')).json().info.title).toBe('mall-monitor');
  });
});

describe('startService with a server factory', () => {
  let started: StartedService;
  let server: Server | undefined;
  let context: ServiceContext | undefined;
  const env = { ...process.env, PORT: '0', SERVER_HOST: '127.0.0.1', LOG_LEVEL: 'silent' };

  beforeAll(async () => {
    started = await startService(
      {
        service: 'mall-monitor',
        description: 'bootstrap test',
        appModule: ProbeModule,
        // Answers /below-fastify itself and hands everything else to Fastify.
        serverFactory: (fastifyHandler) => {
          server = createServer((req, res) => {
            if (req.url === '/below-fastify') res.end('answered below Fastify');
            else fastifyHandler(req, res);
          });
          return server;
        },
        beforeListen: (_app, given) => {
          context = given;
        },
      },
      { env: { ...env, MALL__server__keepAliveTimeoutMs: '12345' } },
    );
  });

  afterAll(() => started.shutdown('test'));

  it('listens with the factory’s server, which hands the rest to Fastify', async () => {
    expect(started.app.getHttpServer()).toBe(server);
    expect(await (await fetch(`${started.url}/below-fastify`)).text()).toBe(
      'answered below Fastify',
    );
    const res = await fetch(`${started.url}/probe/create`, { method: 'POST' });
    expect(await res.json()).toEqual({ code: 200, message: '操作成功', data: 1 });
  });

  it('answers what the parser refuses on that server in the envelope too', async () => {
    const answer = await rawExchange(
      started.url,
      'GET /below-fastify HTTP/1.1\r\nBad Header\r\n\r\n',
    );
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(answer).toContain('"code":404');
  });

  it('gives that server the configured keep-alive timeout and Fastify’s request timeouts', () => {
    expect(server?.keepAliveTimeout).toBe(12345);
    expect(server?.requestTimeout).toBe(0);
    expect(server?.timeout).toBe(0);
  });

  it('passes the service’s logger and metrics to beforeListen', () => {
    expect(context?.metrics).toBe(started.app.get(Metrics));
    expect(typeof context?.logger.info).toBe('function');
  });
});
