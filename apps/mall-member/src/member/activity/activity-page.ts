import { CommonPage, pageOffset, type PageQuery } from '@mall/common';
import type { ActivityPage, ActivityPageRequest } from './member-activity.store';

/** Offset and size of a 1-based page request. */
export function activityPageRequest(query: PageQuery): ActivityPageRequest {
  return pageOffset(query);
}

/**
 * The page as the original answered it from Spring Data (`CommonPage.restPage(Page)`): `pageNum`
 * is 0-based (request pageNum − 1) while requests are 1-based. Kept because the original clients
 * were written against it (spec §0.4, §9 #32); see ADR 0007.
 */
export function activityCommonPage<T>(page: ActivityPage<T>, query: PageQuery): CommonPage<T> {
  return CommonPage.of(page.list, page.total, query.pageNum - 1, query.pageSize);
}
