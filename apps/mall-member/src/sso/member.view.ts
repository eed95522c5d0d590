import type { UmsMemberReceiveAddress } from '@mall/db';
import { MEMBER_AUTHORITY } from '@mall/security';
import type { CachedMember } from './member-cache.service';

/** `UmsMember` as the sso endpoints answer it: the password hash is blanked (spec §9 #19). */
export type MemberView = Omit<CachedMember, 'password'> & {
  password: null;
  /** Receive addresses: filled by `/sso/feign/info`, null elsewhere (as the original). */
  list: UmsMemberReceiveAddress[] | null;
};

export function toMemberView(
  member: CachedMember,
  addresses: UmsMemberReceiveAddress[] | null = null,
): MemberView {
  return { ...member, password: null, list: addresses };
}

/** `UserDto` of the internal `GET /sso/loadByUsername`. */
export interface MemberUserDto {
  id: number;
  username: string | null;
  password: string | null;
  status: number | null;
  clientId: null;
  roles: string[];
}

export function toMemberUserDto(member: CachedMember): MemberUserDto {
  return {
    id: member.id,
    username: member.username,
    password: member.password,
    status: member.status,
    clientId: null,
    roles: [MEMBER_AUTHORITY],
  };
}
