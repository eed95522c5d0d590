import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { UmsAdmin } from '@mall/db';

/**
 * `UmsAdmin` as the admin endpoints answer it. The password hash is blanked (`null`): the original
 * returned it from register, list and get, which the admin front-end never needed (quirk 3).
 */
export class AdminView {
  @ApiProperty() id!: number;
  @ApiPropertyOptional({ nullable: true }) username!: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'always null' }) password!: null;
  @ApiPropertyOptional({ nullable: true }) icon!: string | null;
  @ApiPropertyOptional({ nullable: true }) email!: string | null;
  @ApiPropertyOptional({ nullable: true }) nickName!: string | null;
  @ApiPropertyOptional({ nullable: true }) note!: string | null;
  @ApiPropertyOptional({ nullable: true }) createTime!: Date | null;
  @ApiPropertyOptional({ nullable: true }) loginTime!: Date | null;
  @ApiPropertyOptional({ nullable: true }) status!: number | null;
}

export function toAdminView(admin: UmsAdmin): AdminView {
  return {
    id: admin.id,
    username: admin.username,
    password: null,
    icon: admin.icon,
    email: admin.email,
    nickName: admin.nickName,
    note: admin.note,
    createTime: admin.createTime,
    loginTime: admin.loginTime,
    status: admin.status,
  };
}

/** `UserDto` of the internal `GET /admin/loadByUsername`, read by mall-auth. */
export interface AdminUserDto {
  id: number;
  username: string | null;
  /** The bcrypt hash: mall-auth verifies the password. */
  password: string | null;
  status: number | null;
  clientId: null;
  /** `"<roleId>_<roleName>"`, or null without roles. */
  roles: string[] | null;
}

/** `GET /admin/info`: `roles` is left out when the admin has none, as in the original. */
export interface AdminInfo {
  username: string | null;
  menus: unknown[];
  icon: string | null;
  roles?: string[];
}
