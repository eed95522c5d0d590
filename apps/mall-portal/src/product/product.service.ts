import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiException, CommonPage } from '@mall/common';
import { PmsProduct, PmsProductCategory } from '@mall/db';
import { RedisCacheService } from '@mall/redis';
import { productDetailKey } from '@mall/shop';
import { DataSource, type FindOptionsOrder, type FindOptionsWhere, Like } from 'typeorm';
import { InjectPortalConfig, type PortalConfig } from '../config/portal-config';
import { CATEGORY_LIST_FIELDS, PRODUCT_LIST_FIELDS, selection } from './product-columns';
import { type PmsPortalProductDetail, ProductDetailLoader } from './product-detail.loader';
import type { ProductSearchQuery } from './dto/product-search.dto';

/** A category with its sub-categories (the original's PmsProductCategoryNode). */
export type PmsProductCategoryNode = PmsProductCategory & { children: PmsProductCategoryNode[] };

/** `sort` of `/product/search`: 1 newest, 2 best-selling, 3 cheapest, 4 dearest; others: none. */
const SEARCH_ORDER: Record<number, FindOptionsOrder<PmsProduct>> = {
  1: { id: 'DESC' },
  2: { sale: 'DESC', id: 'ASC' },
  3: { price: 'ASC', id: 'ASC' },
  4: { price: 'DESC', id: 'ASC' },
};

/** `%`, `_` and `\` in a keyword match themselves, not any text. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

@Injectable()
export class ProductService {
  private readonly detailTtlSeconds: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly detailLoader: ProductDetailLoader,
    private readonly cache: RedisCacheService,
    @InjectPortalConfig() config: PortalConfig,
  ) {
    this.detailTtlSeconds = config.app.productDetail.ttlSeconds;
  }

  /**
   * Non-deleted products (publish status not checked, KEEP) by name keyword, brand and category.
   * `pageNum` ≤ 0 reads page 1 but is echoed as given (PageHelper).
   */
  async search(query: ProductSearchQuery): Promise<CommonPage<PmsProduct>> {
    const where: FindOptionsWhere<PmsProduct> = { deleteStatus: 0 };
    if (query.keyword) where.name = Like(`%${escapeLike(query.keyword)}%`);
    if (query.brandId !== undefined) where.brandId = query.brandId;
    if (query.productCategoryId !== undefined) where.productCategoryId = query.productCategoryId;
    const repository = this.dataSource.getRepository(PmsProduct);
    const page = Math.max(1, query.pageNum);
    const [list, total] = await Promise.all([
      repository.find({
        select: selection(PRODUCT_LIST_FIELDS),
        where,
        order: SEARCH_ORDER[query.sort] ?? { id: 'ASC' },
        skip: (page - 1) * query.pageSize,
        take: query.pageSize,
      }),
      repository.count({ where }),
    ]);
    return CommonPage.of(list, total, query.pageNum, query.pageSize);
  }

  /** Every category (no status filter) as a tree under the roots (parentId 0), in id order. */
  async categoryTreeList(): Promise<PmsProductCategoryNode[]> {
    const all = await this.dataSource.getRepository(PmsProductCategory).find({
      select: selection(CATEGORY_LIST_FIELDS),
      order: { id: 'ASC' },
    });
    const nodes = new Map<number, PmsProductCategoryNode>();
    for (const category of all) nodes.set(category.id, { ...category, children: [] });
    const roots: PmsProductCategoryNode[] = [];
    for (const node of nodes.values()) {
      if (node.parentId === 0) roots.push(node);
      else if (node.parentId !== null && node.parentId !== node.id) {
        nodes.get(node.parentId)?.children.push(node);
      }
    }
    return roots;
  }

  /**
   * The product page, cached in Redis for `app.productDetail.ttlSeconds` and evicted on
   * `mall.product.changed`. An unknown id is a business failure (the original threw a 500).
   */
  async detail(productId: number): Promise<PmsPortalProductDetail> {
    const detail =
      this.detailTtlSeconds > 0
        ? await this.cache.getOrLoad(productDetailKey(productId), this.detailTtlSeconds, () =>
            this.detailLoader.load(productId),
          )
        : await this.detailLoader.load(productId);
    if (!detail) throw new ApiException('商品不存在');
    return detail;
  }
}
