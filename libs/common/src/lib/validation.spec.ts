import { Body, Controller, Get, Module, Post, Query } from '@nestjs/common';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { Type } from 'class-transformer';
import { IsNotEmpty, IsString, Min, ValidateNested } from 'class-validator';
import { CommonResult } from './common-result';
import { EnvelopeExceptionFilter } from './exception.filter';
import { PageQuery } from './paging';
import { createValidationPipe } from './validation';

class SkuDto {
  @IsString()
  @IsNotEmpty()
  skuCode!: string;
}

class ProductDto {
  @IsString()
  @IsNotEmpty()
  name!: string;

  @Type(() => Number)
  @Min(0, { message: 'price must not be negative' })
  price!: number;

  @ValidateNested({ each: true })
  @Type(() => SkuDto)
  skuStockList: SkuDto[] = [];
}

@Controller('product')
class ProductController {
  @Post('create')
  create(@Body() dto: ProductDto) {
    return CommonResult.success(dto);
  }

  @Get('list')
  list(@Query() page: PageQuery) {
    return CommonResult.success(page);
  }
}

@Module({ controllers: [ProductController] })
class TestModule {}

describe('validation pipe + exception filter over Fastify', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [TestModule] }).compile();
    app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter());
    app.useGlobalPipes(createValidationPipe());
    app.useGlobalFilters(new EnvelopeExceptionFilter());
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(() => app.close());

  const post = (payload: object) =>
    app
      .inject({ method: 'POST', url: '/product/create', payload })
      .then((r) => ({ status: r.statusCode, body: r.json() }));

  it('names the failing field with code 404 and HTTP 200', async () => {
    expect(await post({ name: '', price: 1 })).toEqual({
      status: 200,
      body: { code: 404, message: 'name should not be empty', data: null },
    });
    expect((await post({ name: 'x', price: -1 })).body.message).toBe('price must not be negative');
    expect(
      (await post({ name: 'x', price: 1, skuStockList: [{ skuCode: '' }] })).body.message,
    ).toBe('skuStockList.0.skuCode should not be empty');
  });

  it('accepts a valid body and converts numbers', async () => {
    const { body } = await post({ name: 'phone', price: '12.5' });
    expect(body).toEqual({
      code: 200,
      message: '操作成功',
      data: { name: 'phone', price: 12.5, skuStockList: [] },
    });
  });

  it('applies paging defaults and validates them', async () => {
    const ok = await app.inject({ method: 'GET', url: '/product/list' });
    expect(ok.json().data).toEqual({ pageNum: 1, pageSize: 5 });
    const bad = await app.inject({ method: 'GET', url: '/product/list?pageNum=abc' });
    expect(bad.json()).toMatchObject({ code: 404 });
    expect(bad.json().message).toContain('pageNum');
  });

  it('answers an unknown route with HTTP 404 in the envelope', async () => {
    const r = await app.inject({ method: 'GET', url: '/nope' });
    expect(r.statusCode).toBe(404);
    expect(r.json()).toMatchObject({ code: 404, data: null });
  });
});
