import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { ApiException, CommonPage, pageOffset, ResultCode } from '@mall/common';
import {
  UmsAdmin,
  UmsAdminPermissionRelation,
  UmsAdminRoleRelation,
  UmsMenu,
  UmsPermission,
  UmsRole,
} from '@mall/db';
import { ServiceClient } from '@mall/discovery';
import {
  hashPassword,
  requestPasswordToken,
  verifyPasswordDetailed,
  type TokenEnvelope,
} from '@mall/security';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import { containsPattern, givenFields, hasKeyword } from '../shared';
import { AdminCacheService } from './admin-cache.service';
import { type AdminSettings, InjectAdminSettings } from './admin-settings';
import { type AdminInfo, type AdminUserDto, type AdminView, toAdminView } from './admin.view';
import type {
  AdminListQuery,
  AdminLoginDto,
  AdminRegisterDto,
  AdminUpdateDto,
  UpdateAdminPasswordDto,
} from './dto/admin.dto';

/** Outcomes of `POST /admin/updatePassword`, as the original's status codes. */
export const PasswordChange = {
  CHANGED: 1,
  INVALID_PARAMS: -1,
  UNKNOWN_USER: -2,
  WRONG_OLD_PASSWORD: -3,
} as const;
export type PasswordChangeResult = (typeof PasswordChange)[keyof typeof PasswordChange];

const BCRYPT_HASH = /^\$2[aby]\$\d{2}\$/;
const USER_AGENT_LENGTH = 100;

/** Where a login came from, for ums_admin_login_log. */
export interface LoginOrigin {
  ip: string | null;
  userAgent: string | null;
}

/** Admin passwords are bcrypt only (a legacy digest is never accepted for an admin). */
async function adminPasswordMatches(plain: string, hash: string | null): Promise<boolean> {
  if (!hash || !BCRYPT_HASH.test(hash)) return false;
  return (await verifyPasswordDetailed(plain, hash)).ok;
}

/**
 * `ums_admin` and what hangs off it: accounts, their roles and +/- permissions, the login through
 * mall-auth with its login log, and the `mall:ums:admin:<id>` cache behind GET /admin/info.
 */
@Injectable()
export class AdminService {
  constructor(
    @InjectRepository(UmsAdmin) private readonly admins: Repository<UmsAdmin>,
    @InjectRepository(UmsRole) private readonly roles: Repository<UmsRole>,
    @InjectRepository(UmsMenu) private readonly menus: Repository<UmsMenu>,
    @InjectRepository(UmsPermission) private readonly permissions: Repository<UmsPermission>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cache: AdminCacheService,
    private readonly client: ServiceClient,
    @InjectAdminSettings() private readonly settings: AdminSettings,
  ) {}

  /** Creates an enabled admin without roles; null when the username is taken. */
  async register(dto: AdminRegisterDto): Promise<AdminView | null> {
    const taken = await this.admins.exists({ where: { username: dto.username } });
    if (taken) return null;
    const admin = this.admins.create({
      username: dto.username,
      password: await hashPassword(dto.password),
      icon: dto.icon ?? null,
      email: dto.email ?? null,
      nickName: dto.nickName ?? null,
      note: dto.note ?? null,
      createTime: new Date(),
      loginTime: null,
      status: 1,
    });
    await this.admins.insert(admin);
    return toAdminView(admin);
  }

  /**
   * Asks mall-auth for tokens (client admin-app) and answers its envelope unchanged; a successful
   * login is written to ums_admin_login_log.
   */
  async login(dto: AdminLoginDto, origin: LoginOrigin): Promise<TokenEnvelope> {
    const { username, password } = dto;
    if (!username || !password) throw new ApiException('用户名或密码不能为空！');
    const result = await requestPasswordToken(
      this.client,
      this.settings.tokenClient,
      username,
      password,
    );
    if (result.code === ResultCode.SUCCESS.code && result.data) {
      await this.writeLoginLog(username, origin);
    }
    return result;
  }

  private async writeLoginLog(username: string, origin: LoginOrigin): Promise<void> {
    // One round trip: the admin's id is looked up by the INSERT itself.
    await this.dataSource.query(
      'INSERT INTO ums_admin_login_log (admin_id, create_time, ip, address, user_agent) ' +
        'SELECT id, ?, ?, NULL, ? FROM ums_admin WHERE username = ? ORDER BY id LIMIT 1',
      [
        new Date(),
        origin.ip,
        origin.userAgent ? origin.userAgent.slice(0, USER_AGENT_LENGTH) : null,
        username,
      ],
    );
  }

