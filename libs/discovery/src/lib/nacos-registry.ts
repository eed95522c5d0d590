import * as os from 'node:os';
import { format } from 'node:util';
import {
  isLoopbackNacos,
  type LoggerLike,
  NacosHttpClient,
  type NacosRequestOutcome,
  parseNacosServers,
} from '@mall/config';
import { type Host, NacosNamingClient } from 'nacos';
import { installCancellableBeatLoop, withLoopbackUdpBind } from './nacos-naming-internals';
import {
  instanceAddress,
  type SelfRegistration,
  type ServiceInstance,
  type ServiceRegistry,
} from './registry';

export interface NacosRegistryOptions {
  serverAddr: string;
  namespace: string;
  group: string;
  username?: string;
  password?: string;
  /** Bound on each Nacos request and on the wait for a service's first instance list. */
  timeoutMs: number;
  /** Instances to use for a service Nacos never listed (normally `discovery.services`). */
  fallback: Readonly<Record<string, readonly ServiceInstance[]>>;
  logger: LoggerLike;
  /** First delay before retrying a failed registration; doubles up to a minute (default 5000). */
  registerRetryDelayMs?: number;
}

/** Whether Nacos answered the latest naming request. */
export interface NacosRegistryHealth {
  readonly reachable: boolean | undefined;
  readonly lastError?: string;
}

type NamingClientOptions = ConstructorParameters<typeof NacosNamingClient>[0];
type NamingInstance = Parameters<NacosNamingClient['registerInstance']>[1];

interface NamingClientInternals {
  on?(event: 'error', listener: (err: Error) => void): void;
  close?(): Promise<void>;
  _hostReactor?: { on(event: 'error', listener: (err: Error) => void): void };
  _beatReactor?: { on(event: 'error', listener: (err: Error) => void): void };
}

interface Registration {
  readonly service: string;
  readonly instance: NamingInstance & { metadata: Record<string, string> };
}

const MAX_RETRY_DELAY_MS = 60_000;
const CLOSE_BOUND_MS = 2000;
const PROCESS_STARTED_AT = new Date(Date.now() - process.uptime() * 1000).toISOString();

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** First non-internal IPv4 address of this host (what other hosts can reach). */
function externalIPv4(): string | undefined {
  for (const addresses of Object.values(os.networkInterfaces())) {
    const found = addresses?.find((a) => a.family === 'IPv4' && !a.internal);
    if (found) return found.address;
  }
  return undefined;
}

/**
 * Service discovery through Nacos naming (nacos 2.6.3). Instance lists come from a subscription
 * and are cached; a list is replaced only by a non-empty list of usable instances, so `resolve`
 * keeps the last good list while Nacos is down, and uses the static fallback for a service Nacos
 * never listed. Registration is retried in the background until Nacos accepts it.
 */
export class NacosRegistry implements ServiceRegistry {
  readonly mode = 'nacos' as const;
  private readonly http: NacosHttpClient;
  private readonly client: NacosNamingClient;
  private readonly ready: Promise<void>;
  private readonly loopback: boolean;
  private readonly cache = new Map<string, ServiceInstance[]>();
  private readonly listeners = new Map<string, (hosts: Host[]) => void>();
  private readonly firstLists = new Map<string, Promise<void>>();
  private readonly waiters = new Map<string, () => void>();
  private readonly warnedFallback = new Set<string>();
  private registration?: Registration;
  private registerTimer?: NodeJS.Timeout;
  private nextRegisterDelayMs: number;
  private reachable: boolean | undefined;
  private lastError?: string;
  private closing?: Promise<void>;

