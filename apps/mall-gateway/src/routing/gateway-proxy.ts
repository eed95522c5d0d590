import { CommonResult } from '@mall/common';
import { instanceAddress, type ServiceInstance } from '@mall/discovery';
import { CLIENT_CLOSED_STATUS, currentTraceId } from '@mall/observability';
import { USER_HEADER } from '@mall/security';
import { Logger } from '@nestjs/common';
// Called as `http.request` on the module object: the SkyWalking agent replaces that property to
// inject `sw8` and report exit spans.
import * as http from 'node:http';
import type { TLSSocket } from 'node:tls';
import { Transform, type TransformCallback } from 'node:stream';
import { corsAnswer, type CorsAnswer } from '../cors/cors';
import type { GatewayRuntime } from '../gateway-runtime';
import type { AccessDecision } from '../security/access-policy';
import { badPath, bodyTooLarge, notFound, tooManyRequests, writeEnvelope } from './gateway-replies';
import type { ProxiedRequestRecord, ProxyRequestLog } from './proxy-request-log';
import {
  isRejectedPath,
  parseRequestPath,
  servicePrefix,
  type RoutedPath,
  type ServicePrefix,
} from './request-path';
import { UpstreamPool } from './upstream-pool';

export interface GatewayProxyOptions {
  runtime: GatewayRuntime;
  /** `server.bodyLimitBytes`: larger request bodies are refused with 413. */
  bodyLimitBytes: number;
  /** Services served as `/<service>/**`; fixed at start (removals apply at once through the runtime). */
  services: readonly string[];
  /** Metrics and access log of the requests the proxy takes. */
  log: ProxyRequestLog;
}

// TRACE, CONNECT and WebDAV methods are not proxied (Fastify answers them 404 like any unknown route).
const PROXIED_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']);
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
// Errors meaning the request never reached a service: safe to try another instance when the
// request has no body. ECONNRESET also covers a pooled socket the service had just closed.
const CONNECT_FAILURES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'EAI_AGAIN',
  'ENOTFOUND',
]);
const BODY_TOO_LARGE = 'MALL_BODY_TOO_LARGE';
const UPSTREAM_TIMEOUT = 'MALL_UPSTREAM_TIMEOUT';
const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
// Answers up to this size (by their Content-Length) are collected and written with the headers in
// one go: a piped answer can cost the client socket an extra write, the largest cost per request.
const BUFFERED_ANSWER_BYTES = 64 * 1024;
// Connection-level headers of the client's request that are not forwarded; `host` is the
// instance's, `user` only ever the gateway's, `x-forwarded-for` is extended.
const DROPPED_REQUEST_HEADERS = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'upgrade',
  'http2-settings',
  'host',
  USER_HEADER,
  'x-forwarded-for',
]);
// Connection-level headers of the service's answer (node frames the answer to the client itself).
const DROPPED_RESPONSE_HEADERS = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'upgrade',
  'transfer-encoding',
]);
// CORS is the gateway's: a service's own CORS headers would contradict or duplicate it.
const CORS_RESPONSE_HEADERS = new Set([
  'access-control-allow-origin',
  'access-control-allow-credentials',
  'access-control-allow-methods',
  'access-control-allow-headers',
  'access-control-max-age',
]);

/** The route labels of one service: `/<service>` for the bare prefix (also its X-Forwarded-Prefix), `/<service>/*` below it. */
interface ServiceRoute {
  exact: string;
  nested: string;
}

const EXCHANGE = Symbol('mall.gatewayExchange');
type Tagged<T> = T & { [EXCHANGE]?: ProxyExchange };

/**
 * The proxy: `/<service>/**` → an instance of `<service>` with the prefix stripped, taken from
 * node's request handler before Fastify sees the request (see gateway-server.ts). Bodies stream
 * through untouched over pooled keep-alive connections of node's `http`, where the SkyWalking agent
 * injects `sw8`. The access decision is the gateway's shared one: path checks
 * (`parseRequestPath`), route, rate limit (`RateLimiter`), internal/public paths, token, client and
 * RBAC (`AccessPolicy`), CORS (`corsAnswer`), body size.
 */
export class GatewayProxy {
  readonly runtime: GatewayRuntime;
  readonly log: ProxyRequestLog;
  readonly bodyLimitBytes: number;
  readonly pool: UpstreamPool;
  readonly logger = new Logger('GatewayProxy');
  private readonly routes = new Map<string, ServiceRoute>();

