import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ApiException } from '@mall/common';
import { ConfigSource } from '@mall/config';
import { UmsResource, UmsRole, UmsRoleResourceRelation } from '@mall/db';
import { InjectRedis } from '@mall/redis';
import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { buildResourceRolesMap, ResourceRolesMap } from './resource-roles-map';

/** The Redis hash the gateway reads; `app.redis.keys.resourceRolesMap` overrides it. */
export const DEFAULT_RESOURCE_ROLES_KEY = 'auth:resourceRolesMap';

const RETRY_FIRST_DELAY_MS = 1000;
const RETRY_MAX_DELAY_MS = 30_000;

/** The configured key of the map (read on every rebuild, so a Nacos change applies at the next one). */
export function resourceRolesKey(app: unknown): string {
  const key = (app as { redis?: { keys?: { resourceRolesMap?: unknown } } } | undefined)?.redis
    ?.keys?.resourceRolesMap;
  return typeof key === 'string' && key.length > 0 ? key : DEFAULT_RESOURCE_ROLES_KEY;
}

/**
 * Publishes `auth:resourceRolesMap`, the hash from which the gateway authorises admin requests:
 * field `/mall-admin<resource url>`, value a JSON array of `"<roleId>_<roleName>"`.
 *
 * The map is rebuilt from the database at start-up and after every change that alters it. The new
 * content is written to a temporary key and renamed over the old one inside one MULTI/EXEC, so the
 * gateway never reads a missing or half-written map. Rebuilds in this process never overlap: a request
 * that arrives during a rebuild waits for one more rebuild that starts after the running one, so the
 * last published map always reflects the last committed change. A failed rebuild is retried in the
 * background until one succeeds.
 */
@Injectable()
export class ResourceRolesMapService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ResourceRolesMapService.name);
  private running: Promise<ResourceRolesMap> | null = null;
  private queued: Promise<ResourceRolesMap> | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private retryDelayMs = RETRY_FIRST_DELAY_MS;
  private stopped = false;

  constructor(
    @InjectRepository(UmsResource) private readonly resources: Repository<UmsResource>,
    @InjectRepository(UmsRole) private readonly roles: Repository<UmsRole>,
    @InjectRepository(UmsRoleResourceRelation)
    private readonly relations: Repository<UmsRoleResourceRelation>,
    @InjectRedis() private readonly redis: Redis,
    private readonly config: ConfigSource<unknown>,
  ) {}

  /** The Redis key currently published to. */
  get key(): string {
    return resourceRolesKey(this.config.current.app);
  }

  /** Field prefix: `/` + the service name, as the gateway routes `/<service>/**`. */
  get prefix(): string {
    return `/${this.config.service}`;
  }

  async onApplicationBootstrap(): Promise<void> {
    // A start without Redis still serves requests; the retry publishes the map once Redis is back.
    await this.rebuild().catch(() => undefined);
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  /** Rebuilds and publishes the map; resolves with what was published. */
  rebuild(): Promise<ResourceRolesMap> {
    if (this.queued) return this.queued;
    if (this.running) {
      const next = this.running
        .catch(() => undefined)
        .then(() => {
          this.queued = null;
          return this.start();
        });
      this.queued = next;
      return next;
    }
    return this.start();
  }

  /**
   * Rebuilds after a committed change. If publishing fails the change stays saved, so the caller gets
   * a failure that says so, and the background retry brings the map up to date.
   */
  async rebuildAfterChange(): Promise<void> {
    try {
      await this.rebuild();
    } catch {
      throw new ApiException('数据已保存，但资源角色规则刷新失败，系统将自动重试');
    }
  }

  private start(): Promise<ResourceRolesMap> {
    const run = this.load()
      .then(async (map) => {
        await this.publish(map);
        this.retryDelayMs = RETRY_FIRST_DELAY_MS;
        return map;
      })
      .catch((error: unknown) => {
        this.logger.error(
          `rebuilding ${this.key} failed: ${error instanceof Error ? error.message : String(error)}`,
        );
        this.scheduleRetry();
        throw error;
      })
      .finally(() => {
        if (this.running === run) this.running = null;
      });
    this.running = run;
    return run;
  }

  private async load(): Promise<ResourceRolesMap> {
    const [resources, roles, relations] = await Promise.all([
      this.resources.find({ select: { id: true, url: true }, order: { id: 'ASC' } }),
      this.roles.find({ select: { id: true, name: true }, order: { id: 'ASC' } }),
      this.relations.find({ select: { roleId: true, resourceId: true } }),
    ]);
    return buildResourceRolesMap(this.prefix, resources, roles, relations);
  }

  private async publish(map: ResourceRolesMap): Promise<void> {
    const key = this.key;
    const fields = Object.entries(map).flatMap(([url, roles]) => [url, JSON.stringify(roles)]);
    if (fields.length === 0) {
      await this.redis.del(key);
      return;
    }
    const temporary = `${key}:rebuild:${randomUUID()}`;
    const results = await this.redis
      .multi()
      .hset(temporary, ...fields)
      .rename(temporary, key)
      .exec();
    const failure = results?.find(([error]) => error !== null)?.[0];
    if (!results || failure) {
      await this.redis.del(temporary).catch(() => undefined);
      throw failure ?? new Error('MULTI was discarded');
    }
  }

  private scheduleRetry(): void {
    if (this.stopped || this.retryTimer) return;
    const delay = this.retryDelayMs;
    this.retryDelayMs = Math.min(this.retryDelayMs * 2, RETRY_MAX_DELAY_MS);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (!this.stopped) this.rebuild().catch(() => undefined);
    }, delay);
    this.retryTimer.unref();
  }
}
