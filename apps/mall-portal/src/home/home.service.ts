import { Injectable, Logger } from '@nestjs/common';
import type {
  CmsSubject,
  PmsBrand,
  PmsProduct,
  PmsProductCategory,
  SmsHomeAdvertise,
} from '@mall/db';
import { RedisCacheService } from '@mall/redis';
import { HOME_CONTENT_KEY } from '@mall/shop';
import { InjectPortalConfig, type PortalConfig } from '../config/portal-config';
import type { HomeFlashPromotion } from './flash-promotion';
import { HomeQueries } from './home-queries';

/** The home page (the original's HomeContentResult). */
export interface HomeContentResult {
  advertiseList: SmsHomeAdvertise[];
  brandList: PmsBrand[];
  homeFlashPromotion: HomeFlashPromotion;
  newProductList: PmsProduct[];
  hotProductList: PmsProduct[];
  subjectList: CmsSubject[];
}

/** Limits of the cached home page (`/home/contentNew`), as the original. */
const CACHED_LIMITS = { brands: 6, newProducts: 4, hotProducts: 4, subjects: 4 } as const;

@Injectable()
export class HomeService {
  private readonly logger = new Logger(HomeService.name);
  /** A rebuild in progress, shared by every request that misses meanwhile (no stampede). */
  private rebuilding: Promise<HomeContentResult> | null = null;
  private readonly ttlSeconds: number;

  constructor(
    private readonly queries: HomeQueries,
    private readonly cache: RedisCacheService,
    @InjectPortalConfig() config: PortalConfig,
  ) {
    this.ttlSeconds = config.app.homeContent.ttlSeconds;
  }

  /**
   * `/home/content`: always from the database. Brands, new, hot and subjects use `pageNum` as
   * OFFSET and `pageSize` as LIMIT (spec §1.2, KEEP).
   */
  async content(offset: number, limit: number): Promise<HomeContentResult> {
    return (await this.build(new Date(), { offset, limit })).content;
  }

  /**
   * `/home/contentNew`: the `HomeContent` key, rebuilt on a miss. Unlike the original (no TTL, never
   * invalidated) the entry expires after `app.homeContent.ttlSeconds` or when the flash-sale session
   * it shows ends, whichever is first, and mall-admin deletes it after every home-related write.
   */
  async contentNew(): Promise<HomeContentResult> {
    if (this.cache.client.status === 'ready') {
      try {
        const cached = await this.cache.get<HomeContentResult>(HOME_CONTENT_KEY);
        if (cached) return cached;
      } catch (err) {
        this.logger.warn(`reading ${HOME_CONTENT_KEY} failed, building from the database: ${err}`);
      }
    }
    this.rebuilding ??= this.rebuild().finally(() => {
      this.rebuilding = null;
    });
    return this.rebuilding;
  }

  private async rebuild(): Promise<HomeContentResult> {
    const { content, validForSeconds } = await this.build(new Date(), null);
    if (this.cache.client.status === 'ready') {
      const ttl = Math.max(1, Math.min(this.ttlSeconds, validForSeconds));
      await this.cache.set(HOME_CONTENT_KEY, content, ttl).catch((err: unknown) => {
        this.logger.warn(`writing ${HOME_CONTENT_KEY} failed: ${err}`);
      });
    }
    return content;
  }

  /** Every part in parallel; `page` null means the cached page's fixed limits. */
  private async build(
    now: Date,
    page: { offset: number; limit: number } | null,
  ): Promise<{ content: HomeContentResult; validForSeconds: number }> {
    const window = (limit: number) => page ?? { offset: 0, limit };
    const brands = window(CACHED_LIMITS.brands);
    const news = window(CACHED_LIMITS.newProducts);
    const hots = window(CACHED_LIMITS.hotProducts);
    const subjects = window(CACHED_LIMITS.subjects);
    const [advertiseList, brandList, flash, newProductList, hotProductList, subjectList] =
      await Promise.all([
        this.queries.advertiseList(),
        this.queries.recommendBrandList(brands.offset, brands.limit),
        this.queries.flashPromotion(now),
        this.queries.newProductList(news.offset, news.limit),
        this.queries.hotProductList(hots.offset, hots.limit),
        this.queries.recommendSubjectList(subjects.offset, subjects.limit),
      ]);
    return {
      content: {
        advertiseList,
        brandList,
        homeFlashPromotion: flash.block,
        newProductList,
        hotProductList,
        subjectList,
      },
      validForSeconds: flash.validForSeconds,
    };
  }

  recommendProductList(pageNum: number, pageSize: number): Promise<PmsProduct[]> {
    return this.queries.recommendProductList(pageNum, pageSize);
  }

  productCateList(parentId: number): Promise<PmsProductCategory[]> {
    return this.queries.productCateList(parentId);
  }

  subjectList(
    cateId: number | undefined,
    pageNum: number,
    pageSize: number,
  ): Promise<CmsSubject[]> {
    return this.queries.subjectList(cateId, pageNum, pageSize);
  }

  /** `offset = pageSize × (pageNum − 1)`. */
  hotProductList(pageNum: number, pageSize: number): Promise<PmsProduct[]> {
    return this.queries.hotProductList(pageSize * (pageNum - 1), pageSize);
  }

  newProductList(pageNum: number, pageSize: number): Promise<PmsProduct[]> {
    return this.queries.newProductList(pageSize * (pageNum - 1), pageSize);
  }
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Java's short names of zones whose ICU name differs (ICU prints GMT+8 for China). */
const JAVA_ZONE_NAMES: Record<string, string> = {
  'Asia/Shanghai': 'CST',
  'Asia/Chongqing': 'CST',
  'Asia/Harbin': 'CST',
  PRC: 'CST',
  'Asia/Hong_Kong': 'HKT',
  'Asia/Taipei': 'CST',
};

/**
 * Java's `Date.toString()`: `EEE MMM dd HH:mm:ss zzz yyyy` in the server's time zone, e.g.
 * `Mon Nov 16 17:06:00 CST 2020`.
 */
export function javaDateString(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const zoneId = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const zone =
    JAVA_ZONE_NAMES[zoneId] ??
    new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' })
      .formatToParts(now)
      .find((part) => part.type === 'timeZoneName')?.value ??
    'UTC';
  return (
    `${DAYS[now.getDay()]} ${MONTHS[now.getMonth()]} ${pad(now.getDate())} ` +
    `${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())} ${zone} ${now.getFullYear()}`
  );
}