  /** The current admin's name, icon, role names and the menus those roles grant. */
  async info(adminId: number): Promise<AdminInfo> {
    const admin = await this.cache.get(adminId, () => this.admins.findOneBy({ id: adminId }));
    // A token of a deleted admin: treat it as not logged in.
    if (!admin) throw new ApiException(ResultCode.UNAUTHORIZED);
    const [menus, roles] = await Promise.all([this.menusOf(adminId), this.getRoleList(adminId)]);
    const info: AdminInfo = { username: admin.username, menus, icon: admin.icon };
    if (roles.length > 0) info.roles = roles.map((role) => role.name ?? '');
    return info;
  }

  /** Distinct menus linked to any role of the admin (disabled roles included, as the original). */
  private menusOf(adminId: number): Promise<UmsMenu[]> {
    return this.menus
      .createQueryBuilder('m')
      .where(
        'm.id IN (SELECT rmr.menu_id FROM ums_admin_role_relation arr ' +
          'JOIN ums_role r ON r.id = arr.role_id ' +
          'JOIN ums_role_menu_relation rmr ON rmr.role_id = r.id ' +
          'WHERE arr.admin_id = :adminId)',
        { adminId },
      )
      .orderBy('m.id', 'ASC')
      .getMany();
  }

  /** `username LIKE %kw% OR nick_name LIKE %kw%`, paged, in id order. */
  async list(query: AdminListQuery): Promise<CommonPage<AdminView>> {
    const qb = this.admins.createQueryBuilder('a');
    if (hasKeyword(query.keyword)) {
      const pattern = containsPattern(query.keyword);
      qb.where('a.username LIKE :pattern OR a.nick_name LIKE :pattern', { pattern });
    }
    const { skip, take } = pageOffset(query);
    const [rows, total] = await qb.orderBy('a.id', 'ASC').skip(skip).take(take).getManyAndCount();
    return CommonPage.of(rows.map(toAdminView), total, query.pageNum, query.pageSize);
  }

  async getItem(id: number): Promise<AdminView | null> {
    const admin = await this.admins.findOneBy({ id });
    return admin ? toAdminView(admin) : null;
  }

  /**
   * Changes the given fields. A password equal to the stored hash, or empty, leaves the password
   * alone; any other is hashed. Answers 0 when the admin does not exist.
   */
  async update(id: number, dto: AdminUpdateDto): Promise<number> {
    const fields: Partial<UmsAdmin> = givenFields(dto);
    const existing = await this.admins.findOne({
      where: { id },
      select: { id: true, password: true },
    });
    if (!existing) return 0;
    if ('password' in fields) {
      if (!fields.password || fields.password === existing.password) delete fields.password;
      else fields.password = await hashPassword(fields.password);
    }
    let count = 1;
    if (Object.keys(fields).length > 0) {
      const result = await this.admins.update({ id }, fields);
      count = result.affected ?? 1;
    }
    await this.cache.evict(id);
    return count;
  }

  async updateStatus(id: number, status: number): Promise<number> {
    const result = await this.admins.update({ id }, { status });
    await this.cache.evict(id);
    return result.affected ?? 0;
  }

  /** Changes anyone's password given their username and current password (as the original). */
  async updatePassword(dto: UpdateAdminPasswordDto): Promise<PasswordChangeResult> {
    const { username, oldPassword, newPassword } = dto;
    if (!username || !oldPassword || !newPassword) return PasswordChange.INVALID_PARAMS;
    const admin = await this.admins.findOne({
      where: { username },
      select: { id: true, password: true },
      order: { id: 'ASC' },
    });
    if (!admin) return PasswordChange.UNKNOWN_USER;
    if (!(await adminPasswordMatches(oldPassword, admin.password))) {
      return PasswordChange.WRONG_OLD_PASSWORD;
    }
    await this.admins.update({ id: admin.id }, { password: await hashPassword(newPassword) });
    await this.cache.evict(admin.id);
    return PasswordChange.CHANGED;
  }

  /** Hard delete; role and permission relations and login logs are kept (as the original). */
  async delete(id: number): Promise<number> {
    const result = await this.admins.delete({ id });
    await this.cache.evict(id);
    return result.affected ?? 0;
  }

