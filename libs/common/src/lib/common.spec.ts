import {
  BadRequestException,
  ForbiddenException,
  NotFoundException,
  UnauthorizedException,
} from '@nestjs/common';
import { ApiException, Asserts } from './api-exception';
import { CommonPage, pageOffset } from './common-page';
import { CommonResult } from './common-result';
import { toEnvelopeError } from './exception.filter';
import { ResultCode } from './result-code';

describe('CommonResult', () => {
  it('builds the original envelopes', () => {
    expect(CommonResult.success({ a: 1 })).toEqual({
      code: 200,
      message: '操作成功',
      data: { a: 1 },
    });
    expect(CommonResult.failed()).toEqual({ code: 500, message: '操作失败', data: null });
    expect(CommonResult.failed('库存不足')).toEqual({ code: 500, message: '库存不足', data: null });
    expect(CommonResult.failed(ResultCode.FORBIDDEN, 'x')).toEqual({
      code: 403,
      message: 'x',
      data: null,
    });
    expect(CommonResult.validateFailed()).toEqual({
      code: 404,
      message: '参数检验失败',
      data: null,
    });
    expect(CommonResult.unauthorized('Not Authenticated')).toEqual({
      code: 401,
      message: '暂未登录或token已经过期',
      data: 'Not Authenticated',
    });
    expect(CommonResult.fromCount(2).code).toBe(200);
    expect(CommonResult.fromCount(0).code).toBe(500);
  });

  it('recognises an envelope', () => {
    expect(CommonResult.isEnvelope(CommonResult.success(1))).toBe(true);
    expect(CommonResult.isEnvelope({ code: 200 })).toBe(false);
    expect(CommonResult.isEnvelope(null)).toBe(false);
  });
});

describe('CommonPage', () => {
  it('computes totalPage and keeps the field order of the original', () => {
    const page = CommonPage.of(['a', 'b'], 11, 2, 5);
    expect(Object.keys(page)).toEqual(['pageNum', 'pageSize', 'totalPage', 'total', 'list']);
    expect(page.totalPage).toBe(3);
    expect(CommonPage.of([], 0, 1, 5).totalPage).toBe(0);
  });

  it('pages an in-memory list', () => {
    const page = CommonPage.fromList([1, 2, 3, 4, 5, 6, 7], 2, 3);
    expect(page.list).toEqual([4, 5, 6]);
    expect(page.total).toBe(7);
    expect(pageOffset({ pageNum: 3, pageSize: 10 })).toEqual({ skip: 20, take: 10 });
  });
});

describe('toEnvelopeError', () => {
  it('answers business failures with HTTP 200', () => {
    expect(toEnvelopeError(new ApiException('优惠券已过期'))).toMatchObject({
      httpStatus: 200,
      body: { code: 500, message: '优惠券已过期', data: null },
      unexpected: false,
    });
    expect(toEnvelopeError(new ApiException(ResultCode.VALIDATE_FAILED, 'id: bad')).body.code).toBe(
      404,
    );
    expect(toEnvelopeError(new UnauthorizedException('Not Authenticated')).body).toEqual({
      code: 401,
      message: '暂未登录或token已经过期',
      data: 'Not Authenticated',
    });
    expect(toEnvelopeError(new ForbiddenException('Access Denied')).body.code).toBe(403);
    expect(
      toEnvelopeError(new BadRequestException('Validation failed (numeric string is expected)')),
    ).toMatchObject({
      httpStatus: 200,
      body: { code: 404, message: 'Validation failed (numeric string is expected)' },
    });
  });

  it('keeps HTTP status for framework errors and flags bugs', () => {
    expect(toEnvelopeError(new NotFoundException('Cannot GET /nope'))).toMatchObject({
      httpStatus: 404,
      body: { code: 404 },
    });
    expect(
      toEnvelopeError(Object.assign(new Error('Request body is too large'), { statusCode: 413 })),
    ).toMatchObject({
      httpStatus: 413,
      body: { code: 500, message: 'Request body is too large' },
    });
    expect(toEnvelopeError(new TypeError('x is undefined'))).toMatchObject({
      httpStatus: 500,
      body: { code: 500, message: '操作失败' },
      unexpected: true,
    });
  });

  it('Asserts throw ApiException', () => {
    expect(() => Asserts.fail('no')).toThrow(ApiException);
    expect(() => Asserts.that(false, 'boom')).toThrow('boom');
    expect(() => Asserts.validate(1 > 2, 'bad field')).toThrow(ApiException);
    expect(() => Asserts.that(true, 'never')).not.toThrow();
  });
});
