import { ApiProperty } from '@nestjs/swagger';
import { ErrorCode, ResultCode } from './result-code';

/** The `{ code, message, data }` envelope every endpoint of the original answers with. */
export class CommonResult<T = unknown> {
  @ApiProperty({ example: 200 })
  readonly code: number;

  @ApiProperty({ example: '操作成功' })
  readonly message: string;

  @ApiProperty({ nullable: true })
  readonly data: T | null;

  constructor(code: number, message: string, data: T | null) {
    this.code = code;
    this.message = message;
    this.data = data;
  }

  static success<T>(data: T, message: string = ResultCode.SUCCESS.message): CommonResult<T> {
    return new CommonResult(ResultCode.SUCCESS.code, message, data);
  }

  /** `failed()`, `failed(message)` or `failed(errorCode[, message])`, as in the original. */
  static failed<T = null>(codeOrMessage?: ErrorCode | string, message?: string): CommonResult<T> {
    if (typeof codeOrMessage === 'string') {
      return new CommonResult<T>(ResultCode.FAILED.code, codeOrMessage, null);
    }
    const code = codeOrMessage ?? ResultCode.FAILED;
    return new CommonResult<T>(code.code, message ?? code.message, null);
  }

  static validateFailed<T = null>(message: string = ResultCode.VALIDATE_FAILED.message) {
    return new CommonResult<T>(ResultCode.VALIDATE_FAILED.code, message, null);
  }

  static unauthorized<T>(data: T | null = null): CommonResult<T> {
    return new CommonResult(ResultCode.UNAUTHORIZED.code, ResultCode.UNAUTHORIZED.message, data);
  }

  static forbidden<T>(data: T | null = null): CommonResult<T> {
    return new CommonResult(ResultCode.FORBIDDEN.code, ResultCode.FORBIDDEN.message, data);
  }

  /** Many original endpoints answer `count > 0 ? success(count) : failed()`. */
  static fromCount(count: number): CommonResult<number | null> {
    return count > 0 ? CommonResult.success(count) : CommonResult.failed();
  }

  static isEnvelope(value: unknown): value is CommonResult<unknown> {
    return (
      typeof value === 'object' &&
      value !== null &&
      typeof (value as { code?: unknown }).code === 'number' &&
      'message' in value &&
      'data' in value
    );
  }
}
