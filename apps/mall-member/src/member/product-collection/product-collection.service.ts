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

/** The member's favourite products (spec §E.2, intended behaviour). */
@Injectable()
export class ProductCollectionService {
  constructor(
    @Inject(MEMBER_ACTIVITY_STORE) private readonly store: MemberActivityStore,
    private readonly subjects: ActivitySubjectsService,
  ) {}

  /**
   * Adds a published product; 0 when the member already collected it (no duplicate). Unlike the
   * original, `createTime` is set.
   */
  async add(member: MemberProfile, productId: number): Promise<number> {
    const product = await this.subjects.publishedProduct(productId);
    const added = await this.store.productCollection.addIfAbsent({
      memberId: member.id,
      memberNickname: member.nickname,
      memberIcon: member.icon,
      ...product,
      createTime: new Date(),
    });
    return added ? 1 : 0;
  }

  /** Removes the product from the member's collection; 0 without a productId or a match. */
  async delete(member: MemberProfile, productId: number | undefined): Promise<number> {
    if (productId === undefined) return 0;
    return this.store.productCollection.remove(member.id, productId);
  }

  list(member: MemberProfile, query: PageQuery): Promise<ActivityPage<ProductActivityRecord>> {
    return this.store.productCollection.page(member.id, activityPageRequest(query));
  }

  detail(member: MemberProfile, productId: number): Promise<ProductActivityRecord | null> {
    return this.store.productCollection.find(member.id, productId);
  }

  clear(member: MemberProfile): Promise<number> {
    return this.store.productCollection.clear(member.id);
  }
}
