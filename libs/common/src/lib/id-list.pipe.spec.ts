import { Controller, Get, Module, Query } from '@nestjs/common';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { ApiException } from './api-exception';
import { ParseIdListPipe } from './id-list.pipe';

@Controller('ids')
class IdsController {
  @Get()
  echo(@Query('ids', ParseIdListPipe) ids: number[]) {
    return ids;
  }
}

@Module({ controllers: [IdsController] })
class IdsModule {}

describe('ParseIdListPipe', () => {
  it('can be given by class to @Query (instantiated by the injector)', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [IdsModule] }).compile();
    const app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter());
    await app.init();
    const res = await app.getHttpAdapter().getInstance().inject({ url: '/ids?ids=3,4&ids=5' });
    expect(res.json()).toEqual([3, 4, 5]);
    await app.close();
  });

  const meta = { type: 'query' as const, data: 'ids' };

  it('accepts comma-separated and repeated forms', () => {
    expect(new ParseIdListPipe().transform('1,2, 3', meta)).toEqual([1, 2, 3]);
    expect(new ParseIdListPipe().transform(['4', '5,6'], meta)).toEqual([4, 5, 6]);
  });

  it('names the parameter when it is missing or not integers', () => {
    expect(() => new ParseIdListPipe().transform(undefined, meta)).toThrow('ids is required');
    expect(() => new ParseIdListPipe().transform('1,x', meta)).toThrow(ApiException);
    expect(() => new ParseIdListPipe().transform('1.5', meta)).toThrow(
      'ids must be a list of integers',
    );
    expect(new ParseIdListPipe({ optional: true }).transform(undefined, meta)).toBeUndefined();
  });
});
