import { CommonResult } from '@mall/common';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';

/** Why node's HTTP parser refused a request, in words a client can act on. */
function describe(error: NodeJS.ErrnoException): { status: number; message: string } {
  switch (error.code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, message: 'The request was not received in time' };
    case 'HPE_HEADER_OVERFLOW':
      return { status: 431, message: 'The request headers are too large' };
    case 'HPE_INVALID_URL':
    case 'HPE_INVALID_PATH':
      return {
        status: 400,
        message: 'Malformed request URL (percent-encode non-ASCII characters and spaces)',
      };
    default:
      return { status: 400, message: `Malformed HTTP request (${error.code ?? 'parse error'})` };
  }
}

/**
 * Fastify's `clientErrorHandler`: a request node's HTTP parser refuses before any route sees it (raw
 * UTF-8 in the URL, a broken header line, headers over the size limit, a slow request) is answered
 * in the `{code, message, data}` envelope like every other error, then the connection is closed —
 * the parser cannot find where the next request would start.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  // A reset connection has nobody left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const { status, message } = describe(error);
    const body = JSON.stringify(CommonResult.validateFailed(message));
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\n` +
        `Content-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
