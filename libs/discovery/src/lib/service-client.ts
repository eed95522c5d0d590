import * as http from 'node:http';
import { instanceAddress, type ServiceInstance, type ServiceRegistry } from './registry';
import { ServiceCallError } from './service-call-error';

export interface ServiceClientOptions {
  /** Sockets per instance in the keep-alive pool (default 64). */
  maxSockets?: number;
  /** Default per-request timeout, connect to last byte (default 3000 ms). */
  timeoutMs?: number;
  /** Further instances tried after a connection failure of an idempotent request (default 2). */
  maxRetries?: number;
  /** Idle time after which a pooled socket is closed (default 30000 ms). */
  idleSocketTimeoutMs?: number;
  /** Largest response body accepted (default 10 MiB). */
  maxResponseBytes?: number;
}

export type QueryValue = string | number | boolean | null | undefined;

export interface ServiceRequest {
  method?: string;
  /** Path on the service, e.g. `/member/info` (may already carry a query string). */
  path: string;
  query?: Record<string, QueryValue | readonly QueryValue[]>;
  /** Sent as JSON. */
  body?: unknown;
  /** Forwarded as given, e.g. the `user` header and tracing headers of the incoming request. */
  headers?: http.OutgoingHttpHeaders;
  timeoutMs?: number;
  /** Resolve instead of rejecting on 4xx/5xx answers (default false). */
  acceptErrorStatus?: boolean;
}

export interface ServiceResponse<T> {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: T;
}

type RequestOptions = Omit<ServiceRequest, 'method' | 'path' | 'body'>;

// RFC 9110 idempotent methods: repeating them on another instance is safe.
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);
// Failures that mean the request never reached a server.
const CONNECT_FAILURES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'EAI_AGAIN',
  'ENOTFOUND',
]);
// Headers the client sets itself from the request it builds.
const OWN_HEADERS = new Set(['host', 'content-length', 'connection', 'transfer-encoding']);

interface AttemptFailure {
  error: ServiceCallError;
  /** The request never reached the service, so another instance may be tried. */
  notSent: boolean;
  /** A pooled keep-alive socket was closed by the server just as it was reused. */
  staleSocket: boolean;
}

function buildPath(path: string, query: ServiceRequest['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    const values = Array.isArray(value) ? value : [value];
    for (const item of values)
      if (item !== undefined && item !== null) params.append(key, String(item));
  }
  const encoded = params.toString();
  if (!encoded) return path;
  return `${path}${path.includes('?') ? '&' : '?'}${encoded}`;
}

/**
 * Calls other services over node's `http.request` (the SkyWalking agent propagates `sw8` only
 * through it), with one keep-alive pool per client, round-robin over the registry's instances, a
 * timeout per request, and a retry on the next instance when an idempotent request could not
 * connect. Bodies are JSON both ways.
 */
export class ServiceClient {
  /** The connection pool; the gateway's streaming proxy reuses it with `pickInstance`. */
  readonly agent: http.Agent;
  private readonly counters = new Map<string, number>();
  private readonly timeoutMs: number;
  private readonly maxRetries: number;
  private readonly maxResponseBytes: number;

  constructor(
    private readonly registry: ServiceRegistry,
    options: ServiceClientOptions = {},
  ) {
    this.agent = new http.Agent({
      keepAlive: true,
      maxSockets: options.maxSockets ?? 64,
      scheduling: 'lifo',
      // Applies to idle pooled sockets only; requests have their own timeout.
      timeout: options.idleSocketTimeoutMs ?? 30_000,
    });
    this.timeoutMs = options.timeoutMs ?? 3000;
    this.maxRetries = options.maxRetries ?? 2;
    this.maxResponseBytes = options.maxResponseBytes ?? 10 * 1024 * 1024;
  }

  /** The next instance of `service` in round-robin order. */
  async pickInstance(service: string): Promise<ServiceInstance> {
    const instances = await this.instancesOf(service);
    return instances[this.nextIndex(service, instances.length)];
  }

  get<T>(service: string, path: string, options: RequestOptions = {}): Promise<ServiceResponse<T>> {
    return this.request<T>(service, { ...options, method: 'GET', path });
  }

  post<T>(
    service: string,
    path: string,
    body: unknown,
    options: RequestOptions = {},
  ): Promise<ServiceResponse<T>> {
    return this.request<T>(service, { ...options, method: 'POST', path, body });
  }

