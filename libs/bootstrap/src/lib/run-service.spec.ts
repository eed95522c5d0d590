import { Controller, Get, Module, Post } from '@nestjs/common';
import { CommonResult } from '@mall/common';
import { startService, StartedService } from './run-service';

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
