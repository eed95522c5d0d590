import { Inject, Injectable } from '@nestjs/common';
import type { PageQuery } from '@mall/common';
import { ActivitySubjectsService } from '../activity/activity-subjects.service';
import { activityPageRequest } from '../activity/activity-page';
import {
  MEMBER_ACTIVITY_STORE,
  type ActivityPage,
  type MemberActivityStore,
  type ProductActivityRecord,
} from '../activity/member-activity.store';
import type { MemberProfile } from '../current-member.service';

/** Products the member viewed (spec §E.1, intended behaviour). */
@Injectable()
export class ReadHistoryService {
  constructor(
    @Inject(MEMBER_ACTIVITY_STORE) private readonly store: MemberActivityStore,
    private readonly subjects: ActivitySubjectsService,
  ) {}

  /** Records a view of a published product; every call adds a record. */
  async create(member: MemberProfile, productId: number): Promise<ProductActivityRecord> {
    const product = await this.subjects.publishedProduct(productId);
    return this.store.readHistory.add({
      memberId: member.id,
      memberNickname: member.nickname,
      memberIcon: member.icon,
      ...product,
      createTime: new Date(),
    });
  }

  /** Deletes those of the records that are the member's (never another member's). */
  delete(member: MemberProfile, ids: readonly string[]): Promise<number> {
    return this.store.readHistory.deleteByIds(member.id, ids);
  }

  clear(member: MemberProfile): Promise<number> {
    return this.store.readHistory.clear(member.id);
  }

  list(member: MemberProfile, query: PageQuery): Promise<ActivityPage<ProductActivityRecord>> {
    return this.store.readHistory.page(member.id, activityPageRequest(query));
  }
}