  constructor(private readonly options: NacosRegistryOptions) {
    installCancellableBeatLoop();
    this.loopback = isLoopbackNacos(options.serverAddr);
    this.nextRegisterDelayMs = options.registerRetryDelayMs ?? 5000;
    this.http = new NacosHttpClient({
      timeoutMs: options.timeoutMs,
      onOutcome: (outcome) => this.onOutcome(outcome),
    });
    const clientOptions: NamingClientOptions & { httpclient: NacosHttpClient } = {
      logger: this.libraryLogger() as NamingClientOptions['logger'],
      serverList: parseNacosServers(options.serverAddr),
      namespace: options.namespace,
      username: options.username,
      password: options.password,
      httpclient: this.http,
    };
    const create = () => new NacosNamingClient(clientOptions);
    // Only a Nacos on this machine can push to a loopback-bound receiver; others need the default.
    this.client = this.loopback ? withLoopbackUdpBind(create) : create();
    const internals = this.client as unknown as NamingClientInternals;
    const onLibraryError = (err: Error) =>
      options.logger.debug(`nacos naming: ${err.name}: ${err.message}`);
    internals.on?.('error', onLibraryError);
    internals._hostReactor?.on('error', onLibraryError);
    internals._beatReactor?.on('error', onLibraryError);
    this.ready = withTimeout(this.client.ready(), options.timeoutMs, 'nacos naming start');
    this.ready.catch((err: Error) => options.logger.warn(err.message));
  }

  /** Whether the last naming request reached Nacos. */
  health(): NacosRegistryHealth {
    return { reachable: this.reachable, lastError: this.lastError };
  }

  async resolve(service: string): Promise<ServiceInstance[]> {
    const cached = this.cache.get(service);
    if (cached) return [...cached];
    if (!this.closing) await this.firstList(service);
    const listed = this.cache.get(service);
    if (listed) return [...listed];
    const fallback = [...(this.options.fallback[service] ?? [])];
    if (!this.warnedFallback.has(service)) {
      this.warnedFallback.add(service);
      this.options.logger.warn(
        `Nacos has no instance list for ${service} yet; using the static list (${fallback.map(instanceAddress).join(', ') || 'empty'})`,
      );
    }
    return fallback;
  }

  /** Subscribes to a service and waits (bounded) until its first list arrived or failed. */
  private firstList(service: string): Promise<void> {
    let pending = this.firstLists.get(service);
    if (!pending) {
      pending = new Promise<void>((resolve) => {
        const release = () => {
          clearTimeout(timer);
          this.waiters.delete(service);
          resolve();
        };
        // Never wait longer than one request: an unanswered first list means "use the fallback".
        const timer = setTimeout(release, this.options.timeoutMs);
        timer.unref();
        this.waiters.set(service, release);
      });
      this.firstLists.set(service, pending);
      const listener = (hosts: Host[]) => this.onHosts(service, hosts);
      this.listeners.set(service, listener);
      void this.ready.then(
        () => {
          if (!this.closing) {
            this.client.subscribe(
              { serviceName: service, groupName: this.options.group },
              listener,
            );
          }
        },
        () => this.waiters.get(service)?.(),
      );
    }
    return pending;
  }

  private onHosts(service: string, hosts: Host[]): void {
    const usable = hosts
      .filter((h) => h.enabled !== false && h.healthy !== false && (h.weight ?? 1) > 0)
      .map((h) => ({
        host: h.ip,
        port: Number(h.port),
        weight: h.weight,
        metadata: (h.metadata ?? {}) as Record<string, string>,
      }));
    if (usable.length > 0) {
      this.cache.set(service, usable);
    } else if (this.cache.has(service)) {
      this.options.logger.warn(
        `Nacos lists no usable instance of ${service}; keeping the last good list`,
      );
    }
    this.waiters.get(service)?.();
  }

  private onOutcome(outcome: NacosRequestOutcome): void {
    if (outcome.url.pathname.endsWith('/ns/instance/list')) {
      // The library handles the answer after this returns; look at the cache once it has.
      const grouped = outcome.url.searchParams.get('serviceName') ?? '';
      const service = grouped.includes('@@') ? grouped.slice(grouped.indexOf('@@') + 2) : grouped;
      const waiter = this.waiters.get(service);
      if (waiter) setImmediate(waiter);
    }
    const error = outcome.error?.message ?? (outcome.ok ? undefined : `HTTP ${outcome.status}`);
    if (!outcome.ok) this.lastError = error;
    if (outcome.ok === this.reachable) return;
    const wasKnown = this.reachable !== undefined;
    this.reachable = outcome.ok;
    if (!outcome.ok) {
      this.options.logger.warn(
        `Nacos naming at ${this.options.serverAddr} is unreachable (${error}); keeping the last known instance lists`,
      );
    } else if (wasKnown) {
      this.options.logger.info(`Nacos naming at ${this.options.serverAddr} is reachable again`);
    }
  }

