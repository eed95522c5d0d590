import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { UmsMember } from '@mall/db';
import { InjectRedis } from '@mall/redis';
import {
  hashPassword,
  MEMBER_AUTHORITY,
  verifyPasswordDetailed,
  type PasswordVerification,
} from '@mall/security';
import type { Redis } from 'ioredis';
import type { Repository } from 'typeorm';
import { type AuthConfig, InjectAuthConfig } from '../config/auth-config';
import type { AuthUser, UserDirectory } from './auth-user';

/** The member row as cached by mall-auth and mall-member: the ums_member columns as plain JSON. */
type CachedMember = Pick<UmsMember, 'id' | 'username' | 'password' | 'status'> &
  Record<string, unknown>;

function isCachedMember(value: unknown): value is CachedMember {
  if (typeof value !== 'object' || value === null) return false;
  const member = value as Partial<CachedMember>;
  return typeof member.id === 'number' && typeof member.username === 'string';
}

function toAuthUser(member: CachedMember): AuthUser {
  return {
    id: member.id,
    username: member.username as string,
    passwordHash: member.password,
    status: member.status,
    authorities: [MEMBER_AUTHORITY],
  };
}

/**
 * Members are read from ums_member by mall-auth itself, through the shared member cache
 * (`mall:ums:member:username:<username>` and `mall:ums:member:<id>`, plain JSON, 1 day), as the
 * original did with its cache switch on. Legacy MD5 hashes are replaced by bcrypt on login.
 */
@Injectable()
export class MemberDirectory implements UserDirectory {
  private readonly logger = new Logger(MemberDirectory.name);
  private readonly keyPrefix: string;
  private readonly ttlSeconds: number;
  /** Concurrent logins of one member share a single cache miss. */
  private readonly loading = new Map<string, Promise<CachedMember | null>>();

  constructor(
    @InjectRepository(UmsMember) private readonly members: Repository<UmsMember>,
    @InjectRedis() private readonly redis: Redis,
    @InjectAuthConfig() config: AuthConfig,
  ) {
    this.keyPrefix = config.app.redis.keys.member;
    this.ttlSeconds = config.app.redis.expireSeconds.common;
  }

  usernameKey(username: string): string {
    return `${this.keyPrefix}:username:${username}`;
  }

  idKey(id: number): string {
    return `${this.keyPrefix}:${id}`;
  }

  async findByUsername(username: string): Promise<AuthUser | null> {
    let pending = this.loading.get(username);
    if (!pending) {
      pending = this.load(username).finally(() => this.loading.delete(username));
      this.loading.set(username, pending);
    }
    const member = await pending;
    return member ? toAuthUser(member) : null;
  }

  verifyPassword(user: AuthUser, password: string): Promise<PasswordVerification> {
    return verifyPasswordDetailed(password, user.passwordHash);
  }

  /**
   * Stores a bcrypt hash in place of a legacy MD5 one (or a weaker bcrypt). The update is
   * conditional on the old hash, so a password changed meanwhile is not overwritten; both cache
   * keys are dropped so every reader sees the new hash.
   */
  async upgradePassword(user: AuthUser, password: string): Promise<void> {
    const newHash = await hashPassword(password);
    const result = await this.members
      .createQueryBuilder()
      .update(UmsMember)
      .set({ password: newHash })
      .where('id = :id AND password = :old', { id: user.id, old: user.passwordHash })
      .execute();
    if (result.affected) this.logger.log(`member ${user.id}: password hash upgraded to bcrypt`);
    await this.redis
      .del(this.usernameKey(user.username), this.idKey(user.id))
      .catch((error: unknown) => this.logger.warn(`member cache eviction failed: ${error}`));
  }

  private async load(username: string): Promise<CachedMember | null> {
    const cached = await this.readCache(username);
    if (cached) return cached;
    const member = await this.members.findOne({ where: { username }, order: { id: 'ASC' } });
    if (!member) return null;
    const row = JSON.parse(JSON.stringify(member)) as CachedMember;
    await this.writeCache(row);
    return row;
  }

  private async readCache(username: string): Promise<CachedMember | null> {
    // While Redis is down, go straight to the database instead of waiting for timeouts.
    if (this.redis.status !== 'ready') return null;
    try {
      const raw = await this.redis.get(this.usernameKey(username));
      if (raw === null) return null;
      const value: unknown = JSON.parse(raw);
      return isCachedMember(value) ? value : null;
    } catch (error) {
      this.logger.warn(`member cache read failed, using the database: ${error}`);
      return null;
    }
  }

  private async writeCache(member: CachedMember): Promise<void> {
    if (this.redis.status !== 'ready') return;
    const json = JSON.stringify(member);
    try {
      await this.redis
        .multi()
        .set(this.idKey(member.id), json, 'EX', this.ttlSeconds)
        .set(this.usernameKey(member.username as string), json, 'EX', this.ttlSeconds)
        .exec();
    } catch (error) {
      this.logger.warn(`member cache write failed: ${error}`);
    }
  }
}