  constructor(options: GatewayProxyOptions) {
    this.runtime = options.runtime;
    this.log = options.log;
    this.bodyLimitBytes = options.bodyLimitBytes;
    this.pool = new UpstreamPool(options.runtime.settings.proxy);
    for (const service of options.services) {
      this.routes.set(service, { exact: `/${service}`, nested: `/${service}/*` });
    }
  }

  /**
   * Takes the request when it addresses a routed service (first path segment, decoded) with a
   * proxied method, and answers it; returns false, without touching it, for anything else.
   */
  take(req: http.IncomingMessage, res: http.ServerResponse): boolean {
    if (!PROXIED_METHODS.has(req.method ?? '')) return false;
    const prefix = servicePrefix(req.url ?? '');
    const route = prefix === null ? undefined : this.routes.get(prefix.service);
    if (route === undefined) return false;
    const label = (prefix as ServicePrefix).bare ? route.exact : route.nested;
    new ProxyExchange(this, req, res, label, route.exact).start();
    return true;
  }

  /** Closes the pooled upstream connections (the gateway is stopping). */
  close(): void {
    this.pool.close();
  }
}

/** Counts request body bytes of a chunked upload and fails the stream past the limit. */
class BodyLimit extends Transform {
  private seen = 0;

  constructor(
    private readonly limit: number,
    private readonly onExceeded: () => void,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.limit) {
      this.onExceeded();
      callback(Object.assign(new Error('request body too large'), { code: BODY_TOO_LARGE }));
      return;
    }
    callback(null, chunk);
  }
}