  async register(self: SelfRegistration): Promise<void> {
    if (this.closing) throw new Error('registry is closed');
    const ip =
      self.host === '0.0.0.0' || self.host === '::' || self.host === ''
        ? this.loopback
          ? '127.0.0.1'
          : (externalIPv4() ?? '127.0.0.1')
        : self.host;
    const metadata: Record<string, string> = {
      version: process.env['MALL_VERSION'] ?? '0.0.0-dev',
      startedAt: PROCESS_STARTED_AT,
      ...self.metadata,
    };
    const instance = {
      instanceId: `${ip}#${self.port}#DEFAULT#${this.options.group}@@${self.service}`,
      ip,
      port: self.port,
      weight: 1,
      healthy: true,
      enabled: true,
      ephemeral: true,
      metadata,
    };
    this.registration = { service: self.service, instance };
    await this.tryRegister(this.registration);
  }

  private async tryRegister(registration: Registration): Promise<void> {
    const { service, instance } = registration;
    try {
      await this.ready;
      await withTimeout(
        this.client.registerInstance(service, instance, this.options.group),
        this.options.timeoutMs * 2,
        'nacos register',
      );
      this.nextRegisterDelayMs = this.options.registerRetryDelayMs ?? 5000;
      this.options.logger.info(
        `registered ${service} at ${instance.ip}:${instance.port} in Nacos (group ${this.options.group})`,
      );
    } catch (err) {
      if (this.closing || this.registration !== registration) return;
      const delay = this.nextRegisterDelayMs;
      this.nextRegisterDelayMs = Math.min(delay * 2, MAX_RETRY_DELAY_MS);
      this.options.logger.warn(
        `could not register ${service} in Nacos (${(err as Error).message}); retrying in ${delay} ms`,
      );
      this.registerTimer = setTimeout(() => {
        this.registerTimer = undefined;
        if (this.registration === registration) void this.tryRegister(registration);
      }, delay);
      this.registerTimer.unref();
    }
  }

  async deregister(): Promise<void> {
    if (this.registerTimer) clearTimeout(this.registerTimer);
    this.registerTimer = undefined;
    const registration = this.registration;
    this.registration = undefined;
    if (!registration) return;
    const { service, instance } = registration;
    try {
      await withTimeout(
        this.client.deregisterInstance(service, instance, this.options.group),
        this.options.timeoutMs,
        'nacos deregister',
      );
      this.options.logger.info(`deregistered ${service} at ${instance.ip}:${instance.port}`);
    } catch (err) {
      this.options.logger.warn(
        `could not deregister ${service} from Nacos (${(err as Error).message}); it expires on its own`,
      );
    }
  }

  /** Deregisters, stops polling and heartbeats, and releases sockets. At most a few seconds. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      for (const waiter of [...this.waiters.values()]) waiter();
      await this.deregister();
      for (const [service, listener] of this.listeners) {
        this.client.unSubscribe({ serviceName: service, groupName: this.options.group }, listener);
      }
      this.listeners.clear();
      const internals = this.client as unknown as NamingClientInternals;
      await withTimeout(
        internals.close?.() ?? Promise.resolve(),
        CLOSE_BOUND_MS,
        'nacos naming close',
      ).catch((err: Error) => this.options.logger.debug(err.message));
      this.http.close();
    })();
    return this.closing;
  }

  /** nacos-naming logs every poll and beat; its lines go to debug, our own state changes to warn. */
  private libraryLogger(): Record<
    'debug' | 'info' | 'warn' | 'error' | 'log',
    (...a: unknown[]) => void
  > {
    const toDebug = (...args: unknown[]) =>
      this.options.logger.debug(`nacos naming: ${format(...args)}`);
    return { debug: toDebug, info: toDebug, warn: toDebug, error: toDebug, log: toDebug };
  }
}
