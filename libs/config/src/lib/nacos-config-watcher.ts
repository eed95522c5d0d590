import * as os from 'node:os';
import * as path from 'node:path';
import { type ClientOptions, NacosConfigClient } from 'nacos';
import type { LoggerLike } from './logger';
import { NacosHttpClient, type NacosRequestOutcome, parseNacosServers } from './nacos-http-client';

export interface NacosConfigWatcherOptions {
  serverAddr: string;
  /** Nacos namespace; `public` (or empty) is the default namespace. */
  namespace: string;
  group: string;
  dataId: string;
  username?: string;
  password?: string;
  /** Bound on each request, and on the reachability check at start. */
  timeoutMs: number;
  /** First delay before trying again when Nacos is unreachable; doubles up to a minute. */
  retryDelayMs: number;
  logger: LoggerLike;
}

export type NacosProbeResult =
  | { readonly reachable: true; readonly content: string | null }
  | { readonly reachable: false; readonly reason: string };

const MAX_RETRY_DELAY_MS = 60_000;
/** nacos-config retries a refused connection at once; this spaces those retries out. */
const CONFIG_FAILURE_DELAY_MS = 1000;

type DataClientClass = new (options: unknown) => unknown;

/**
 * NacosConfigClient normally wraps its DataClient in cluster-client, which elects one leader
 * process per machine over TCP port 7777 and routes the other processes' subscriptions through
 * the leader's connection, to the leader's Nacos server. Every service here must talk to its own
 * server, so the client is created in-process instead.
 */
const inProcessCluster = (dataClientClass: DataClientClass) => ({
  delegate: () => undefined,
  create: (options: unknown) => new dataClientClass(options),
});

/**
 * Reads one data id from Nacos and follows its changes. Nacos being unreachable is not fatal: the
 * watcher checks reachability once, and while Nacos is down it does not subscribe (the library
 * would retry in a tight loop) but probes again with a growing delay.
 */
export class NacosConfigWatcher {
  private readonly http: NacosHttpClient;
  private readonly servers: string[];
  private readonly tenant: string | undefined;
  private client?: NacosConfigClient;
  private readonly onRemoteContent = (content: string | null): void => {
    if (!this.closed) this.listener?.(content);
  };
  private listener?: (content: string | null) => void;
  private retryTimer?: NodeJS.Timeout;
  private nextRetryMs: number;
  private reachable = true;
  private closed = false;

  constructor(private readonly options: NacosConfigWatcherOptions) {
    this.servers = parseNacosServers(options.serverAddr);
    // The config API addresses the default namespace as "no tenant".
    this.tenant =
      options.namespace && options.namespace !== 'public' ? options.namespace : undefined;
    this.nextRetryMs = Math.max(1, options.retryDelayMs);
    this.http = new NacosHttpClient({
      timeoutMs: options.timeoutMs,
      failureDelayMs: CONFIG_FAILURE_DELAY_MS,
      onOutcome: (outcome) => this.trackReachability(outcome),
    });
  }

  get dataId(): string {
    return this.options.dataId;
  }

  /** One request per server, bounded by `timeoutMs`: the current content, or why Nacos is down. */
  async probe(): Promise<NacosProbeResult> {
    const { dataId, group, username, password, timeoutMs } = this.options;
    const probeClient = new NacosHttpClient({ timeoutMs });
    let reason = 'no Nacos server configured';
    try {
      for (const server of this.servers) {
        try {
          const res = await probeClient.request(`http://${server}/nacos/v1/cs/configs`, {
            data: { dataId, group, tenant: this.tenant, username, password },
            timeout: timeoutMs,
          });
          if (res.status === 200) return { reachable: true, content: res.data };
          if (res.status === 404) return { reachable: true, content: null };
          reason = `${server} answered HTTP ${res.status}`;
        } catch (err) {
          reason = `${server}: ${(err as Error).message}`;
        }
      }
      return { reachable: false, reason };
    } finally {
      probeClient.close();
    }
  }

  /**
   * Starts following changes. When Nacos was reachable at the probe, this subscribes at once;
   * otherwise it probes again later and, once Nacos answers, reports the content and subscribes.
   */
  watch(listener: (content: string | null) => void, reachableNow: boolean): void {
    if (this.closed) return;
    this.listener = listener;
    if (reachableNow) this.subscribe();
    else this.scheduleRetry();
  }

  private subscribe(): void {
    if (this.closed || this.client) return;
    const { dataId, group, username, password, timeoutMs } = this.options;
    const options: ClientOptions & { cluster: typeof inProcessCluster } = {
      serverAddr: this.servers.join(','),
      namespace: this.tenant,
      username,
      password,
      requestTimeout: timeoutMs,
      cacheDir: path.join(os.tmpdir(), 'mall-nacos-cache'),
      httpclient: this.http,
      cluster: inProcessCluster,
    };
    const client = new NacosConfigClient(options);
    client.on?.('error', (err: Error) =>
      this.options.logger.debug(`nacos config client: ${err.name}: ${err.message}`),
    );
    client.subscribe({ dataId, group }, this.onRemoteContent);
    this.client = client;
  }

  private scheduleRetry(): void {
    const delay = this.nextRetryMs;
    this.nextRetryMs = Math.min(delay * 2, MAX_RETRY_DELAY_MS);
    const timer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.probe().then((result) => {
        if (this.closed) return;
        if (!result.reachable) {
          this.options.logger.debug(`Nacos still unreachable (${result.reason})`);
          this.scheduleRetry();
          return;
        }
        this.options.logger.info(
          `Nacos is reachable again; following ${this.options.dataId} (group ${this.options.group})`,
        );
        this.listener?.(result.content);
        this.subscribe();
      });
    }, delay);
    // A retry alone must not keep a finished process alive.
    timer.unref();
    this.retryTimer = timer;
  }

  private trackReachability(outcome: NacosRequestOutcome): void {
    if (outcome.ok === this.reachable) return;
    this.reachable = outcome.ok;
    const { logger, dataId } = this.options;
    if (outcome.ok) logger.info(`Nacos config connection restored (${dataId})`);
    else
      logger.warn(
        `Nacos config connection lost (${dataId}): ${outcome.error?.message ?? `HTTP ${outcome.status}`}; keeping the last good config`,
      );
  }

  /** Stops following changes; leaves no timer, socket or pending request behind. Idempotent. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    const client = this.client;
    this.client = undefined;
    if (client) {
      client.unSubscribe(
        { dataId: this.options.dataId, group: this.options.group },
        this.onRemoteContent,
      );
      client.close();
    }
    this.http.close();
  }
}
