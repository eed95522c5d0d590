import { Controller, Get, INestApplication, UnauthorizedException } from '@nestjs/common';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { CurrentUserClaims, encodeUserHeader } from './current-user';
import { CurrentUser, OptionalUser } from './current-user.decorator';

@Controller()
class ProbeController {
  @Get('me')
  me(@CurrentUser() user: CurrentUserClaims) {
    return { id: user.id, name: user.user_name, roles: user.authorities ?? [] };
  }

  @Get('maybe')
  maybe(@OptionalUser() user: CurrentUserClaims | null) {
    return { anonymous: user === null, id: user?.id ?? null };
  }
}

describe('@CurrentUser / @OptionalUser', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ controllers: [ProbeController] }).compile();
    app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), {
      logger: false,
    });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await (app as INestApplication | undefined)?.close();
  });

  const member: CurrentUserClaims = {
    id: 11,
    user_name: 'test',
    client_id: 'portal-app',
    authorities: ['前台会员'],
  };

  it('injects the claims of the user header', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/me',
      headers: { user: encodeUserHeader(member) },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ id: 11, name: 'test', roles: ['前台会员'] });
  });

  it('rejects a request without the header with UnauthorizedException (401)', async () => {
    const res = await app.inject({ method: 'GET', url: '/me' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({
      statusCode: 401,
      message: new UnauthorizedException('Not Authenticated').message,
    });
  });

  it('rejects a malformed header with 401', async () => {
    const res = await app.inject({ method: 'GET', url: '/me', headers: { user: '{oops' } });
    expect(res.statusCode).toBe(401);
  });

  it('gives null to @OptionalUser for anonymous requests and the claims otherwise', async () => {
    const anonymous = await app.inject({ method: 'GET', url: '/maybe' });
    expect(anonymous.json()).toEqual({ anonymous: true, id: null });
    const known = await app.inject({
      method: 'GET',
      url: '/maybe',
      headers: { user: encodeUserHeader(member) },
    });
    expect(known.json()).toEqual({ anonymous: false, id: 11 });
  });
});
