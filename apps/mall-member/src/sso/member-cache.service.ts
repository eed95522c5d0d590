import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { UmsMember } from '@mall/db';
import { InjectRedis } from '@mall/redis';
import type { Redis } from 'ioredis';
import type { Repository } from 'typeorm';
import { InjectSsoSettings, type SsoSettings } from './sso-settings';

/**
 * The member row as cached: every ums_member column as plain JSON (dates as ISO strings), including
 * the password hash, which mall-auth verifies logins against.
 */
export type CachedMember = Omit<UmsMember, 'createTime'> & { createTime: string | null };

const BULK_PAGE_SIZE = 1000;
const SCAN_COUNT = 1000;

function toCached(member: UmsMember): CachedMember {
  return JSON.parse(JSON.stringify(member)) as CachedMember;
}

function isCachedMember(value: unknown): value is CachedMember {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { id?: unknown }).id === 'number'
  );
}

/**
 * The member cache shared with mall-auth: `mall:ums:member:<id>` and
 * `mall:ums:member:username:<username>`, both written together (1 day) and both evicted on a
 * change (the original forgot the username key, which kept serving an old password hash).
 */
@Injectable()
export class MemberCacheService {
  private readonly logger = new Logger(MemberCacheService.name);

  constructor(
    @InjectRepository(UmsMember) private readonly members: Repository<UmsMember>,
    @InjectRedis() private readonly redis: Redis,
    @InjectSsoSettings() private readonly settings: SsoSettings,
  ) {}

  idKey(id: number): string {
    return `${this.settings.memberKeyPrefix}:${id}`;
  }

  usernameKey(username: string): string {
    return `${this.settings.memberKeyPrefix}:username:${username}`;
  }

  /** Cached member by id, loaded from ums_member on a miss (null when there is no such member). */
  async getById(id: number): Promise<CachedMember | null> {
    const cached = await this.read(this.idKey(id));
    if (cached) return cached;
    const member = await this.members.findOneBy({ id });
    return member ? this.store(member) : null;
  }

  async getByUsername(username: string): Promise<CachedMember | null> {
    const cached = await this.read(this.usernameKey(username));
    if (cached) return cached;
    const member = await this.members.findOne({ where: { username }, order: { id: 'ASC' } });
    return member ? this.store(member) : null;
  }

  /** Drops both keys of a member. */
  async evict(member: Pick<UmsMember, 'id' | 'username'>): Promise<void> {
    const keys = [this.idKey(member.id)];
    if (member.username) keys.push(this.usernameKey(member.username));
    try {
      await this.redis.del(...keys);
    } catch (error) {
      this.logger.warn(`member cache eviction failed: ${(error as Error).message}`);
    }
  }

  /** Caches every member, 1000 rows per query and one pipeline per page; answers the count. */
  async loadAll(): Promise<number> {
    const count = await this.members.count();
    for (let offset = 0; offset < count; offset += BULK_PAGE_SIZE) {
      const page = await this.members.find({
        order: { id: 'ASC' },
        skip: offset,
        take: BULK_PAGE_SIZE,
      });
      const pipeline = this.redis.pipeline();
      for (const member of page) this.queueWrite(pipeline, toCached(member));
      await pipeline.exec();
    }
    return count;
  }

  /**
   * Deletes every key under the member prefix (id and username keys) with SCAN, not KEYS, so Redis
   * is never blocked; answers how many were deleted.
   */
  async clearAll(): Promise<number> {
    // SCAN matches and returns full key names, while commands get the client's keyPrefix added.
    const clientPrefix = this.redis.options.keyPrefix ?? '';
    const pattern = `${clientPrefix}${this.settings.memberKeyPrefix}:*`;
    let deleted = 0;
    let cursor = '0';
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', pattern, 'COUNT', SCAN_COUNT);
      cursor = next;
      if (keys.length > 0) {
        deleted += await this.redis.del(...keys.map((key) => key.slice(clientPrefix.length)));
      }
    } while (cursor !== '0');
    return deleted;
  }

  private async read(key: string): Promise<CachedMember | null> {
    // While Redis is down, go to the database instead of waiting for command timeouts.
    if (this.redis.status !== 'ready') return null;
    try {
      const raw = await this.redis.get(key);
      if (raw === null) return null;
      const value: unknown = JSON.parse(raw);
      return isCachedMember(value) ? value : null;
    } catch (error) {
      this.logger.warn(`member cache read of '${key}' failed: ${(error as Error).message}`);
      return null;
    }
  }

  private async store(member: UmsMember): Promise<CachedMember> {
    const cached = toCached(member);
    if (this.redis.status === 'ready') {
      try {
        const pipeline = this.redis.multi();
        this.queueWrite(pipeline, cached);
        await pipeline.exec();
      } catch (error) {
        this.logger.warn(`member cache write failed: ${(error as Error).message}`);
      }
    }
    return cached;
  }

  private queueWrite(pipeline: ReturnType<Redis['pipeline']>, member: CachedMember): void {
    const json = JSON.stringify(member);
    const ttl = this.settings.memberTtlSeconds;
    pipeline.set(this.idKey(member.id), json, 'EX', ttl);
    if (member.username) pipeline.set(this.usernameKey(member.username), json, 'EX', ttl);
  }
}
