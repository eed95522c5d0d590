import { Inject, Injectable } from '@nestjs/common';
import type { PageQuery } from '@mall/common';
import { ActivitySubjectsService } from '../activity/activity-subjects.service';
import { activityPageRequest } from '../activity/activity-page';
import {
  MEMBER_ACTIVITY_STORE,
  type ActivityPage,
  type BrandAttentionRecord,
  type MemberActivityStore,
} from '../activity/member-activity.store';
import type { MemberProfile } from '../current-member.service';
import type { BrandAttentionAddDto } from './dto/brand-attention.dto';

/** Brands the member follows (spec §E.3, intended behaviour). */
@Injectable()
export class BrandAttentionService {
  constructor(
    @Inject(MEMBER_ACTIVITY_STORE) private readonly store: MemberActivityStore,
    private readonly subjects: ActivitySubjectsService,
  ) {}

  /** Follows an existing brand; 0 when the member already follows it (no duplicate). */
  async add(member: MemberProfile, body: BrandAttentionAddDto): Promise<number> {
    const brand = await this.subjects.brand(body.brandId);
    const added = await this.store.brandAttention.addIfAbsent({
      memberId: member.id,
      memberNickname: member.nickname,
      memberIcon: member.icon,
      brandId: body.brandId,
      ...brand,
      brandCity: body.brandCity ?? null,
      createTime: new Date(),
    });
    return added ? 1 : 0;
  }

  /** Unfollows the brand; 0 without a brandId or a match. */
  async delete(member: MemberProfile, brandId: number | undefined): Promise<number> {
    if (brandId === undefined) return 0;
    return this.store.brandAttention.remove(member.id, brandId);
  }

  list(member: MemberProfile, query: PageQuery): Promise<ActivityPage<BrandAttentionRecord>> {
    return this.store.brandAttention.page(member.id, activityPageRequest(query));
  }

  detail(member: MemberProfile, brandId: number): Promise<BrandAttentionRecord | null> {
    return this.store.brandAttention.find(member.id, brandId);
  }

  clear(member: MemberProfile): Promise<number> {
    return this.store.brandAttention.clear(member.id);
  }
}
