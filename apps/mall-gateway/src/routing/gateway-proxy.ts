import fastifyReplyFrom, { type FastifyReplyFromHooks } from '@fastify/reply-from';
import { CommonResult } from '@mall/common';
import type { ServiceInstance } from '@mall/discovery';
import { setRequestUserId } from '@mall/observability';
import { USER_HEADER } from '@mall/security';
import { Logger } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import type { GatewayRuntime } from '../gateway-runtime';
import { badPath, notFound, sendEnvelope, tooManyRequests } from './gateway-replies';
import { isRejectedPath, parseRequestPath, type RoutedPath } from './request-path';
import { instanceOrigin } from './upstream-balancer';

export interface GatewayProxyOptions {
  runtime: GatewayRuntime;
  /** `server.bodyLimitBytes`: larger request bodies are refused with 413. */
  bodyLimitBytes: number;
  /** Services given a route (`/<service>` and `/<service>/*`); fixed at start. */
  services: readonly string[];
}

/** What one proxied request needs in reply-from's callbacks (stored on the request). */
interface ProxyState {
  target: RoutedPath;
  instances: ServiceInstance[];
  start: number;
  attempt: number;
  maxAttempts: number;
  origin: string;
  userHeader: string | null;
  stripAuthorization: boolean;
  /** `/<service>/v3/api-docs`: the document gets a `servers` entry with the gateway prefix. */
  rewriteDocs: boolean;
  /** Set by the body counter the moment a chunked upload passes the limit. */
  bodyTooLarge: boolean;
}

const STATE = Symbol('mall.gatewayProxy');
type ProxiedRequest = FastifyRequest & { [STATE]: ProxyState | null };

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
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
// TRACE and WebDAV methods are not proxied (they answer 404 like any unknown route).
const PROXIED_METHODS: HTTPMethods[] = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];
const BODY_TOO_LARGE = 'MALL_BODY_TOO_LARGE';
const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
// Answers up to this size (by their Content-Length) are collected and written with the headers in
// one go: a piped answer costs the client socket an extra write, the largest cost per request.
const BUFFERED_ANSWER_BYTES = 64 * 1024;
// Connection-level headers of the service's answer that must not be relayed to the client.
const HOP_BY_HOP_RESPONSE = ['connection', 'keep-alive', 'proxy-connection', 'upgrade'];
const CORS_RESPONSE_HEADERS = [
  'access-control-allow-origin',
  'access-control-allow-credentials',
  'access-control-allow-methods',
  'access-control-allow-headers',
  'access-control-max-age',
];

