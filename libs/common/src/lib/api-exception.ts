import { ErrorCode, ResultCode } from './result-code';

/**
 * A business failure. The exception filter turns it into `{ code, message, data: null }` with HTTP 200,
 * which is how the original answered every business outcome.
 */
export class ApiException extends Error {
  readonly errorCode: ErrorCode;

  constructor(codeOrMessage: ErrorCode | string, message?: string) {
    const errorCode: ErrorCode =
      typeof codeOrMessage === 'string'
        ? { code: ResultCode.FAILED.code, message: codeOrMessage }
        : { code: codeOrMessage.code, message: message ?? codeOrMessage.message };
    super(errorCode.message);
    this.name = 'ApiException';
    this.errorCode = errorCode;
  }
}

/** `Asserts.fail(...)` of the original. */
export const Asserts = {
  fail(codeOrMessage: ErrorCode | string, message?: string): never {
    throw new ApiException(codeOrMessage, message);
  },
  /** Throws a FAILED envelope with `message` unless `condition` holds. */
  that(condition: unknown, message: string): asserts condition {
    if (!condition) throw new ApiException(message);
  },
  validate(condition: unknown, message: string): asserts condition {
    if (!condition) throw new ApiException(ResultCode.VALIDATE_FAILED, message);
  },
};
