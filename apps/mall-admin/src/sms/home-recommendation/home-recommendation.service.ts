import { CommonPage } from '@mall/common';
import type { Provider } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { In, type DataSource, type EntityTarget, type Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { likeContains, presentText } from '../../oms/shared/sql-text';
import { HomeContentCache } from '../shared/home-content-cache.service';
import type { HomeRecommendationQuery } from './dto/home-recommendation.dto';

/** The columns the four `sms_home_*` recommendation tables share. */
export interface HomeRecommendationRow {
  id: number;
  recommendStatus: number | null;
  sort: number | null;
}

/** The columns of a table that reference the item (brand, product, subject) and name it. */
export interface HomeRecommendationTable {
  refField: string;
  nameField: string;
}

/** A new entry: the id of the brand, product or subject and the name shown for it. */
export interface HomeRecommendationItem {
  ref: number;
  name: string | null | undefined;
}

const RECOMMENDED = 1;

/**
 * Rules of one home recommendation list (home brands, new products, popular products, subjects).
 * Every write drops mall-portal's cached home page.
 */
export class HomeRecommendationService {
  constructor(
    private readonly rows: Repository<HomeRecommendationRow>,
    private readonly table: HomeRecommendationTable,
    private readonly homeContent: HomeContentCache,
  ) {}

  /** Adds the items (recommended, sort 0) in one statement; answers how many were added. */
  create(items: ReadonlyArray<HomeRecommendationItem>): Promise<number> {
    return this.homeContent.afterWrite(async () => {
      if (items.length === 0) return 0;
      const { refField, nameField } = this.table;
      const entries = items.map((item) => ({
        [refField]: item.ref,
        [nameField]: item.name ?? null,
        recommendStatus: RECOMMENDED,
        sort: 0,
      }));
      // The reference and name columns differ per table, hence the cast from computed keys.
      await this.rows.insert(entries as unknown as QueryDeepPartialEntity<HomeRecommendationRow>[]);
      return items.length;
    });
  }

  updateSort(id: number, sort: number): Promise<number> {
    return this.homeContent.afterWrite(
      async () => (await this.rows.update(id, { sort })).affected ?? 0,
    );
  }

  delete(ids: number[]): Promise<number> {
    return this.homeContent.afterWrite(async () => (await this.rows.delete(ids)).affected ?? 0);
  }

  updateRecommendStatus(ids: number[], recommendStatus: number): Promise<number> {
    return this.homeContent.afterWrite(
      async () =>
        (
          await this.rows
            .createQueryBuilder()
            .update()
            .set({ recommendStatus })
            .where({ id: In(ids) })
            .execute()
        ).affected ?? 0,
    );
  }

  /** Filtered by name (contains) and status, highest sort first. */
  async list(
    query: HomeRecommendationQuery,
    name: string | undefined,
  ): Promise<CommonPage<HomeRecommendationRow>> {
    const qb = this.rows.createQueryBuilder('h');
    const text = presentText(name);
    if (text !== undefined) {
      qb.andWhere(`h.${this.table.nameField} LIKE :name`, { name: likeContains(text) });
    }
    if (query.recommendStatus !== undefined) {
      qb.andWhere('h.recommendStatus = :recommendStatus', {
        recommendStatus: query.recommendStatus,
      });
    }
    const total = await qb.getCount();
    const list =
      total === 0
        ? []
        : await qb
            .orderBy('h.sort', 'DESC')
            .addOrderBy('h.id', 'ASC')
            .offset((query.pageNum - 1) * query.pageSize)
            .limit(query.pageSize)
            .getMany();
    return CommonPage.of(list, total, query.pageNum, query.pageSize);
  }
}

/** A Nest provider of the service of one table under `token`. */
export function homeRecommendationProvider(
  token: symbol,
  entity: EntityTarget<HomeRecommendationRow>,
  table: HomeRecommendationTable,
): Provider {
  return {
    provide: token,
    useFactory: (ds: DataSource, homeContent: HomeContentCache) =>
      new HomeRecommendationService(ds.getRepository(entity), table, homeContent),
    inject: [getDataSourceToken(), HomeContentCache],
  };
}
