import { createHash } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  bytes: Buffer;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test assertions read any shape
  json: any;
}

export interface RawRequest {
  method?: string;
  headers?: http.OutgoingHttpHeaders;
  /** Sent with Content-Length, or chunked when `chunked` is set. */
  body?: Buffer | string;
  chunked?: boolean;
}

/**
 * Sends a request with the path exactly as given (no URL normalisation, unlike fetch), so tests
 * can send `..`, encoded slashes and other things browsers would clean up.
 */
export function rawRequest(
  baseUrl: string,
  path: string,
  request: RawRequest = {},
): Promise<RawResponse> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const headers: http.OutgoingHttpHeaders = { ...request.headers };
    const body = request.body === undefined ? undefined : Buffer.from(request.body);
    if (body && !request.chunked) headers['content-length'] = body.length;
    if (body && request.chunked) headers['transfer-encoding'] = 'chunked';
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: request.method ?? 'GET',
        path,
        headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const bytes = Buffer.concat(chunks);
          const text = bytes.toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, bytes, json });
        });
      },
    );
    req.on('error', reject);
    if (body && request.chunked) {
      // Several chunks, so the gateway sees a real stream.
      const step = Math.max(1, Math.ceil(body.length / 8));
      for (let offset = 0; offset < body.length; offset += step) {
        req.write(body.subarray(offset, offset + step));
      }
      req.end();
    } else {
      req.end(body);
    }
  });
}

export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** What the fake service saw of one request. */
export interface SeenRequest {
  instance: string;
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  bodySha256: string;
  bodyBytes: number;
}

export interface FakeService {
  name: string;
  port: number;
  address: string;
  seen: SeenRequest[];
  close(): Promise<void>;
}

/**
 * A stand-in for the mall services behind the gateway: answers every path with an envelope
 * describing the request it received, and a few special paths (JWK set, OpenAPI document, a large
 * streamed answer, an answer that never comes).
 */
export async function startFakeService(
  name: string,
  routes: { jwks?: () => unknown } = {},
): Promise<FakeService> {
  const seen: SeenRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('error', () => undefined);
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const path = (req.url ?? '/').split('?')[0];
      if (path === '/rsa/publicKey' && routes.jwks) {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(routes.jwks()));
        return;
      }
      seen.push({
        instance: name,
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        bodySha256: sha256(body),
        bodyBytes: body.length,
      });
      if (path === '/v3/api-docs') {
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.end(JSON.stringify({ openapi: '3.0.0', info: { title: name }, paths: { '/x': {} } }));
        return;
      }
      if (path.endsWith('/hang')) return; // never answers
      if (path.endsWith('/large')) {
        const size = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('bytes'));
        res.setHeader('content-type', 'application/octet-stream');
        const block = Buffer.alloc(64 * 1024, 'abcdefgh');
        let left = size;
        const pump = () => {
          while (left > 0) {
            const piece = block.subarray(0, Math.min(block.length, left));
            left -= piece.length;
            if (!res.write(piece)) {
              res.once('drain', pump);
              return;
            }
          }
          res.end();
        };
        pump();
        return;
      }
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.setHeader('access-control-allow-origin', 'https://service-own.example');
      res.end(
        JSON.stringify({
          code: 200,
          message: '操作成功',
          data: { instance: name, method: req.method, url: req.url, bodyBytes: body.length },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    name,
    port,
    address: `127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A loopback port nothing listens on (taken and released at once). */
export async function deadPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
