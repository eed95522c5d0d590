import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { ApiException, ResultCode } from '@mall/common';
import { UmsMember, UmsMemberLevel, UmsMemberReceiveAddress } from '@mall/db';
import { ServiceClient } from '@mall/discovery';
import { RedisCacheService } from '@mall/redis';
import {
  hashPassword,
  requestPasswordToken,
  requestRefreshedToken,
  type TokenEnvelope,
} from '@mall/security';
import { randomInt } from 'node:crypto';
import { DataSource, QueryFailedError, type Repository } from 'typeorm';
import type { LoginParams, RegisterParams, UpdatePasswordParams } from './dto/sso.dto';
import { MemberCacheService, type CachedMember } from './member-cache.service';
import { InjectSsoSettings, type SsoSettings } from './sso-settings';

export const SsoMessages = {
  WRONG_AUTH_CODE: '验证码错误',
  MEMBER_EXISTS: '该用户已经存在',
  UNKNOWN_ACCOUNT: '该账号不存在',
  EMPTY_CREDENTIALS: '用户名或密码不能为空！',
  MISSING_REFRESH_TOKEN: 'refreshToken不能为空',
} as const;

const ENABLED = 1;

/** Today as `YYYY-MM-DD` in the process time zone (the `date` column's wall-clock value). */
function localDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function isDuplicateKey(error: unknown): boolean {
  return (
    error instanceof QueryFailedError &&
    (error.driverError as { code?: string } | undefined)?.code === 'ER_DUP_ENTRY'
  );
}

/**
 * Member registration and login (through mall-auth, client portal-app), auth codes, password
 * changes, and the member lookups other services make.
 */
@Injectable()
export class SsoService {
  constructor(
    @InjectRepository(UmsMember) private readonly members: Repository<UmsMember>,
    @InjectRepository(UmsMemberLevel) private readonly levels: Repository<UmsMemberLevel>,
    @InjectRepository(UmsMemberReceiveAddress)
    private readonly addresses: Repository<UmsMemberReceiveAddress>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cache: MemberCacheService,
    private readonly redisCache: RedisCacheService,
    private readonly client: ServiceClient,
    @InjectSsoSettings() private readonly settings: SsoSettings,
  ) {}

  private authCodeKey(telephone: string): string {
    return `${this.settings.authCodeKeyPrefix}:${telephone}`;
  }

  /** Six digits from a CSPRNG, kept 90 s for the telephone; returned to the caller (no SMS). */
  async generateAuthCode(telephone: string): Promise<string> {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await this.redisCache.set(this.authCodeKey(telephone), code, this.settings.authCodeTtlSeconds);
    return code;
  }

  private async checkAuthCode(telephone: string, authCode: string): Promise<void> {
    const stored = authCode ? await this.redisCache.get<string>(this.authCodeKey(telephone)) : null;
    if (!stored || stored !== authCode) throw new ApiException(SsoMessages.WRONG_AUTH_CODE);
  }

  /** A code is good for one registration or password change (the original let it be reused). */
  private async consumeAuthCode(telephone: string): Promise<void> {
    await this.redisCache.del(this.authCodeKey(telephone));
  }

  /**
   * Creates an enabled member with the default level, a bcrypt password, and points and growth
   * at 0 (the original left them NULL, which broke point deductions later).
   */
  async register(params: RegisterParams): Promise<void> {
    const { username, password, telephone, authCode } = params;
    await this.checkAuthCode(telephone, authCode);
    const taken = await this.members.exists({
      where: [{ username }, { phone: telephone }],
    });
    if (taken) throw new ApiException(SsoMessages.MEMBER_EXISTS);
    const level = await this.levels.findOne({
      where: { defaultStatus: 1 },
      select: { id: true },
      order: { id: 'ASC' },
    });
    const member = this.members.create({
      username,
      phone: telephone,
      password: await hashPassword(password),
      createTime: new Date(),
      status: ENABLED,
      birthday: localDate(),
      memberLevelId: level?.id ?? null,
      integration: 0,
      growth: 0,
    });
    try {
      await this.members.insert(member);
    } catch (error) {
      // The unique username index settles two registrations racing for one name.
      if (isDuplicateKey(error)) throw new ApiException(SsoMessages.MEMBER_EXISTS);
      throw error;
    }
    await this.consumeAuthCode(telephone);
  }

