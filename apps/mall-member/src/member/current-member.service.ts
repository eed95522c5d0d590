import { Injectable, UnauthorizedException } from '@nestjs/common';
import type { CurrentUserClaims } from '@mall/security';
import { MemberCacheService } from '../sso/member-cache.service';

/** The member fields the member features read. */
export interface MemberProfile {
  id: number;
  nickname: string | null;
  icon: string | null;
  memberLevelId: number | null;
}

/**
 * Resolves the caller's member as the original's getCurrentMember: through the member cache
 * (`mall:ums:member:<id>`, loaded from ums_member on a miss) that the sso feature owns.
 */
@Injectable()
export class CurrentMemberService {
  constructor(private readonly memberCache: MemberCacheService) {}

  /**
   * The caller's member. A token whose member no longer exists is answered with 401 (the original
   * failed with 500, spec §9 #63).
   */
  async load(claims: CurrentUserClaims): Promise<MemberProfile> {
    const member = await this.memberCache.getById(claims.id);
    if (!member) throw new UnauthorizedException('member not found');
    return {
      id: member.id,
      nickname: member.nickname ?? null,
      icon: member.icon ?? null,
      memberLevelId: member.memberLevelId ?? null,
    };
  }
}
