import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CmsSubject,
  PmsBrand,
  PmsProduct,
  PmsProductCategory,
  SmsFlashPromotion,
  SmsFlashPromotionProductRelation,
  SmsFlashPromotionSession,
  SmsHomeAdvertise,
  SmsHomeBrand,
  SmsHomeNewProduct,
  SmsHomeRecommendProduct,
  SmsHomeRecommendSubject,
} from '@mall/db';
import { DataSource, In } from 'typeorm';
import {
  aliased,
  BRAND_LIST_FIELDS,
  CATEGORY_LIST_FIELDS,
  PRODUCT_HOME_FIELDS,
  PRODUCT_LIST_FIELDS,
  SUBJECT_HOME_FIELDS,
  SUBJECT_LIST_FIELDS,
  selection,
} from '../product/product-columns';
import {
  type FlashPromotionProduct,
  type HomeFlashPromotion,
  localDate,
  localTimeOfDay,
  secondsUntilMidnight,
  secondsUntilTimeOfDay,
  timeOfDayToDate,
} from './flash-promotion';

/** The flash-sale block and how long it stays what it is (until the session or the day ends). */
export interface FlashPromotionSnapshot {
  block: HomeFlashPromotion;
  validForSeconds: number;
}

/**
 * The home page's reads (spec §F and §1.2). Home lists order by the curated `sort` descending;
 * ties are broken by id so pages are stable.
 */
