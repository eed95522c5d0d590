import { promises as dns, type LookupAddress } from 'node:dns';
import type { LoggerLike } from '@mall/config';
import type { ServiceInstance, ServiceRegistry } from './registry';

export interface KubernetesDnsRegistryOptions {
  namespace: string;
  clusterDomain: string;
  /** Host name of a service: `{service}`, `{namespace}` and `{clusterDomain}` are substituted. */
  serviceNamePattern: string;
  /** Port of each service (Kubernetes Services expose the port the app listens on). */
  ports: Readonly<Record<string, number>>;
  /** How long a lookup result is reused (default 5000 ms). */
  cacheTtlMs?: number;
  logger?: LoggerLike;
  lookup?: (host: string) => Promise<LookupAddress[]>;
}

interface CachedLookup {
  readonly instances: ServiceInstance[];
  readonly expiresAt: number;
}

const DEFAULT_CACHE_TTL_MS = 5000;

/**
 * Resolves services through cluster DNS: `<name>.<namespace>.svc.<clusterDomain>` (one address
 * for a ClusterIP Service, one per pod for a headless one). Kubernetes registers pods itself, so
 * `register` does nothing. A failed lookup falls back to the last answer.
 */
export class KubernetesDnsRegistry implements ServiceRegistry {
  readonly mode = 'k8s' as const;
  private readonly cache = new Map<string, CachedLookup>();
  private readonly lookup: (host: string) => Promise<LookupAddress[]>;

  constructor(private readonly options: KubernetesDnsRegistryOptions) {
    this.lookup = options.lookup ?? ((host) => dns.lookup(host, { all: true }));
  }

  /**
   * The DNS name of a service. A pattern that is a single label containing `{service}` (like the
   * default `{service}`, or `svc-{service}`) gets `.<namespace>.svc.<clusterDomain>` appended;
   * any other pattern is used as written (e.g. `localhost` to reach every service on one host).
   */
  hostFor(service: string): string {
    const { serviceNamePattern, namespace, clusterDomain } = this.options;
    const name = serviceNamePattern
      .replaceAll('{service}', service)
      .replaceAll('{namespace}', namespace)
      .replaceAll('{clusterDomain}', clusterDomain);
    const isBareLabel = serviceNamePattern.includes('{service}') && !name.includes('.');
    return isBareLabel ? `${name}.${namespace}.svc.${clusterDomain}` : name;
  }

  async resolve(service: string): Promise<ServiceInstance[]> {
    const port = this.options.ports[service];
    if (!port) throw new Error(`no port known for service ${service}`);
    const cached = this.cache.get(service);
    if (cached && cached.expiresAt > Date.now()) return [...cached.instances];

    const host = this.hostFor(service);
    try {
      const addresses = await this.lookup(host);
      const instances = addresses.map(({ address }) => ({ host: address, port }));
      this.cache.set(service, {
        instances,
        expiresAt: Date.now() + (this.options.cacheTtlMs ?? DEFAULT_CACHE_TTL_MS),
      });
      return [...instances];
    } catch (err) {
      if (cached) {
        this.options.logger?.warn(
          `DNS lookup of ${host} failed (${(err as Error).message}); using the last answer`,
        );
        return [...cached.instances];
      }
      throw err;
    }
  }

  async register(): Promise<void> {
    // Kubernetes Services track pods themselves.
  }

  async deregister(): Promise<void> {
    // Nothing was registered.
  }

  async close(): Promise<void> {
    this.cache.clear();
  }
}