function bodyTooLarge(limit: number): CommonResult<null> {
  return CommonResult.failed(`Request body is too large (limit ${limit} bytes)`);
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

function hasBody(headers: IncomingHttpHeaders): boolean {
  const length = headers['content-length'];
  return headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

function errorCode(error: Error): string | undefined {
  const cause = (error as { cause?: unknown }).cause;
  const fromCause = (cause as { code?: unknown } | undefined)?.code;
  if (typeof fromCause === 'string') return fromCause;
  const own = (error as { code?: unknown }).code;
  return typeof own === 'string' ? own : undefined;
}

/**
 * The proxy: `/<service>/**` → an instance of `<service>` with the prefix stripped. Bodies stream
 * through untouched (no parsing), over pooled keep-alive connections of node's `http` (where the
 * SkyWalking agent injects `sw8`). Registered as an encapsulated plugin so its catch-all body
 * "parser" does not affect the gateway's own routes.
 */
export async function gatewayProxy(scope: FastifyInstance, options: GatewayProxyOptions) {
  const { runtime, bodyLimitBytes } = options;
  const logger = new Logger('GatewayProxy');
  const proxy = runtime.settings.proxy;

  scope.removeAllContentTypeParsers();
  // Every content type: hand the raw stream to reply-from, which pipes it to the service.
  scope.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
  await scope.register(fastifyReplyFrom, {
    // An `http` section selects node's http client (not undici): SkyWalking hooks http.request.
    http: {
      agentOptions: {
        keepAlive: true,
        keepAliveMsecs: 1000,
        maxSockets: proxy.maxSocketsPerInstance,
        maxFreeSockets: proxy.maxSocketsPerInstance,
        // Idle pooled sockets close before the services' keep-alive timeout (65 s) would.
        timeout: proxy.idleSocketTimeoutMs,
        scheduling: 'lifo',
      },
      requestOptions: { timeout: proxy.timeoutMs },
    },
    destroyAgent: true,
    disableRequestLogging: true,
    // Only the gateway decides about retries (another instance, no body): see onError.
    retryMethods: [],
    maxRetriesOn503: 0,
  });
  scope.decorateRequest(STATE, null);

  const send = (reply: FastifyReply, state: ProxyState): void => {
    const instance = state.instances[(state.start + state.attempt) % state.instances.length];
    state.origin = instanceOrigin(instance);
    reply.from(state.target.forwardPath, FROM_OPTIONS);
  };

  const FROM_OPTIONS: FastifyReplyFromHooks = {
    getUpstream: (request) => (request as ProxiedRequest)[STATE]?.origin ?? '',
    retryDelay: () => null,
    rewriteRequestHeaders(request, headers) {
      const state = (request as ProxiedRequest)[STATE] as ProxyState;
      // Services trust `user`: only the gateway sets it, from a verified token.
      delete headers[USER_HEADER];
      if (state.userHeader !== null) headers[USER_HEADER] = state.userHeader;
      if (state.stripAuthorization) delete headers.authorization;
      const client = request.raw.socket.remoteAddress ?? '';
      const forwardedFor = headers['x-forwarded-for'];
      headers['x-forwarded-for'] = forwardedFor ? `${forwardedFor}, ${client}` : client;
      headers['x-forwarded-proto'] ??= request.protocol;
      if (request.headers.host) headers['x-forwarded-host'] ??= request.headers.host;
      headers['x-forwarded-prefix'] = `/${state.target.service}`;
      return headers;
    },
    rewriteHeaders(headers, request) {
      for (const name of HOP_BY_HOP_RESPONSE) delete headers[name];
      // CORS is the gateway's: a service's own CORS headers would contradict or duplicate it.
      if (request?.headers.origin !== undefined) {
        for (const name of CORS_RESPONSE_HEADERS) delete headers[name];
      }
      return headers;
    },
    onResponse(request, rawReply, res) {
      // reply-from types the reply for HTTP/1 and HTTP/2 servers; this server is HTTP/1.
      const reply = rawReply as unknown as FastifyReply;
      const state = (request as ProxiedRequest)[STATE] as ProxyState;
      if (state.rewriteDocs && res.statusCode === 200) {
        sendDocumentWithPrefix(reply, res.stream, state.target.service);
        return;
      }
      const length = Number(res.stream.headers['content-length']);
      if (request.method !== 'HEAD' && length > 0 && length <= BUFFERED_ANSWER_BYTES) {
        relayBuffered(reply, res.stream, state.target.service);
        return;
      }
      reply.send(res.stream);
    },
    onError(rawReply, { error }) {
      const reply = rawReply as unknown as FastifyReply;
      const request = reply.request as ProxiedRequest;
      const state = request[STATE] as ProxyState;
      const code = errorCode(error);
      const service = state.target.service;
      if (
        !state.bodyTooLarge &&
        code !== undefined &&
        CONNECT_FAILURES.has(code) &&
        state.attempt + 1 < state.maxAttempts &&
        !reply.sent
      ) {
        state.attempt += 1;
        runtime.metrics.retries.inc({ service });
        send(reply, state);
        return;
      }
      let kind: string;
      let status: number;
      let body: CommonResult<unknown>;
      if (state.bodyTooLarge || code === BODY_TOO_LARGE) {
        kind = 'body_too_large';
        status = 413;
        body = bodyTooLarge(bodyLimitBytes);
        reply.header('connection', 'close');
      } else if ((error as { statusCode?: number }).statusCode === 504) {
        kind = 'timeout';
        status = 504;
        body = CommonResult.failed(`${service} did not answer in time`);
      } else if (code !== undefined && CONNECT_FAILURES.has(code) && code !== 'ECONNRESET') {
        kind = 'unavailable';
        status = 503;
        body = CommonResult.failed(`${service} is unavailable`);
      } else {
        kind = code === 'ECONNRESET' ? 'reset' : 'error';
        status = 502;
        body = CommonResult.failed(`${service} failed to answer`);
      }
      runtime.metrics.upstreamFailures.inc({ service, kind });
      if (kind !== 'body_too_large') {
        logger.warn(
          `${request.method} ${request.url} → ${state.origin}: ${kind} (${error.message})`,
        );
      }
      if (!reply.sent) sendEnvelope(reply, status, body);
    },
  };

  const reject = (
    reply: FastifyReply,
    reason: string,
    status: number,
    body: CommonResult<unknown>,
  ) => {
    runtime.metrics.rejected.inc({ reason });
    return sendEnvelope(reply, status, body);
  };

  const handle = async (request: FastifyRequest, reply: FastifyReply) => {
    const target = parseRequestPath(request.raw.url ?? request.url);
    if (isRejectedPath(target)) return reject(reply, 'bad_path', 400, badPath(target.rejected));
    if (!runtime.isRouted(target.service)) {
      return reject(reply, 'unknown_route', 404, notFound(request.method, target.path));
    }

    const rate = runtime.limiter.check(target.service, target.path);
    if (!rate.allowed) {
      reply.header('retry-after', String(rate.retryAfterSeconds));
      return reject(reply, 'rate_limited', 429, tooManyRequests());
    }

    const pending = runtime.policy.decide(request.method, target, request.headers.authorization);
    // Most decisions need no I/O: skip the extra turn of the event loop an await would cost.
    const decision = pending instanceof Promise ? await pending : pending;
    if (!decision.allowed) {
      return reject(reply, decision.reason, decision.httpStatus, decision.body);
    }
    if (decision.claims) setRequestUserId(request, decision.claims.id);

    const withBody = hasBody(request.headers);
    if (withBody) {
      const declared = Number(request.headers['content-length']);
      if (declared > bodyLimitBytes) {
        // The body is not read: close the connection rather than drain it.
        reply.header('connection', 'close');
        return reject(reply, 'body_too_large', 413, bodyTooLarge(bodyLimitBytes));
      }
    }

    const instances = await runtime.balancer.instances(target.service);
    if (instances.length === 0) {
      runtime.metrics.upstreamFailures.inc({ service: target.service, kind: 'no_instance' });
      return sendEnvelope(reply, 503, CommonResult.failed(`${target.service} is unavailable`));
    }
    const retryable = IDEMPOTENT.has(request.method) && !withBody;
    const state: ProxyState = {
      target,
      instances,
      start: runtime.balancer.nextStart(target.service, instances.length),
      attempt: 0,
      maxAttempts: retryable ? Math.min(instances.length, 1 + proxy.maxRetries) : 1,
      origin: '',
      userHeader: decision.userHeader,
      stripAuthorization: decision.stripAuthorization,
      rewriteDocs: request.method === 'GET' && target.forwardPath === '/v3/api-docs',
      bodyTooLarge: false,
    };
    (request as ProxiedRequest)[STATE] = state;
    if (withBody && request.headers['content-length'] === undefined && request.body) {
      // A chunked upload announces no size: count it on the way through.
      const source = request.body as Readable;
      const limited = new BodyLimit(bodyLimitBytes, () => {
        state.bodyTooLarge = true;
        // Stop reading; the connection is closed after the 413 (not drained, not destroyed first).
        source.unpipe(limited);
      });
      source.pipe(limited);
      request.body = limited;
    }
    send(reply, state);
    return reply;
  };

  for (const service of options.services) {
    for (const url of [`/${service}`, `/${service}/*`]) {
      scope.route({ method: PROXIED_METHODS, url, handler: handle });
    }
  }
}

/** Relays a small answer whole, once it has arrived (its Content-Length is kept). */
function relayBuffered(reply: FastifyReply, stream: IncomingMessage, service: string): void {
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.once('error', () => {
    if (!reply.sent) sendEnvelope(reply, 502, CommonResult.failed(`${service} failed to answer`));
  });
  stream.once('end', () => {
    reply.send(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks));
  });
}

/**
 * Relays a service's OpenAPI document with `servers: [{ url: '/<service>' }]`, so "Try it out" in
 * the gateway's Swagger UI calls the service through the gateway.
 */
function sendDocumentWithPrefix(
  reply: FastifyReply,
  stream: IncomingMessage,
  service: string,
): void {
  const isJson = /\bjson\b/i.test(stream.headers['content-type'] ?? '');
  if (!isJson || stream.headers['content-encoding'] !== undefined) {
    reply.send(stream);
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  stream.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > MAX_DOCUMENT_BYTES) {
      stream.destroy(new Error('OpenAPI document too large'));
      return;
    }
    chunks.push(chunk);
  });
  stream.once('error', () => {
    if (!reply.sent) sendEnvelope(reply, 502, CommonResult.failed(`${service} failed to answer`));
  });
  stream.once('end', () => {
    let document: Record<string, unknown>;
    try {
      document = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
    } catch {
      reply.removeHeader('content-length');
      reply.send(Buffer.concat(chunks));
      return;
    }
    document['servers'] = [{ url: `/${service}` }];
    reply.removeHeader('content-length');
    reply.send(JSON.stringify(document));
  });
}