@Injectable()
export class HomeQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** App carousel adverts: type 1, enabled; start/end time not checked (KEEP). */
  advertiseList(): Promise<SmsHomeAdvertise[]> {
    return this.dataSource.getRepository(SmsHomeAdvertise).find({
      where: { type: 1, status: 1 },
      order: { sort: 'DESC', id: 'ASC' },
    });
  }

  async recommendBrandList(offset: number, limit: number): Promise<PmsBrand[]> {
    // LIMIT 0 selects nothing; the query builder would read it as "no limit".
    if (limit <= 0) return [];
    return this.dataSource
      .getRepository(PmsBrand)
      .createQueryBuilder('b')
      .select(aliased('b', BRAND_LIST_FIELDS))
      .innerJoin(SmsHomeBrand, 'hb', 'hb.brandId = b.id')
      .where('hb.recommendStatus = 1')
      .andWhere('b.showStatus = 1')
      .orderBy('hb.sort', 'DESC')
      .addOrderBy('hb.id', 'ASC')
      .offset(offset)
      .limit(limit)
      .getMany();
  }

  newProductList(offset: number, limit: number): Promise<PmsProduct[]> {
    return this.recommendedProducts(SmsHomeNewProduct, offset, limit);
  }

  hotProductList(offset: number, limit: number): Promise<PmsProduct[]> {
    return this.recommendedProducts(SmsHomeRecommendProduct, offset, limit);
  }

  /** Published products of a home list (delete status not checked, KEEP). */
  private async recommendedProducts(
    list: typeof SmsHomeNewProduct | typeof SmsHomeRecommendProduct,
    offset: number,
    limit: number,
  ): Promise<PmsProduct[]> {
    if (limit <= 0) return [];
    return this.dataSource
      .getRepository(PmsProduct)
      .createQueryBuilder('p')
      .select(aliased('p', PRODUCT_HOME_FIELDS))
      .innerJoin(list, 'hp', 'hp.productId = p.id')
      .where('hp.recommendStatus = 1')
      .andWhere('p.publishStatus = 1')
      .orderBy('hp.sort', 'DESC')
      .addOrderBy('hp.id', 'ASC')
      .offset(offset)
      .limit(limit)
      .getMany();
  }

  async recommendSubjectList(offset: number, limit: number): Promise<CmsSubject[]> {
    if (limit <= 0) return [];
    return this.dataSource
      .getRepository(CmsSubject)
      .createQueryBuilder('s')
      .select(aliased('s', SUBJECT_HOME_FIELDS))
      .innerJoin(SmsHomeRecommendSubject, 'hs', 'hs.subjectId = s.id')
      .where('hs.recommendStatus = 1')
      .andWhere('s.showStatus = 1')
      .orderBy('hs.sort', 'DESC')
      .addOrderBy('hs.id', 'ASC')
      .offset(offset)
      .limit(limit)
      .getMany();
  }

  /**
   * The running flash promotion (today within its dates — compared as dates, fixing the original's
   * millisecond slip) and session (current time of day within its TIME range; sessions are global and
   * their status is not checked, KEEP), the next session, and the session's products.
   */
  async flashPromotion(now: Date): Promise<FlashPromotionSnapshot> {
    const today = localDate(now);
    const timeOfDay = localTimeOfDay(now);
    const untilMidnight = secondsUntilMidnight(now);
    const [promotion, session] = await Promise.all([
      this.dataSource
        .getRepository(SmsFlashPromotion)
        .createQueryBuilder('f')
        .where('f.status = 1')
        .andWhere('f.startDate <= :today', { today })
        .andWhere('f.endDate >= :today', { today })
        .orderBy('f.id', 'ASC')
        .getOne(),
      this.dataSource
        .getRepository(SmsFlashPromotionSession)
        .createQueryBuilder('s')
        .where('s.startTime <= :time', { time: timeOfDay })
        .andWhere('s.endTime >= :time', { time: timeOfDay })
        .orderBy('s.id', 'ASC')
        .getOne(),
    ]);
    if (!promotion) return { block: {}, validForSeconds: untilMidnight };
    if (!session || session.startTime === null || session.endTime === null) {
      // Nothing running now: the block changes when the next session of the day starts.
      const upcoming = await this.nextSession(timeOfDay);
      const startsIn = upcoming?.startTime
        ? secondsUntilTimeOfDay(now, upcoming.startTime)
        : untilMidnight;
      return { block: {}, validForSeconds: Math.min(untilMidnight, Math.max(1, startsIn)) };
    }

    const [next, productList] = await Promise.all([
      this.nextSession(session.startTime),
      this.flashProducts(promotion.id, session.id),
    ]);
    const block: HomeFlashPromotion = {
      startTime: timeOfDayToDate(session.startTime),
      endTime: timeOfDayToDate(session.endTime),
    };
    if (next?.startTime && next.endTime) {
      block.nextStartTime = timeOfDayToDate(next.startTime);
      block.nextEndTime = timeOfDayToDate(next.endTime);
    }
    block.productList = productList;
    // The session includes its end second; the block changes right after it.
    const endsIn = secondsUntilTimeOfDay(now, session.endTime) + 1;
    return { block, validForSeconds: Math.min(untilMidnight, Math.max(1, endsIn)) };
  }

  private nextSession(after: string): Promise<SmsFlashPromotionSession | null> {
    return this.dataSource
      .getRepository(SmsFlashPromotionSession)
      .createQueryBuilder('s')
      .where('s.startTime > :after', { after })
      .orderBy('s.startTime', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getOne();
  }

  /** Relation rows of the promotion and session with their products (any publish status, KEEP). */
  private async flashProducts(
    promotionId: number,
    sessionId: number,
  ): Promise<FlashPromotionProduct[]> {
    const relations = await this.dataSource.getRepository(SmsFlashPromotionProductRelation).find({
      select: {
        id: true,
        productId: true,
        flashPromotionPrice: true,
        flashPromotionCount: true,
        flashPromotionLimit: true,
      },
      where: { flashPromotionId: promotionId, flashPromotionSessionId: sessionId },
      order: { id: 'ASC' },
    });
    const productIds = [
      ...new Set(relations.flatMap((r) => (r.productId === null ? [] : [r.productId]))),
    ];
    const products =
      productIds.length === 0
        ? []
        : await this.dataSource.getRepository(PmsProduct).find({
            select: selection(PRODUCT_HOME_FIELDS),
            where: { id: In(productIds) },
          });
    const byId = new Map(products.map((p) => [p.id, p]));
    return relations.map((relation) => ({
      // A relation whose product is gone keeps only its flash fields (the original's LEFT JOIN).
      ...(relation.productId === null ? {} : byId.get(relation.productId)),
      flashPromotionPrice: relation.flashPromotionPrice,
      flashPromotionCount: relation.flashPromotionCount,
      flashPromotionLimit: relation.flashPromotionLimit,
    }));
  }

  /** `/home/recommendProductList`: every published product for now (the original's TODO). */
  recommendProductList(pageNum: number, pageSize: number): Promise<PmsProduct[]> {
    return this.dataSource.getRepository(PmsProduct).find({
      select: selection(PRODUCT_LIST_FIELDS),
      where: { deleteStatus: 0, publishStatus: 1 },
      order: { id: 'ASC' },
      skip: (pageNum - 1) * pageSize,
      take: pageSize,
    });
  }

  productCateList(parentId: number): Promise<PmsProductCategory[]> {
    return this.dataSource.getRepository(PmsProductCategory).find({
      select: selection(CATEGORY_LIST_FIELDS),
      where: { showStatus: 1, parentId },
      order: { sort: 'DESC', id: 'ASC' },
    });
  }

  subjectList(
    cateId: number | undefined,
    pageNum: number,
    pageSize: number,
  ): Promise<CmsSubject[]> {
    return this.dataSource.getRepository(CmsSubject).find({
      select: selection(SUBJECT_LIST_FIELDS),
      where: cateId === undefined ? { showStatus: 1 } : { showStatus: 1, categoryId: cateId },
      order: { id: 'ASC' },
      skip: (pageNum - 1) * pageSize,
      take: pageSize,
    });
  }
}
