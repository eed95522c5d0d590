import * as http from 'node:http';
import * as https from 'node:https';
import * as querystring from 'node:querystring';

/** The subset of urllib's request options that the `nacos` 2.6.3 clients pass. */
export interface NacosHttpRequestOptions {
  method?: string;
  data?: Record<string, unknown> | string;
  headers?: Record<string, string | number | undefined>;
  timeout?: number | [number, number];
  dataAsQueryString?: boolean;
  dataType?: string;
}

/** The subset of urllib's response that the `nacos` clients read. */
export interface NacosHttpResponse {
  status: number;
  data: string;
  headers: http.IncomingHttpHeaders;
}

export interface NacosRequestOutcome {
  readonly url: URL;
  /** A response arrived and it was not a server error. */
  readonly ok: boolean;
  readonly status?: number;
  readonly error?: Error;
}

export interface NacosHttpClientOptions {
  /** Timeout of a request that does not name its own. */
  timeoutMs: number;
  /**
   * Delay before a connection failure is reported. nacos-config retries a failed request in a
   * tight loop until its timeout; this delay turns thousands of connects into a few.
   */
  failureDelayMs?: number;
  /** Told about every finished request (used to track whether Nacos is reachable). */
  onOutcome?: (outcome: NacosRequestOutcome) => void;
}

const MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

function encodeData(data: Record<string, unknown> | string | undefined): string {
  if (data === undefined) return '';
  if (typeof data === 'string') return data;
  const defined: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) {
    if (value !== undefined && value !== null) defined[key] = String(value);
  }
  return querystring.stringify(defined);
}

/**
 * HTTP client handed to the `nacos` clients in place of urllib. It gives every request a timeout,
 * slows down retries against a server that is down, and on `close()` abandons in-flight requests
 * (their promises never settle), so a long-poll or poll loop inside the library stops without
 * leaving sockets or timers behind.
 */
export class NacosHttpClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  private readonly httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 16 });
  private readonly inFlight = new Map<http.ClientRequest, NodeJS.Timeout>();
  private readonly delayTimers = new Set<NodeJS.Timeout>();
  private closed = false;
  private last?: NacosRequestOutcome;

  constructor(private readonly options: NacosHttpClientOptions) {}

  /** The outcome of the most recent request, if any finished. */
  get lastOutcome(): NacosRequestOutcome | undefined {
    return this.last;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  request(url: string, options: NacosHttpRequestOptions = {}): Promise<NacosHttpResponse> {
    if (this.closed) return new Promise<NacosHttpResponse>(() => undefined);
    const method = (options.method ?? 'GET').toUpperCase();
    const target = new URL(url);
    const encoded = encodeData(options.data);
    const inQuery = method === 'GET' || method === 'HEAD' || options.dataAsQueryString === true;
    if (inQuery && encoded) target.search += (target.search ? '&' : '') + encoded;
    const body = inQuery ? '' : encoded;
    const timeoutMs = Array.isArray(options.timeout)
      ? options.timeout[0] + options.timeout[1]
      : (options.timeout ?? this.options.timeoutMs);

    const headers: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(options.headers ?? {})) {
      if (value !== undefined) headers[name] = value;
    }
    if (body) {
      if (!Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) {
        headers['Content-Type'] = 'application/x-www-form-urlencoded';
      }
      headers['Content-Length'] = Buffer.byteLength(body);
    }

    return new Promise<NacosHttpResponse>((resolve, reject) => {
      const isHttps = target.protocol === 'https:';
      const req = (isHttps ? https : http).request(target, {
        method,
        headers,
        agent: isHttps ? this.httpsAgent : this.agent,
      });
      let settled = false;
      const timer = setTimeout(() => {
        const err = new Error(`Nacos request timed out after ${timeoutMs} ms: ${method} ${url}`);
        err.name = 'NacosTimeoutError';
        req.destroy(err);
      }, timeoutMs);
      this.inFlight.set(req, timer);

      const finish = (outcome: NacosRequestOutcome, settle: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.inFlight.delete(req);
        if (this.closed) return;
        this.last = outcome;
        this.options.onOutcome?.(outcome);
        settle();
      };

      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_RESPONSE_BYTES) {
            req.destroy(new Error(`Nacos response larger than ${MAX_RESPONSE_BYTES} bytes`));
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          const response = {
            status,
            data: Buffer.concat(chunks).toString('utf8'),
            headers: res.headers,
          };
          finish({ url: target, ok: status < 500, status }, () => resolve(response));
        });
        res.on('error', (err) => this.fail(err, target, finish, reject));
      });
      req.on('error', (err) => this.fail(err, target, finish, reject));
      req.end(body || undefined);
    });
  }

  private fail(
    err: Error,
    url: URL,
    finish: (outcome: NacosRequestOutcome, settle: () => void) => void,
    reject: (err: Error) => void,
  ): void {
    finish({ url, ok: false, error: err }, () => {
      const delay = this.options.failureDelayMs ?? 0;
      if (delay <= 0) return reject(err);
      const timer = setTimeout(() => {
        this.delayTimers.delete(timer);
        if (!this.closed) reject(err);
      }, delay);
      timer.unref();
      this.delayTimers.add(timer);
    });
  }

  /** Abandons in-flight requests and closes every socket. Idempotent. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const timer of this.delayTimers) clearTimeout(timer);
    this.delayTimers.clear();
    for (const [req, timer] of this.inFlight) {
      clearTimeout(timer);
      req.destroy();
    }
    this.inFlight.clear();
    this.agent.destroy();
    this.httpsAgent.destroy();
  }
}

/** `host:port` entries of a Nacos address list such as `nacos-0:8848,http://nacos-1:8848`. */
export function parseNacosServers(serverAddr: string): string[] {
  return serverAddr
    .split(',')
    .map((entry) =>
      entry
        .trim()
        .replace(/^https?:\/\//, '')
        .replace(/\/.*$/, ''),
    )
    .filter((entry) => entry.length > 0)
    .map((entry) => (/:\d+$/.test(entry) ? entry : `${entry}:8848`));
}

/** True when every Nacos server named is on this machine's loopback interface. */
export function isLoopbackNacos(serverAddr: string): boolean {
  const hosts = parseNacosServers(serverAddr).map((entry) =>
    entry.replace(/:\d+$/, '').replace(/^\[|\]$/g, ''),
  );
  return (
    hosts.length > 0 &&
    hosts.every((host) => host === 'localhost' || host === '::1' || /^127\./.test(host))
  );
}
