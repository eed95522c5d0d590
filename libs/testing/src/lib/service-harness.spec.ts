import { Controller, Get, Module } from '@nestjs/common';
import { CommonResult } from '@mall/common';
import { CurrentUser, CurrentUserClaims } from '@mall/security';
import { createMallDatabase, memberClaims, startTestService, TestService } from './service-harness';
import { ScratchDatabase } from './scratch-database';

@Controller('whoami')
class WhoAmIController {
  @Get()
  whoami(@CurrentUser() user: CurrentUserClaims) {
    return CommonResult.success({ id: user.id, name: user.user_name });
  }
}

@Module({ controllers: [WhoAmIController] })
class WhoAmIModule {}

describe('startTestService', () => {
  let db: ScratchDatabase;
  let service: TestService;

  beforeAll(async () => {
    db = await createMallDatabase('harness');
    service = await startTestService(
      {
        service: 'mall-member',
        description: 'harness test',
        appModule: WhoAmIModule,
        uses: { mysql: true },
      },
      { database: db },
    );
  }, 60_000);

  afterAll(async () => {
    await service?.close();
    await db?.drop();
  });

  it('boots with the real bootstrap on the scratch database', async () => {
    const health = await service.request<{ status: string; components: Record<string, unknown> }>(
      'GET',
      '/actuator/health',
    );
    expect(health.body).toMatchObject({ status: 'UP', components: { db: { status: 'UP' } } });
  });

  it('forwards claims in the user header like the gateway', async () => {
    const res = await service.request('GET', '/whoami', { user: memberClaims(7, '测试会员') });
    expect(res.body).toEqual({ code: 200, message: '操作成功', data: { id: 7, name: '测试会员' } });
    const anonymous = await service.request('GET', '/whoami');
    expect(anonymous.body).toMatchObject({ code: 401 });
  });
});
