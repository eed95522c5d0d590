import { CommonResult, ResultCode } from '@mall/common';
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

/**
 * Writes an envelope the gateway answers itself. 401/403 keep the original's extras
 * (`Cache-Control: no-cache`, `Access-Control-Allow-Origin: *` unless CORS already named the origin).
 * `headers` are sent too (CORS, Retry-After, Connection).
 */
export function writeEnvelope(
  res: ServerResponse,
  httpStatus: number,
  body: CommonResult<unknown>,
  headers: OutgoingHttpHeaders | null,
): void {
  const payload = Buffer.from(JSON.stringify(body));
  const out: OutgoingHttpHeaders = { ...headers };
  if (body.code === ResultCode.UNAUTHORIZED.code || body.code === ResultCode.FORBIDDEN.code) {
    out['cache-control'] = 'no-cache';
    out['access-control-allow-origin'] ??= '*';
  }
  out['content-type'] = 'application/json; charset=utf-8';
  out['content-length'] = payload.length;
  res.writeHead(httpStatus, out);
  res.end(payload);
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

export function bodyTooLarge(limit: number): CommonResult<null> {
  return CommonResult.failed(`Request body is too large (limit ${limit} bytes)`);
}
