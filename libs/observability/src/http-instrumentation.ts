import { performance } from 'node:perf_hooks';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Logger } from './logging';
import type { Metrics } from './metrics';
import { currentTraceId } from './tracing';

// Per-request state lives in symbol-keyed fields declared once through Fastify decorators: request and
// reply objects keep one hidden class and no per-request state object is allocated.
const ENVELOPE_CODE = Symbol('mall.envelopeCode');
const USER_ID = Symbol('mall.userId');
const TRACE_ID = Symbol('mall.traceId');
const IGNORED = Symbol('mall.ignored');
const COMPLETED = Symbol('mall.completed');
const STARTED_AT = Symbol('mall.startedAt');

interface ReplyState {
  [ENVELOPE_CODE]?: number | null;
}

interface RequestState {
  [USER_ID]?: string | number | null;
  [TRACE_ID]?: string | null;
  [IGNORED]?: boolean;
  [COMPLETED]?: boolean;
  [STARTED_AT]?: number;
}

/** Route label of requests no route matched (404s), so scanners cannot multiply series. */
export const UNKNOWN_ROUTE = 'UNKNOWN';
/** Status recorded for requests the client abandoned before the response was sent (nginx's 499). */
export const CLIENT_CLOSED_STATUS = 499;
const SUCCESS_CODE = 200;

/**
 * Records the `code` of the `{code,message,data}` envelope a handler answered with. The response
 * interceptor and exception filter call it with the Fastify reply, so business failures sent as
 * HTTP 200 still count as failures in metrics and logs.
 */
export function setEnvelopeCode(reply: object, code: number): void {
  (reply as ReplyState)[ENVELOPE_CODE] = code;
}

/** The envelope code recorded by {@link setEnvelopeCode}, if any. */
export function getEnvelopeCode(reply: object): number | undefined {
  return (reply as ReplyState)[ENVELOPE_CODE] ?? undefined;
}

/** Adds the authenticated user's id to the request's access-log line. */
export function setRequestUserId(request: object, userId: string | number): void {
  (request as RequestState)[USER_ID] = userId;
}

export interface InstrumentFastifyOptions {
  metrics: Metrics;
  logger: Logger;
  /**
   * Path prefixes left out of the histogram and the access log (health probes and scrapes would
   * drown real traffic). Default: `['/actuator']`.
   */
  ignorePaths?: string[];
}

/**
 * Times every request into `http_server_requests_seconds`, tracks in-flight requests and writes one
 * access-log line per request. Call it before the application registers its routes (before Nest's
 * `app.init()`), on the root instance, so the hooks cover every route and the 404 handler.
 */
export function instrumentFastify(
  fastify: FastifyInstance,
  options: InstrumentFastifyOptions,
): void {
  const { metrics, logger } = options;
  const ignorePaths = options.ignorePaths ?? ['/actuator'];
  const histogram = metrics.httpRequestDuration;
  const inFlight = metrics.httpRequestsInFlight;

  if (fastify.hasRequestDecorator(STARTED_AT)) {
    // A second set of hooks would count and log every request twice.
    throw new Error('instrumentFastify was already applied to this Fastify instance');
  }
  fastify.decorateReply(ENVELOPE_CODE, null);
  for (const field of [USER_ID, TRACE_ID, IGNORED, COMPLETED, STARTED_AT]) {
    fastify.decorateRequest(field, null);
  }

  const isIgnored = (url: string): boolean => {
    for (const prefix of ignorePaths) {
      if (url.startsWith(prefix)) {
        const next = url.charCodeAt(prefix.length);
        // Match whole path segments: '/actuator' covers '/actuator/health' but not '/actuators'.
        if (Number.isNaN(next) || next === 47 /* / */ || next === 63 /* ? */) return true;
      }
    }
    return false;
  };

  const complete = (request: FastifyRequest, status: number, code: number | null): void => {
    const state = request as RequestState;
    if (state[COMPLETED]) return;
    state[COMPLETED] = true;
    inFlight.dec();

    const route = request.routeOptions.url ?? UNKNOWN_ROUTE;
    const latencyMs = performance.now() - (state[STARTED_AT] ?? 0);
    histogram.observe(
      { method: request.method, route, status, code: code ?? 'none' },
      latencyMs / 1000,
    );

    const line: Record<string, unknown> = {
      method: request.method,
      url: request.url,
      route,
      status,
      code,
      latencyMs: Math.round(latencyMs * 1000) / 1000,
      ip: request.ip,
      userAgent: request.headers['user-agent'],
    };
    const traceId = state[TRACE_ID];
    if (traceId) line['traceId'] = traceId;
    const userId = state[USER_ID];
    if (userId !== null && userId !== undefined) line['userId'] = userId;
    if (status === CLIENT_CLOSED_STATUS) line['aborted'] = true;

    if (status >= 500) logger.error(line, 'request');
    else if (status === CLIENT_CLOSED_STATUS || (code !== null && code !== SUCCESS_CODE)) {
      logger.warn(line, 'request');
    } else logger.info(line, 'request');
  };

  fastify.addHook('onRequest', (request, _reply, done) => {
    const state = request as RequestState;
    if (isIgnored(request.url)) {
      state[IGNORED] = true;
    } else {
      // Read now: the agent's entry span is active while the request is dispatched, but may already
      // be closed by the time the response has been written.
      state[STARTED_AT] = performance.now();
      state[TRACE_ID] = currentTraceId() ?? null;
      inFlight.inc();
    }
    done();
  });

  fastify.addHook('onResponse', (request, reply, done) => {
    if (!(request as RequestState)[IGNORED]) {
      complete(request, reply.statusCode, (reply as ReplyState)[ENVELOPE_CODE] ?? null);
    }
    done();
  });

  // A client that disconnects before the answer leaves no 'finish' event, hence no onResponse.
  fastify.addHook('onRequestAbort', (request, done) => {
    if (!(request as RequestState)[IGNORED]) complete(request, CLIENT_CLOSED_STATUS, null);
    done();
  });
}