function hasBody(headers: http.IncomingHttpHeaders): boolean {
  const length = headers['content-length'];
  return headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

function errorCode(error: Error): string | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** Header names a `Connection` header lists (RFC 9110 §7.6.1): not forwarded either. */
function connectionListed(value: string | undefined): string[] | null {
  if (value === undefined || value === 'keep-alive' || value === 'close') return null;
  return value
    .toLowerCase()
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}

/**
 * One proxied request, from its arrival to the end of the answer. Listeners are shared functions
 * that find the exchange on the request/response objects, so no closures are made per request.
 */
class ProxyExchange implements ProxiedRequestRecord {
  readonly startedAt: number;
  readonly traceId: string | null;
  userId: string | number | null = null;
  private cors: CorsAnswer | null = null;
  private target: RoutedPath | null = null;
  private withBody = false;
  private userHeader: string | null = null;
  private stripAuthorization = false;
  private instances: ServiceInstance[] = [];
  private first = 0;
  private attempt = 0;
  private maxAttempts = 1;
  private address = '';
  private upstream: Tagged<http.ClientRequest> | null = null;
  private answer: Tagged<http.IncomingMessage> | null = null;
  private bodyTooLarge = false;
  /** The envelope code when the gateway answered itself. */
  private code: number | null = null;
  /** The status recorded when the service's answer broke off after its headers were relayed. */
  private brokenStatus: number | null = null;
  /** The exchange with the service failed (counted and answered once). */
  private failed = false;
  /** The client closed the connection before the whole answer was written. */
  private clientGone = false;
  private recorded = false;
  /** A small answer being collected: its status, headers and body so far. */
  private status = 0;
  private headers: http.OutgoingHttpHeaders | null = null;
  readonly chunks: Buffer[] = [];

  constructor(
    private readonly proxy: GatewayProxy,
    readonly req: http.IncomingMessage,
    private readonly res: Tagged<http.ServerResponse>,
    readonly route: string,
    private readonly prefix: string,
  ) {
    this.startedAt = proxy.log.begin();
    // Read now: the agent's entry span is active while the request is dispatched.
    this.traceId = currentTraceId() ?? null;
    res[EXCHANGE] = this;
    res.on('close', onClientClose);
  }

  start(): void {
    const { req, res, proxy } = this;
    const { runtime } = proxy;
    const method = req.method as string;
    this.cors = corsAnswer(method, req.headers);
    if (this.cors?.preflight) {
      res.writeHead(200, { ...this.cors.headers, 'content-length': 0 });
      res.end();
      return;
    }
    const target = parseRequestPath(req.url as string);
    if (isRejectedPath(target)) return this.reject('bad_path', 400, badPath(target.rejected));
    this.target = target;
    if (!runtime.isRouted(target.service)) {
      return this.reject('unknown_route', 404, notFound(method, target.path));
    }

    const rate = runtime.limiter.check(target.service, target.path);
    if (!rate.allowed) {
      return this.reject('rate_limited', 429, tooManyRequests(), {
        'retry-after': String(rate.retryAfterSeconds),
      });
    }

    const decision = runtime.policy.decide(method, target, req.headers.authorization);
    // Most decisions need no I/O: answer them in this turn of the event loop.
    if (decision instanceof Promise) {
      decision.then(
        (settled) => this.authorised(settled),
        (error: unknown) => this.internalError(error),
      );
    } else {
      this.authorised(decision);
    }
  }

  private authorised(decision: AccessDecision): void {
    if (this.res.destroyed) return; // the client left while the token was being checked
    if (!decision.allowed) {
      return this.reject(decision.reason, decision.httpStatus, decision.body);
    }
    if (decision.claims) this.userId = decision.claims.id;
    this.userHeader = decision.userHeader;
    this.stripAuthorization = decision.stripAuthorization;

    const { req } = this;
    this.withBody = hasBody(req.headers);
    if (this.withBody && Number(req.headers['content-length']) > this.proxy.bodyLimitBytes) {
      // The body is not read: close the connection rather than drain it.
      return this.reject('body_too_large', 413, bodyTooLarge(this.proxy.bodyLimitBytes), {
        connection: 'close',
      });
    }
    const service = (this.target as RoutedPath).service;
    this.proxy.runtime.balancer.instances(service).then(
      (instances) => this.forward(instances),
      (error: unknown) => this.internalError(error),
    );
  }

  private forward(instances: ServiceInstance[]): void {
    if (this.res.destroyed) return;
    const { runtime } = this.proxy;
    const service = (this.target as RoutedPath).service;
    if (instances.length === 0) {
      runtime.metrics.upstreamFailures.inc({ service, kind: 'no_instance' });
      return this.answerFailure(503, `${service} is unavailable`);
    }
    this.instances = instances;
    this.first = runtime.balancer.nextStart(service, instances.length);
    const retryable = IDEMPOTENT.has(this.req.method as string) && !this.withBody;
    this.maxAttempts = retryable
      ? Math.min(instances.length, 1 + runtime.settings.proxy.maxRetries)
      : 1;
    this.send();
  }

  /** Sends the request to the instance of the current attempt. */
  private send(): void {
    const { req, proxy } = this;
    const target = this.target as RoutedPath;
    const instance = this.instances[(this.first + this.attempt) % this.instances.length];
    this.address = instanceAddress(instance);
    const upstream: Tagged<http.ClientRequest> = http.request({
      host: instance.host,
      port: instance.port,
      method: req.method,
      path: target.forwardPath + target.query,
      headers: this.upstreamHeaders(),
      agent: proxy.pool.agentFor(this.address),
      timeout: proxy.runtime.settings.proxy.timeoutMs,
    });
    upstream[EXCHANGE] = this;
    upstream.on('response', onUpstreamResponse);
    upstream.on('error', onUpstreamError);
    upstream.on('timeout', onUpstreamTimeout);
    this.upstream = upstream;

    if (!this.withBody) {
      upstream.end();
    } else if (req.headers['content-length'] === undefined) {
      // A chunked upload announces no size: count it on the way through.
      const limited = new BodyLimit(proxy.bodyLimitBytes, () => {
        this.bodyTooLarge = true;
        // Stop reading; the connection is closed after the 413 (not drained, not destroyed first).
        req.unpipe(limited);
      });
      limited.once('error', (error) => upstream.destroy(error));
      req.pipe(limited).pipe(upstream);
    } else {
      req.pipe(upstream);
    }
  }

  /** The client's headers for the service, with the gateway's identity and forwarding headers. */
  private upstreamHeaders(): http.OutgoingHttpHeaders {
    const { req } = this;
    const incoming = req.headers;
    const listed = connectionListed(incoming.connection);
    const headers: http.OutgoingHttpHeaders = {};
    for (const name in incoming) {
      if (DROPPED_REQUEST_HEADERS.has(name)) continue;
      if (listed !== null && listed.includes(name)) continue;
      if (name === 'authorization' && this.stripAuthorization) continue;
      headers[name] = incoming[name];
    }
    headers['host'] = this.address;
    // Services trust `user`: only the gateway sets it, from a verified token.
    if (this.userHeader !== null) headers[USER_HEADER] = this.userHeader;
    const client = req.socket.remoteAddress ?? '';
    const forwardedFor = incoming['x-forwarded-for'];
    headers['x-forwarded-for'] = forwardedFor ? `${forwardedFor}, ${client}` : client;
    headers['x-forwarded-proto'] ??= (req.socket as TLSSocket).encrypted ? 'https' : 'http';
    if (incoming.host) headers['x-forwarded-host'] ??= incoming.host;
    headers['x-forwarded-prefix'] = this.prefix;
    return headers;
  }

  /** The service answered: relay status, headers and body. */
  relay(answer: Tagged<http.IncomingMessage>): void {
    const { req, res } = this;
    if (res.destroyed) {
      answer.destroy();
      return;
    }
    this.answer = answer;
    answer[EXCHANGE] = this;
    answer.on('error', onAnswerError);
    const upstreamHeaders = answer.headers;
    if (upstreamHeaders['content-type'] === 'text/event-stream') {
      // Server-sent events may be silent for long: no inactivity timeout.
      this.upstream?.setTimeout(0);
    }
    const status = answer.statusCode ?? 502;
    const headers = this.answerHeaders(upstreamHeaders);
    // A connection cannot be reused while the client's body is still being sent.
    if (!req.complete) headers['connection'] = 'close';

    const target = this.target as RoutedPath;
    if (req.method === 'GET' && status === 200 && target.forwardPath === '/v3/api-docs') {
      return this.relayDocument(answer, headers);
    }
    const length = Number(upstreamHeaders['content-length']);
    if (req.method !== 'HEAD' && length > 0 && length <= BUFFERED_ANSWER_BYTES) {
      this.status = status;
      this.headers = headers;
      answer.on('data', onAnswerChunk);
      answer.once('end', onAnswerEnd);
      return;
    }
    if (!this.writeHead(status, headers)) return;
    answer.pipe(res);
  }

  /** A buffered answer has arrived whole: written with its headers in one go. */
  answerComplete(): void {
    const { res, chunks } = this;
    if (res.destroyed || !this.writeHead(this.status, this.headers as http.OutgoingHttpHeaders)) {
      return;
    }
    res.end(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks));
  }

  /** The service's headers without connection-level ones, with the gateway's CORS headers. */
  private answerHeaders(upstream: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
    const cors = this.cors;
    const headers: http.OutgoingHttpHeaders = {};
    for (const name in upstream) {
      if (DROPPED_RESPONSE_HEADERS.has(name)) continue;
      if (cors !== null && CORS_RESPONSE_HEADERS.has(name)) continue;
      headers[name] = upstream[name];
    }
    if (cors !== null) {
      for (const name in cors.headers) headers[name] = cors.headers[name];
      // The service's own Vary (e.g. Accept-Encoding) still applies: the gateway adds Origin to it.
      const vary = upstream['vary'];
      if (vary && !/(^|,)\s*origin\s*(,|$)/i.test(vary)) headers['vary'] = `${vary}, Origin`;
      else if (vary) headers['vary'] = vary;
    }
    return headers;
  }

  /** Writes the relayed status line and headers; false (answer dropped) for an invalid status. */
  private writeHead(status: number, headers: http.OutgoingHttpHeaders): boolean {
    try {
      this.res.writeHead(status, headers);
      return true;
    } catch (error) {
      this.answer?.destroy();
      this.upstreamFailed('error', error as Error);
      return false;
    }
  }

  /**
   * Relays a service's OpenAPI document with `servers: [{ url: '/<service>' }]`, so "Try it out" in
   * the gateway's Swagger UI calls the service through the gateway.
   */
  private relayDocument(answer: http.IncomingMessage, headers: http.OutgoingHttpHeaders): void {
    const isJson = /\bjson\b/i.test(answer.headers['content-type'] ?? '');
    if (!isJson || answer.headers['content-encoding'] !== undefined) {
      if (this.writeHead(200, headers)) answer.pipe(this.res);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    answer.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_DOCUMENT_BYTES) {
        answer.destroy(new Error('OpenAPI document too large'));
        return;
      }
      chunks.push(chunk);
    });
    answer.once('end', () => {
      if (this.res.destroyed) return;
      let body = Buffer.concat(chunks);
      try {
        const document = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
        document['servers'] = [{ url: this.prefix }];
        body = Buffer.from(JSON.stringify(document));
      } catch {
        // Not JSON after all: relayed as received.
      }
      headers['content-length'] = body.length;
      if (this.writeHead(200, headers)) this.res.end(body);
    });
  }

  /** The request to the service failed (before or while its answer arrived). */
  upstreamError(error: Error): void {
    if (this.failed || this.clientGone) return;
    const code = errorCode(error);
    if (
      this.answer === null &&
      !this.bodyTooLarge &&
      code !== undefined &&
      CONNECT_FAILURES.has(code) &&
      this.attempt + 1 < this.maxAttempts &&
      !this.res.destroyed
    ) {
      this.attempt += 1;
      this.proxy.runtime.metrics.retries.inc({ service: (this.target as RoutedPath).service });
      this.send();
      return;
    }
    let kind: string;
    if (this.bodyTooLarge || code === BODY_TOO_LARGE) kind = 'body_too_large';
    else if (code === UPSTREAM_TIMEOUT) kind = 'timeout';
    else if (code !== undefined && CONNECT_FAILURES.has(code) && code !== 'ECONNRESET') {
      kind = 'unavailable';
    } else kind = code === 'ECONNRESET' ? 'reset' : 'error';
    this.upstreamFailed(kind, error);
  }

  /** The service's answer broke off before its end. */
  answerBroken(error: Error): void {
    if (this.failed || this.clientGone) return;
    this.upstreamFailed('reset', error);
  }

  /** Counts and logs a failed upstream exchange and answers it, or cuts the relayed answer off. */
  private upstreamFailed(kind: string, error: Error): void {
    this.failed = true;
    const { req, res } = this;
    const service = (this.target as RoutedPath).service;
    this.proxy.runtime.metrics.upstreamFailures.inc({ service, kind });
    if (kind !== 'body_too_large') {
      this.proxy.logger.warn(
        `${req.method} ${req.url} → ${this.address}: ${kind} (${error.message})`,
      );
    }
    if (res.headersSent) {
      // Part of the answer is out: the client can only learn of the failure by the cut.
      this.brokenStatus = kind === 'timeout' ? 504 : 502;
      res.destroy();
      return;
    }
    if (res.destroyed) return;
    if (kind === 'body_too_large') {
      this.respond(413, bodyTooLarge(this.proxy.bodyLimitBytes), { connection: 'close' });
    } else if (kind === 'timeout') {
      this.answerFailure(504, `${service} did not answer in time`);
    } else if (kind === 'unavailable') {
      this.answerFailure(503, `${service} is unavailable`);
    } else {
      this.answerFailure(502, `${service} failed to answer`);
    }
  }

  private answerFailure(status: number, message: string): void {
    // The rest of a request body that was being piped is not drained: the connection closes.
    const headers = this.req.complete ? null : { connection: 'close' };
    this.respond(status, CommonResult.failed(message), headers);
  }

  private internalError(error: unknown): void {
    this.proxy.logger.error(error instanceof Error ? error : String(error));
    if (!this.res.headersSent && !this.res.destroyed) {
      this.respond(500, CommonResult.failed(), null);
    }
  }

  /** The gateway refuses the request itself. */
  private reject(
    reason: string,
    status: number,
    body: CommonResult<unknown>,
    headers: http.OutgoingHttpHeaders | null = null,
  ): void {
    this.proxy.runtime.metrics.rejected.inc({ reason });
    this.respond(status, body, headers);
  }

  private respond(
    status: number,
    body: CommonResult<unknown>,
    headers: http.OutgoingHttpHeaders | null,
  ): void {
    this.code = body.code;
    const cors = this.cors?.headers;
    writeEnvelope(this.res, status, body, cors ? { ...cors, ...headers } : headers);
  }

  /** The client connection is done with this answer: sent whole, or closed before. */
  closed(): void {
    const { res } = this;
    if (!res.writableFinished) {
      // The client left (or the answer was cut off): stop the service's side of the exchange.
      this.clientGone = !this.failed;
      if (this.upstream !== null && !(this.answer?.complete ?? false)) this.upstream.destroy();
    }
    if (this.recorded) return;
    this.recorded = true;
    if (res.writableFinished) this.proxy.log.end(this, res.statusCode, this.code);
    else this.proxy.log.end(this, this.brokenStatus ?? CLIENT_CLOSED_STATUS, null);
  }
}

// Shared listeners: `this` is the object the event fired on, which carries its exchange.
function onClientClose(this: Tagged<http.ServerResponse>): void {
  this[EXCHANGE]?.closed();
}

function onUpstreamResponse(this: Tagged<http.ClientRequest>, answer: http.IncomingMessage): void {
  this[EXCHANGE]?.relay(answer);
}

function onUpstreamError(this: Tagged<http.ClientRequest>, error: Error): void {
  this[EXCHANGE]?.upstreamError(error);
}

function onUpstreamTimeout(this: Tagged<http.ClientRequest>): void {
  this.destroy(Object.assign(new Error('no answer in time'), { code: UPSTREAM_TIMEOUT }));
}

function onAnswerChunk(this: Tagged<http.IncomingMessage>, chunk: Buffer): void {
  this[EXCHANGE]?.chunks.push(chunk);
}

function onAnswerEnd(this: Tagged<http.IncomingMessage>): void {
  this[EXCHANGE]?.answerComplete();
}

function onAnswerError(this: Tagged<http.IncomingMessage>, error: Error): void {
  this[EXCHANGE]?.answerBroken(error);
}
