import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { ConfigSource, type MallConfig } from '@mall/config';
import { SERVICE_REGISTRY, ServiceClient, type ServiceRegistry } from '@mall/discovery';
import { Metrics } from '@mall/observability';
import { InjectRedis } from '@mall/redis';
import type { Redis } from 'ioredis';
import { isDeepStrictEqual } from 'node:util';
import { GatewayMetrics } from './gateway-metrics';
import type { GatewaySettings } from './gateway-settings';
import { RateLimiter } from './rate-limit/rate-limiter';
import { UpstreamBalancer } from './routing/upstream-balancer';
import { AccessPolicy } from './security/access-policy';
import { AccessTokenVerifier } from './security/access-token-verifier';
import { JwksKeyStore } from './security/jwks-key-store';
import { ResourceRolesCache } from './security/resource-roles';

const JWKS_FETCH_TIMEOUT_MS = 3000;
// While mall-auth is not up yet, the keys are fetched again after 0.25, 0.5, 1, 2, 4, 5, 5 … s.
const JWKS_BACKGROUND_RETRY_MAX_MS = 5000;

/**
 * Everything the proxy consults on each request, built from the `app` section of the configuration
 * and rebuilt in place when Nacos delivers a change: whitelist, internal paths, RBAC source, rate
 * limits and token settings apply without a restart (the routed service list and the connection
 * pool are fixed at start).
 */
@Injectable()
export class GatewayRuntime implements OnApplicationShutdown {
  private readonly logger = new Logger('Gateway');
  readonly metrics: GatewayMetrics;
  readonly balancer: UpstreamBalancer;
  private keys!: JwksKeyStore;
  readonly resourceRoles: ResourceRolesCache;
  readonly limiter: RateLimiter;
  readonly policy: AccessPolicy;
  private verifier: AccessTokenVerifier;
  private settingsNow: GatewaySettings;
  private routes: ReadonlySet<string>;
  private readonly unsubscribe: () => void;
  private readonly invalidResources = new Set<string>();

  constructor(
    source: ConfigSource,
    private readonly client: ServiceClient,
    @Inject(SERVICE_REGISTRY) registry: ServiceRegistry,
    @InjectRedis() private readonly redis: Redis,
    metrics: Metrics,
  ) {
    const settings = (source.current as MallConfig<GatewaySettings>).app;
    this.settingsNow = settings;
    this.routes = new Set(settings.routes);
    this.metrics = new GatewayMetrics(metrics);
    this.balancer = new UpstreamBalancer(registry);
    this.verifier = this.buildVerifier(settings);
    this.resourceRoles = new ResourceRolesCache(this.hashReader(settings), {
      ttlMs: settings.secure.resourceRolesCacheMs,
      onInvalidValue: (field) => {
        // Once per field: the map is re-read every second or so.
        if (this.invalidResources.has(field)) return;
        this.invalidResources.add(field);
        this.logger.warn(`ignored resource ${field}: its roles are not a JSON list of strings`);
      },
      onLoadError: (error) =>
        this.logger.warn(`resource roles map not read: ${(error as Error).message}`),
    });
    this.limiter = new RateLimiter(settings.rateLimit);
    this.policy = new AccessPolicy(settings.secure, this.verifier, this.resourceRoles);
    this.unsubscribe = source.onChange((next) =>
      this.apply((next as MallConfig<GatewaySettings>).app),
    );
  }

  get settings(): GatewaySettings {
    return this.settingsNow;
  }

  isRouted(service: string): boolean {
    return this.routes.has(service);
  }

  /** Loads the JWK set ahead of the first protected request; failures are retried on demand. */
  warmUp(): void {
    this.keys.current().catch(() => undefined);
  }

  onApplicationShutdown(): void {
    this.unsubscribe();
    this.keys.close();
  }

  private apply(next: GatewaySettings): void {
    const previous = this.settingsNow;
    if (isDeepStrictEqual(next, previous)) return;
    this.settingsNow = next;
    if (!isDeepStrictEqual(next.routes, previous.routes)) {
      // Routes of services added later need a restart (Fastify routes are fixed once listening);
      // removed ones stop being served at once.
      this.routes = new Set(next.routes.filter((service) => previous.routes.includes(service)));
      const added = next.routes.filter((service) => !previous.routes.includes(service));
      if (added.length > 0) {
        this.logger.warn(`new routes take effect after a restart: ${added.join(', ')}`);
      }
    }
    this.limiter.configure(next.rateLimit);
    this.resourceRoles.reconfigure(this.hashReader(next), next.secure.resourceRolesCacheMs);
    if (!isDeepStrictEqual(next.jwt, previous.jwt)) {
      this.keys.close();
      this.verifier = this.buildVerifier(next);
      this.policy.useVerifier(this.verifier);
    }
    this.policy.configure(next.secure);
    this.logger.log('applied a configuration change (whitelist, internal paths, limits, tokens)');
  }

  /** A key store and verifier for the `jwt` settings (rebuilt when they change). */
  private buildVerifier(settings: GatewaySettings): AccessTokenVerifier {
    const { jwksService, jwksPath, jwksRefreshCooldownMs } = settings.jwt;
    this.keys = new JwksKeyStore(
      async () =>
        (
          await this.client.get<unknown>(jwksService, jwksPath, {
            timeoutMs: JWKS_FETCH_TIMEOUT_MS,
          })
        ).body,
      {
        refreshCooldownMs: jwksRefreshCooldownMs,
        backgroundRetryMaxMs: JWKS_BACKGROUND_RETRY_MAX_MS,
        onRefresh: (outcome, error) => {
          this.metrics.jwksLoads.inc({ outcome });
          if (error) this.logger.warn(`JWK set not loaded: ${(error as Error).message}`);
        },
      },
    );
    return new AccessTokenVerifier(this.keys, {
      clockSkewSeconds: settings.jwt.clockSkewSeconds,
      cacheSize: settings.jwt.verifiedTokenCacheSize,
      cacheTtlMs: settings.jwt.verifiedTokenTtlMs,
    });
  }

  private hashReader(settings: GatewaySettings): () => Promise<Record<string, string>> {
    const key = settings.redis.keys.resourceRolesMap;
    return () => this.redis.hgetall(key);
  }
}
