import { Injectable } from '@nestjs/common';
import { ServiceClient } from '@mall/discovery';
import { verifyPasswordDetailed, type PasswordVerification } from '@mall/security';
import { type AuthConfig, InjectAuthConfig } from '../config/auth-config';
import type { AuthUser, UserDirectory } from './auth-user';

/** `UserDto` as mall-admin's internal `GET /admin/loadByUsername` answers it. */
interface AdminUserDto {
  id: number;
  username: string;
  password: string | null;
  status: number | null;
  roles: string[] | null;
}

const BCRYPT_HASH = /^\$2[aby]\$\d{2}\$/;

function isAdminUserDto(value: unknown): value is AdminUserDto {
  if (typeof value !== 'object' || value === null) return false;
  const dto = value as Partial<AdminUserDto>;
  return typeof dto.id === 'number' && typeof dto.username === 'string';
}

/**
 * Admins are owned by mall-admin: they are looked up through its internal endpoint (service
 * discovery, keep-alive HTTP), as the original's Feign client did.
 */
@Injectable()
export class AdminDirectory implements UserDirectory {
  private readonly timeoutMs: number;

  constructor(
    private readonly client: ServiceClient,
    @InjectAuthConfig() config: AuthConfig,
  ) {
    this.timeoutMs = config.app.adminLookupTimeoutMs;
  }

  async findByUsername(username: string): Promise<AuthUser | null> {
    const response = await this.client.get<unknown>('mall-admin', '/admin/loadByUsername', {
      query: { username },
      timeoutMs: this.timeoutMs,
    });
    // An unknown username is an empty 200 answer.
    if (!isAdminUserDto(response.body)) return null;
    const dto = response.body;
    return {
      id: dto.id,
      username: dto.username,
      passwordHash: dto.password,
      status: dto.status,
      authorities: dto.roles ?? [],
    };
  }

  /**
   * Admin passwords are bcrypt only: a legacy MD5 digest in ums_admin is never accepted. Hashes are
   * not upgraded from here, since mall-admin owns ums_admin and its cache.
   */
  async verifyPassword(user: AuthUser, password: string): Promise<PasswordVerification> {
    if (!user.passwordHash || !BCRYPT_HASH.test(user.passwordHash.trim())) {
      return { ok: false, needsRehash: false };
    }
    const { ok } = await verifyPasswordDetailed(password, user.passwordHash);
    return { ok, needsRehash: false };
  }
}