  async request<T>(service: string, request: ServiceRequest): Promise<ServiceResponse<T>> {
    const method = (request.method ?? 'GET').toUpperCase();
    const instances = await this.instancesOf(service);
    const first = this.nextIndex(service, instances.length);
    const idempotent = IDEMPOTENT.has(method);
    const maxAttempts = Math.min(instances.length, 1 + this.maxRetries);
    let staleRetried = false;
    for (let attempt = 0; ; attempt++) {
      const instance = instances[(first + attempt) % instances.length];
      const outcome = await this.attempt<T>(service, instance, method, request);
      if (!('error' in outcome)) return outcome;
      // Any method may be sent again, once, when a reused keep-alive socket turned out to be
      // closed by the server: the request was never read (node's documented retry case).
      if (outcome.staleSocket && !staleRetried) {
        staleRetried = true;
        continue;
      }
      // A connection that failed before any answer may be repeated on the next instance only
      // when repeating the method is harmless.
      if (idempotent && outcome.notSent && attempt + 1 < maxAttempts) continue;
      throw outcome.error;
    }
  }

  /** Destroys pooled sockets. */
  close(): void {
    this.agent.destroy();
  }

  private async instancesOf(service: string): Promise<ServiceInstance[]> {
    let instances: ServiceInstance[];
    try {
      instances = await this.registry.resolve(service);
    } catch (err) {
      throw new ServiceCallError(`cannot resolve ${service}: ${(err as Error).message}`, {
        service,
        code: 'CONNECT',
        cause: err,
      });
    }
    const usable = instances.filter((instance) => instance.weight !== 0);
    if (usable.length === 0) {
      throw new ServiceCallError(`no instance of ${service} is known`, {
        service,
        code: 'CONNECT',
      });
    }
    return usable;
  }

  private nextIndex(service: string, length: number): number {
    const counter = this.counters.get(service) ?? 0;
    this.counters.set(service, (counter + 1) % Number.MAX_SAFE_INTEGER);
    return counter % length;
  }

  private attempt<T>(
    service: string,
    instance: ServiceInstance,
    method: string,
    request: ServiceRequest,
  ): Promise<ServiceResponse<T> | AttemptFailure> {
    const address = instanceAddress(instance);
    const timeoutMs = request.timeoutMs ?? this.timeoutMs;
    const payload =
      request.body === undefined ? undefined : Buffer.from(JSON.stringify(request.body));
    const headers: http.OutgoingHttpHeaders = { accept: 'application/json' };
    for (const [name, value] of Object.entries(request.headers ?? {})) {
      if (value !== undefined && !OWN_HEADERS.has(name.toLowerCase())) headers[name] = value;
    }
    if (payload) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = payload.length;
    }

    return new Promise((resolve) => {
      let timedOut = false;
      let responded = false;
      let done = false;
      const fail = (error: ServiceCallError, notSent = false, staleSocket = false) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        resolve({ error, notSent, staleSocket });
      };

      const req = http.request({
        host: instance.host,
        port: instance.port,
        method,
        path: buildPath(request.path, request.query),
        headers,
        agent: this.agent,
      });
      const timer = setTimeout(() => {
        timedOut = true;
        req.destroy(Object.assign(new Error('request timed out'), { code: 'ETIMEDOUT' }));
      }, timeoutMs);

      const onError = (err: NodeJS.ErrnoException) => {
        if (timedOut) {
          fail(
            new ServiceCallError(
              `${method} ${service}${request.path} timed out after ${timeoutMs} ms`,
              { service, instance: address, code: 'TIMEOUT', cause: err },
            ),
          );
          return;
        }
        const notSent = !responded && CONNECT_FAILURES.has(err.code ?? '');
        const staleSocket = !responded && req.reusedSocket && err.code === 'ECONNRESET';
        fail(
          new ServiceCallError(
            `${method} ${service}${request.path} failed at ${address}: ${err.message}`,
            { service, instance: address, code: 'CONNECT', cause: err },
          ),
          notSent,
          staleSocket,
        );
      };
      req.on('error', onError);
      // Safety net: a connection that closes without an error event still settles the call.
      req.on('close', () =>
        setImmediate(() =>
          onError(Object.assign(new Error('connection closed early'), { code: 'ECONNRESET' })),
        ),
      );

      req.on('response', (res) => {
        responded = true;
        res.on('error', onError);
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > this.maxResponseBytes) {
            req.destroy(new Error(`response larger than ${this.maxResponseBytes} bytes`));
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => {
          if (done) return;
          const status = res.statusCode ?? 0;
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown = text;
          if (/\bjson\b/i.test(res.headers['content-type'] ?? '')) {
            try {
              body = text.length > 0 ? JSON.parse(text) : undefined;
            } catch (err) {
              fail(
                new ServiceCallError(
                  `${method} ${service}${request.path} answered ${status} with invalid JSON`,
                  { service, instance: address, code: 'HTTP', status, body: text, cause: err },
                ),
              );
              return;
            }
          }
          if (status >= 400 && !request.acceptErrorStatus) {
            fail(
              new ServiceCallError(`${method} ${service}${request.path} answered ${status}`, {
                service,
                instance: address,
                code: 'HTTP',
                status,
                body,
              }),
            );
            return;
          }
          done = true;
          clearTimeout(timer);
          resolve({ status, headers: res.headers, body: body as T });
        });
      });

      req.end(payload);
    });
  }
}
