import { CommonResult, ResultCode } from '@mall/common';
import { setEnvelopeCode } from '@mall/observability';
import type { FastifyReply } from 'fastify';

/**
 * Sends an envelope the gateway answers itself. 401/403 keep the original's extras
 * (`Cache-Control: no-cache`, `Access-Control-Allow-Origin: *` unless CORS already named the origin).
 */
export function sendEnvelope(
  reply: FastifyReply,
  httpStatus: number,
  body: CommonResult<unknown>,
): FastifyReply {
  setEnvelopeCode(reply, body.code);
  if (body.code === ResultCode.UNAUTHORIZED.code || body.code === ResultCode.FORBIDDEN.code) {
    reply.header('cache-control', 'no-cache');
    if (!reply.hasHeader('access-control-allow-origin')) {
      reply.header('access-control-allow-origin', '*');
    }
  }
  return reply
    .code(httpStatus)
    .header('content-type', 'application/json; charset=utf-8')
    .send(JSON.stringify(body));
}

export function notFound(method: string, url: string): CommonResult<null> {
  return new CommonResult(404, `Cannot ${method} ${url}`, null);
}

export function badPath(reason: string): CommonResult<null> {
  return CommonResult.validateFailed(`Invalid request path: ${reason}`);
}

export function tooManyRequests(): CommonResult<null> {
  const { code, message } = ResultCode.TOO_MANY_REQUESTS;
  return new CommonResult(code, message, null);
}
