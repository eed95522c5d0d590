import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CommonPage } from '@mall/common';
import { PmsProduct, SmsFlashPromotionProductRelation } from '@mall/db';
import { DataSource, In, Repository } from 'typeorm';
import { allColumns, entityFields, nullFilled } from '../../oms/shared/rows';
import { HomeContentCache } from '../shared/home-content-cache.service';
import {
  FlashProductRelationDto,
  FlashProductRelationQueryDto,
} from './dto/flash-product-relation.dto';

/**
 * A relation with its product (`SmsFlashPromotionProduct`): only the product's id, name, productSn,
 * price and stock are loaded, the other product fields are null; null when the product is gone.
 */
export type FlashPromotionProduct = SmsFlashPromotionProductRelation & {
  product: PmsProduct | null;
};

const RELATION_COLUMNS = [
  'flashPromotionId',
  'flashPromotionSessionId',
  'productId',
  'flashPromotionPrice',
  'flashPromotionCount',
  'flashPromotionLimit',
  'sort',
] as const;

@Injectable()
export class FlashProductRelationService {
  private readonly relations: Repository<SmsFlashPromotionProductRelation>;
  private readonly productFields: string[];

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly homeContent: HomeContentCache,
  ) {
    this.relations = ds.getRepository(SmsFlashPromotionProductRelation);
    this.productFields = entityFields(ds, PmsProduct);
  }

  /** Adds products to a session in one statement; answers how many were added. */
  create(params: FlashProductRelationDto[]): Promise<number> {
    return this.homeContent.afterWrite(async () => {
      if (params.length === 0) return 0;
      await this.relations.insert(params.map((p) => allColumns(p, RELATION_COLUMNS)));
      return params.length;
    });
  }

  /** Overwrites every column from the body (absent → NULL), as the original. */
  update(id: number, param: FlashProductRelationDto): Promise<number> {
    return this.homeContent.afterWrite(
      async () =>
        (await this.relations.update({ id }, allColumns(param, RELATION_COLUMNS))).affected ?? 0,
    );
  }

  delete(id: number): Promise<number> {
    return this.homeContent.afterWrite(
      async () => (await this.relations.delete({ id })).affected ?? 0,
    );
  }

  getItem(id: number): Promise<SmsFlashPromotionProductRelation | null> {
    return this.relations.findOne({ where: { id } });
  }

  async list(query: FlashProductRelationQueryDto): Promise<CommonPage<FlashPromotionProduct>> {
    const [relations, total] = await this.relations.findAndCount({
      where: {
        flashPromotionId: query.flashPromotionId,
        flashPromotionSessionId: query.flashPromotionSessionId,
      },
      order: { sort: 'DESC', id: 'ASC' },
      skip: (query.pageNum - 1) * query.pageSize,
      take: query.pageSize,
    });
    const productIds = [
      ...new Set(relations.map((r) => r.productId).filter((id): id is number => id !== null)),
    ];
    const products =
      productIds.length === 0
        ? []
        : await this.ds.getRepository(PmsProduct).find({
            select: { id: true, name: true, productSn: true, price: true, stock: true },
            where: { id: In(productIds) },
          });
    const productById = new Map(
      products.map((p) => [p.id, nullFilled<PmsProduct>(this.productFields, p)]),
    );
    const list = relations.map((relation) => ({
      ...relation,
      product: (relation.productId !== null && productById.get(relation.productId)) || null,
    }));
    return CommonPage.of(list, total, query.pageNum, query.pageSize);
  }
}