  /** mall-auth's envelope, unchanged; a successful login is written to ums_member_login_log. */
  async login(params: LoginParams, ip: string | null): Promise<TokenEnvelope> {
    const { username, password } = params;
    if (!username || !password) throw new ApiException(SsoMessages.EMPTY_CREDENTIALS);
    const result = await requestPasswordToken(
      this.client,
      this.settings.tokenClient,
      username,
      password,
    );
    if (result.code === ResultCode.SUCCESS.code && result.data) {
      // One round trip: the member's id is looked up by the INSERT itself.
      await this.dataSource.query(
        'INSERT INTO ums_member_login_log (member_id, create_time, ip) ' +
          'SELECT id, ?, ? FROM ums_member WHERE username = ? ORDER BY id LIMIT 1',
        [new Date(), ip, username],
      );
    }
    return result;
  }

  /** A new access token for a refresh token issued to this service's client. */
  refreshToken(refreshToken: string | undefined): Promise<TokenEnvelope> {
    if (!refreshToken) throw new ApiException(SsoMessages.MISSING_REFRESH_TOKEN);
    return requestRefreshedToken(this.client, this.settings.tokenClient, refreshToken);
  }

  /** Sets a new bcrypt password for the member with that phone, after checking the auth code. */
  async updatePassword(params: UpdatePasswordParams): Promise<void> {
    const { telephone, password, authCode } = params;
    const member = await this.members.findOne({
      where: { phone: telephone },
      select: { id: true, username: true },
      order: { id: 'ASC' },
    });
    if (!member) throw new ApiException(SsoMessages.UNKNOWN_ACCOUNT);
    await this.checkAuthCode(telephone, authCode);
    await this.members.update({ id: member.id }, { password: await hashPassword(password) });
    await this.cache.evict(member);
    await this.consumeAuthCode(telephone);
  }

  /** The caller's member (cache, then database); a token of a deleted member is a 401. */
  async currentMember(memberId: number): Promise<CachedMember> {
    const member = await this.cache.getById(memberId);
    if (!member) throw new ApiException(ResultCode.UNAUTHORIZED);
    return member;
  }

  /** The member's receive addresses (no particular order, as the original). */
  addressesOf(memberId: number): Promise<UmsMemberReceiveAddress[]> {
    return this.addresses.find({ where: { memberId }, order: { id: 'ASC' } });
  }

  /** One of the member's addresses, or null (also when it belongs to someone else). */
  async addressOf(memberId: number, addressId: number): Promise<UmsMemberReceiveAddress | null> {
    return this.addresses.findOneBy({ id: addressId, memberId });
  }

  /** By primary key from the database, bypassing the cache (the original's `/sso/getId/:id`). */
  async memberById(id: number): Promise<CachedMember | null> {
    const member = await this.members.findOneBy({ id });
    return member ? (JSON.parse(JSON.stringify(member)) as CachedMember) : null;
  }

  getByUsername(username: string): Promise<CachedMember | null> {
    return this.cache.getByUsername(username);
  }

  /** Sets the member's points; both cache keys are dropped. Answers the rows matched. */
  async updateIntegration(id: number, integration: number): Promise<number> {
    const member = await this.members.findOne({
      where: { id },
      select: { id: true, username: true },
    });
    if (!member) return 0;
    const result = await this.members.update({ id }, { integration });
    await this.cache.evict(member);
    return result.affected ?? 1;
  }

  loadAllIntoCache(): Promise<number> {
    return this.cache.loadAll();
  }

  clearCache(): Promise<number> {
    return this.cache.clearAll();
  }
}