  /** Replaces the admin's roles; answers the number of role ids given (0 clears them). */
  async updateRole(adminId: number, roleIds: number[]): Promise<number> {
    await this.dataSource.transaction(async (em) => {
      await em.delete(UmsAdminRoleRelation, { adminId });
      const distinct = [...new Set(roleIds)];
      if (distinct.length > 0) {
        await em.insert(
          UmsAdminRoleRelation,
          distinct.map((roleId) => ({ adminId, roleId })),
        );
      }
    });
    return roleIds.length;
  }

  /** The admin's roles in id order; relations to deleted roles are left out. */
  getRoleList(adminId: number): Promise<UmsRole[]> {
    return this.roles
      .createQueryBuilder('r')
      .where(
        'r.id IN (SELECT ar.role_id FROM ums_admin_role_relation ar WHERE ar.admin_id = :adminId)',
        { adminId },
      )
      .orderBy('r.id', 'ASC')
      .getMany();
  }

  /**
   * Stores the difference between `permissionIds` and what the admin's roles grant: +1 rows for
   * extra permissions, -1 rows for withheld ones. Answers the number of rows written; 0 (a failed
   * answer) when `permissionIds` is empty or equals the role permissions, after the old rows are
   * removed, as the original.
   */
  updatePermission(adminId: number, permissionIds: number[]): Promise<number> {
    return this.dataSource.transaction(async (em) => {
      await em.delete(UmsAdminPermissionRelation, { adminId });
      if (permissionIds.length === 0) return 0;
      const fromRoles = await this.rolePermissionIds(em, adminId);
      const wanted = new Set(permissionIds);
      const added = [...wanted].filter((id) => !fromRoles.has(id));
      const removed = [...fromRoles].filter((id) => !wanted.has(id));
      const rows = [
        ...added.map((permissionId) => ({ adminId, permissionId, type: 1 })),
        ...removed.map((permissionId) => ({ adminId, permissionId, type: -1 })),
      ];
      if (rows.length > 0) await em.insert(UmsAdminPermissionRelation, rows);
      return rows.length;
    });
  }

  private async rolePermissionIds(em: EntityManager, adminId: number): Promise<Set<number>> {
    const rows: Array<{ id: string | number }> = await em.query(
      'SELECT DISTINCT rp.permission_id AS id FROM ums_admin_role_relation ar ' +
        'JOIN ums_role r ON r.id = ar.role_id ' +
        'JOIN ums_role_permission_relation rp ON rp.role_id = r.id ' +
        'JOIN ums_permission p ON p.id = rp.permission_id ' +
        'WHERE ar.admin_id = ?',
      [adminId],
    );
    return new Set(rows.map((row) => Number(row.id)));
  }

  /**
   * Role permissions minus the admin's -1 relations, plus its +1 relations, each once. (The
   * original's `NOT IN` emptied the role part when a -1 relation pointed at a deleted permission;
   * relations without a permission id are ignored here.)
   */
  getPermissionList(adminId: number): Promise<UmsPermission[]> {
    return this.permissions
      .createQueryBuilder('p')
      .where(
        '(p.id IN (SELECT rp.permission_id FROM ums_admin_role_relation ar ' +
          'JOIN ums_role r ON r.id = ar.role_id ' +
          'JOIN ums_role_permission_relation rp ON rp.role_id = r.id ' +
          'WHERE ar.admin_id = :adminId) ' +
          'AND p.id NOT IN (SELECT pr.permission_id FROM ums_admin_permission_relation pr ' +
          'WHERE pr.admin_id = :adminId AND pr.type = -1 AND pr.permission_id IS NOT NULL)) ' +
          'OR p.id IN (SELECT pr.permission_id FROM ums_admin_permission_relation pr ' +
          'WHERE pr.admin_id = :adminId AND pr.type = 1)',
        { adminId },
      )
      .orderBy('p.id', 'ASC')
      .getMany();
  }

  /** For mall-auth: the account with its bcrypt hash and `"<roleId>_<roleName>"` roles. */
  async loadByUsername(username: string): Promise<AdminUserDto | null> {
    const admin = await this.admins.findOne({ where: { username }, order: { id: 'ASC' } });
    if (!admin) return null;
    const roles = await this.getRoleList(admin.id);
    return {
      id: admin.id,
      username: admin.username,
      password: admin.password,
      status: admin.status,
      clientId: null,
      roles: roles.length > 0 ? roles.map((role) => `${role.id}_${role.name}`) : null,
    };
  }
}
