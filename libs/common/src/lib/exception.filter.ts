import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  ForbiddenException,
  HttpException,
  HttpStatus,
  Logger,
  UnauthorizedException,
} from '@nestjs/common';
import { ApiException } from './api-exception';
import { CommonResult } from './common-result';
import { ResultCode } from './result-code';

/** Minimal reply surface (Fastify's reply) so this lib does not depend on a platform package. */
interface EnvelopeReply {
  status(code: number): EnvelopeReply;
  header(name: string, value: string): EnvelopeReply;
  send(body: unknown): unknown;
}

export interface EnvelopeError {
  httpStatus: number;
  body: CommonResult<unknown>;
  /** Unexpected errors are logged with their stack; business failures are not. */
  unexpected: boolean;
}

/**
 * Maps any thrown error to the original's envelope. Business outcomes (ApiException, validation, 401/403)
 * answer HTTP 200 like the original, so its clients, which read `code` from the body, keep working;
 * framework errors keep their HTTP status (404 unknown route, 413 body too large, 500 bug).
 */
export function toEnvelopeError(error: unknown): EnvelopeError {
  if (error instanceof ApiException) {
    const { code, message } = error.errorCode;
    return {
      httpStatus: HttpStatus.OK,
      body: CommonResult.failed({ code, message }),
      unexpected: false,
    };
  }
  if (error instanceof UnauthorizedException) {
    return {
      httpStatus: HttpStatus.OK,
      body: CommonResult.unauthorized(error.message),
      unexpected: false,
    };
  }
  if (error instanceof ForbiddenException) {
    return {
      httpStatus: HttpStatus.OK,
      body: CommonResult.forbidden(error.message),
      unexpected: false,
    };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const message = httpExceptionMessage(error);
    if (status === HttpStatus.BAD_REQUEST) {
      return {
        httpStatus: HttpStatus.OK,
        body: CommonResult.validateFailed(message),
        unexpected: false,
      };
    }
    const code =
      status === HttpStatus.NOT_FOUND ? 404 : status === 429 ? 429 : ResultCode.FAILED.code;
    return {
      httpStatus: status,
      body: CommonResult.failed({ code, message }),
      unexpected: status >= 500,
    };
  }
  const fastifyStatus = (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
    // Fastify's own client errors: body too large, bad JSON, unsupported media type.
    const message = (error as Error).message;
    if (fastifyStatus === HttpStatus.BAD_REQUEST) {
      return {
        httpStatus: HttpStatus.OK,
        body: CommonResult.validateFailed(message),
        unexpected: false,
      };
    }
    return { httpStatus: fastifyStatus, body: CommonResult.failed(message), unexpected: false };
  }
  return {
    httpStatus: HttpStatus.INTERNAL_SERVER_ERROR,
    body: CommonResult.failed(ResultCode.FAILED),
    unexpected: true,
  };
}

function httpExceptionMessage(error: HttpException): string {
  const response = error.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.map(String).join('; ');
  return typeof message === 'string' ? message : error.message;
}

@Catch()
export class EnvelopeExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('EnvelopeExceptionFilter');

  constructor(private readonly onEnvelope?: (reply: unknown, code: number) => void) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<EnvelopeReply>();
    const mapped = toEnvelopeError(error);
    if (mapped.unexpected) {
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
    this.onEnvelope?.(reply, mapped.body.code);
    reply.status(mapped.httpStatus).header('content-type', 'application/json; charset=utf-8');
    reply.send(mapped.body);
  }
}
