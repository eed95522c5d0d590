import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { ApiException, CommonPage, pageOffset, ResultCode } from '@mall/common';
import {
  CmsPrefrenceAreaProductRelation,
  CmsSubjectProductRelation,
  PmsMemberPrice,
  PmsProduct,
  PmsProductAttributeValue,
  PmsProductCategory,
  PmsProductFullReduction,
  PmsProductLadder,
  PmsProductVertifyRecord,
  PmsSkuStock,
} from '@mall/db';
import type { ProductChangeAction } from '@mall/messaging';
import { DataSource, EntityManager, In, Like, Repository } from 'typeorm';
import { CatalogEvents } from '../shared/catalog-events.service';
import { selectColumns, selectiveFields, withNullFields } from '../shared/selective';
import { SKU_EDITABLE_FIELDS, updateProductSkus } from '../shared/sku-rows';
import { ProductCreateDto, ProductFieldsDto, ProductUpdateDto } from './dto/product-param.dto';
import { SkuStockDto } from './dto/product-children.dto';
import { ProductListQuery } from './dto/product-query.dto';
import { ProductCountCache } from './product-count-cache';
import { productListStatements, type SqlStatement } from './product-list.sql';
import { withSkuCodes } from './sku-code';

/** Every `pms_product` column a request may set (id excluded). */
const PRODUCT_WRITABLE: Array<keyof ProductUpdateDto & keyof PmsProduct> = [
  'brandId',
  'productCategoryId',
  'feightTemplateId',
  'productAttributeCategoryId',
  'name',
  'pic',
  'productSn',
  'deleteStatus',
  'publishStatus',
  'newStatus',
  'recommandStatus',
  'verifyStatus',
  'sort',
  'sale',
  'price',
  'promotionPrice',
  'giftGrowth',
  'giftPoint',
  'usePointLimit',
  'subTitle',
  'description',
  'originalPrice',
  'stock',
  'lowStock',
  'unit',
  'weight',
  'previewStatus',
  'serviceIds',
  'keywords',
  'note',
  'albumPics',
  'detailTitle',
  'detailDesc',
  'detailHtml',
  'detailMobileHtml',
  'promotionStartTime',
  'promotionEndTime',
  'promotionPerLimit',
  'promotionType',
  'brandName',
  'productCategoryName',
];
/** TEXT columns: left out of list results (answered as null), like the original's list queries. */
const PRODUCT_TEXT_COLUMNS = [
  'description',
  'detailDesc',
  'detailHtml',
  'detailMobileHtml',
] as const;
const PRODUCT_LIST_COLUMNS = selectColumns<PmsProduct>([
  'id',
  ...PRODUCT_WRITABLE.filter((key) => !(PRODUCT_TEXT_COLUMNS as readonly string[]).includes(key)),
]);
/** SKU columns of the edit form; promotion_price and lock_stock are not part of it. */
const SKU_EDIT_COLUMNS = selectColumns<PmsSkuStock>([
  'id',
  'productId',
  'skuCode',
  'price',
  'stock',
  'lowStock',
  'pic',
  'sale',
  'spData',
]);

/** `GET /product/updateInfo/:id` (PmsProductResult). */
export type ProductEditInfo = PmsProduct & {
  cateParentId: number | null;
  productLadderList: PmsProductLadder[];
  productFullReductionList: PmsProductFullReduction[];
  memberPriceList: PmsMemberPrice[];
  skuStockList: PmsSkuStock[];
  productAttributeValueList: PmsProductAttributeValue[];
  subjectProductRelationList: CmsSubjectProductRelation[];
  prefrenceAreaProductRelationList: CmsPrefrenceAreaProductRelation[];
};

/** null → undefined, so that an insert leaves the column to its default. */
function orDefault<T>(value: T | null | undefined): T | undefined {
  return value ?? undefined;
}

/** The SKU row values the edit form may set; lock_stock is never among them. */
function skuValues(sku: SkuStockDto & { skuCode: string }, productId: number) {
  return {
    productId,
    skuCode: sku.skuCode,
    price: orDefault(sku.price),
    stock: orDefault(sku.stock),
    lowStock: orDefault(sku.lowStock),
    pic: orDefault(sku.pic),
    sale: orDefault(sku.sale),
    promotionPrice: orDefault(sku.promotionPrice),
    spData: orDefault(sku.spData),
  };
}

@Injectable()
export class ProductService {
  constructor(
    @InjectRepository(PmsProduct) private readonly products: Repository<PmsProduct>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: CatalogEvents,
    private readonly counts: ProductCountCache,
  ) {}

  /** After a committed write: list totals are recounted, catalog readers are told. */
  private async changed(ids: number[], action: ProductChangeAction): Promise<void> {
    await this.counts.invalidate();
    this.events.productsChanged(ids, action);
  }

  /** Inserts the product and all its child rows in one transaction; announces it after commit. */
  async create(param: ProductCreateDto): Promise<number> {
    const productId = await this.dataSource.transaction(async (em) => {
      const inserted = await em.insert(PmsProduct, selectiveFields(param, PRODUCT_WRITABLE));
      const id = Number(inserted.identifiers[0]?.['id']);
      await this.insertPriceRows(em, id, param);
      const skus = withSkuCodes(param.skuStockList ?? [], id);
      if (skus.length > 0) {
        await em.insert(
          PmsSkuStock,
          skus.map((sku) => skuValues(sku, id)),
        );
      }
      await this.insertRelationRows(em, id, param);
      return id;
    });
    await this.changed([productId], 'upsert');
    return 1;
  }

  /**
   * Updates the product's non-null fields and replaces its child rows, in one transaction. SKUs are
   * diffed: sent with an id = kept and updated (never their locked stock), without = inserted,
   * missing = deleted. An id of another product's SKU is refused. Nothing is written for a missing
   * product (the original inserted orphan child rows).
   */
  async update(id: number, param: ProductUpdateDto): Promise<number> {
    const updated = await this.dataSource.transaction(async (em) => {
      const locked: unknown[] = await em.query(
        'SELECT id FROM pms_product WHERE id = ? FOR UPDATE',
        [id],
      );
      if (locked.length === 0) return false;
      const fields = selectiveFields(param, PRODUCT_WRITABLE);
      if (Object.keys(fields).length > 0) await em.update(PmsProduct, { id }, fields);
      await em.delete(PmsMemberPrice, { productId: id });
      await em.delete(PmsProductLadder, { productId: id });
      await em.delete(PmsProductFullReduction, { productId: id });
      await this.insertPriceRows(em, id, param);
      await this.replaceSkus(em, id, param.skuStockList ?? []);
      await em.delete(PmsProductAttributeValue, { productId: id });
      await em.delete(CmsSubjectProductRelation, { productId: id });
      await em.delete(CmsPrefrenceAreaProductRelation, { productId: id });
      await this.insertRelationRows(em, id, param);
      return true;
    });
    if (!updated) return 0;
    await this.changed([id], 'upsert');
    return 1;
  }

  private async replaceSkus(em: EntityManager, productId: number, sent: SkuStockDto[]) {
    if (sent.length === 0) {
      await em.delete(PmsSkuStock, { productId });
      return;
    }
    const current: Array<{ id: string | number }> = await em.query(
      'SELECT id FROM pms_sku_stock WHERE product_id = ? FOR UPDATE',
      [productId],
    );
    const currentIds = new Set(current.map((row) => Number(row.id)));
    const kept = sent.filter((sku): sku is SkuStockDto & { id: number } => sku.id != null);
    const added = sent.filter((sku) => sku.id == null);
    const foreign = kept.find((sku) => !currentIds.has(sku.id));
    if (foreign) {
      throw new ApiException(
        ResultCode.VALIDATE_FAILED,
        `skuStockList.${sent.indexOf(foreign)}.id: SKU ${foreign.id} 不属于商品 ${productId}`,
      );
    }
    const keptIds = new Set(kept.map((sku) => sku.id));
    const removed = [...currentIds].filter((skuId) => !keptIds.has(skuId));
    // As in the original, new and kept SKUs are numbered separately when their code is generated.
    const today = new Date();
    const addedRows = withSkuCodes(added, productId, today);
    if (addedRows.length > 0) {
      await em.insert(
        PmsSkuStock,
        addedRows.map((sku) => skuValues(sku, productId)),
      );
    }
    if (removed.length > 0) await em.delete(PmsSkuStock, { id: In(removed), productId });
    await updateProductSkus(
      em,
      productId,
      withSkuCodes(kept, productId, today),
      SKU_EDITABLE_FIELDS,
    );
  }

  private async insertPriceRows(em: EntityManager, productId: number, param: ProductFieldsDto) {
    const memberPrices = param.memberPriceList ?? [];
    if (memberPrices.length > 0) {
      await em.insert(
        PmsMemberPrice,
        memberPrices.map((m) => ({
          productId,
          memberLevelId: orDefault(m.memberLevelId),
          memberPrice: orDefault(m.memberPrice),
          memberLevelName: orDefault(m.memberLevelName),
        })),
      );
    }
    const ladders = param.productLadderList ?? [];
    if (ladders.length > 0) {
      await em.insert(
        PmsProductLadder,
        ladders.map((l) => ({
          productId,
          count: orDefault(l.count),
          discount: orDefault(l.discount),
          price: orDefault(l.price),
        })),
      );
    }
    const reductions = param.productFullReductionList ?? [];
    if (reductions.length > 0) {
      await em.insert(
        PmsProductFullReduction,
        reductions.map((r) => ({
          productId,
          fullPrice: orDefault(r.fullPrice),
          reducePrice: orDefault(r.reducePrice),
        })),
      );
    }
  }

  private async insertRelationRows(em: EntityManager, productId: number, param: ProductFieldsDto) {
    const values = param.productAttributeValueList ?? [];
    if (values.length > 0) {
      await em.insert(
        PmsProductAttributeValue,
        values.map((v) => ({
          productId,
          productAttributeId: orDefault(v.productAttributeId),
          value: orDefault(v.value),
        })),
      );
    }
    const subjects = param.subjectProductRelationList ?? [];
    if (subjects.length > 0) {
      await em.insert(
        CmsSubjectProductRelation,
        subjects.map((s) => ({ productId, subjectId: orDefault(s.subjectId) })),
      );
    }
    const areas = param.prefrenceAreaProductRelationList ?? [];
    if (areas.length > 0) {
      await em.insert(
        CmsPrefrenceAreaProductRelation,
        areas.map((a) => ({ productId, prefrenceAreaId: orDefault(a.prefrenceAreaId) })),
      );
    }
  }

  /** The product with every child list, for the edit form: one query per table, run together. */
  async updateInfo(id: number): Promise<ProductEditInfo | null> {
    const product = await this.products.findOne({ where: { id } });
    if (!product) return null;
    const byProduct = { where: { productId: id }, order: { id: 'ASC' as const } };
    const [category, ladders, reductions, memberPrices, skus, values, subjects, areas] =
      await Promise.all([
        product.productCategoryId === null
          ? Promise.resolve(null)
          : this.dataSource.getRepository(PmsProductCategory).findOne({
              select: { id: true, parentId: true },
              where: { id: product.productCategoryId },
            }),
        this.dataSource.getRepository(PmsProductLadder).find(byProduct),
        this.dataSource.getRepository(PmsProductFullReduction).find(byProduct),
        this.dataSource.getRepository(PmsMemberPrice).find(byProduct),
        this.dataSource.getRepository(PmsSkuStock).find({ ...byProduct, select: SKU_EDIT_COLUMNS }),
        this.dataSource.getRepository(PmsProductAttributeValue).find(byProduct),
        this.dataSource.getRepository(CmsSubjectProductRelation).find(byProduct),
        this.dataSource.getRepository(CmsPrefrenceAreaProductRelation).find(byProduct),
      ]);
    return Object.assign(product, {
      cateParentId: category?.parentId ?? null,
      productLadderList: ladders,
      productFullReductionList: reductions,
      memberPriceList: memberPrices,
      skuStockList: withNullFields(skus, ['promotionPrice', 'lockStock']),
      productAttributeValueList: values,
      subjectProductRelationList: subjects,
      prefrenceAreaProductRelationList: areas,
    });
  }

  /**
   * Pages at or past this offset wait for the total before their rows are read, to pick them from
   * the nearer end of the list index (see productListStatements). An instance property so that
   * tests can lower it.
   */
  readFromEndAfterOffset = 5000;

  /**
   * One page of not-deleted products: the total (cached, see ProductCountCache) and the page's rows
   * (one deferred-join query, see productListStatements), in parallel — for deep pages one after
   * the other, so that the rows can be read from the end of the list.
   */
  async list(query: ProductListQuery): Promise<CommonPage<PmsProduct>> {
    const { skip, take } = pageOffset(query);
    const statements = productListStatements(query, skip, take);
    const countTotal = (): Promise<number> =>
      this.counts.count(query, async () => {
        const { sql, params } = statements.count;
        const [row] = (await this.dataSource.query(sql, params)) as Array<{
          total: string | number;
        }>;
        return Number(row.total);
      });
    const readRows = ({ sql, params }: SqlStatement): Promise<Array<Record<string, unknown>>> =>
      this.dataSource.query(sql, params);
    let total: number;
    let rawRows: Array<Record<string, unknown>>;
    if (skip < this.readFromEndAfterOffset) {
      [total, rawRows] = await Promise.all([countTotal(), readRows(statements.page)]);
    } else {
      total = await countTotal();
      rawRows =
        skip >= total ? [] : await readRows(productListStatements(query, skip, take, total).page);
    }
    return CommonPage.of(rawRows.map(this.hydrateListRow), total, query.pageNum, query.pageSize);
  }

  /** A raw list row as the entity TypeORM would build (same value conversions), text columns null. */
  private readonly hydrateListRow = (raw: Record<string, unknown>): PmsProduct => {
    const product = this.products.create();
    for (const column of this.products.metadata.columns) {
      const value = raw[column.databaseName];
      (product as unknown as Record<string, unknown>)[column.propertyName] =
        value === undefined ? null : this.dataSource.driver.prepareHydratedValue(value, column);
    }
    return product;
  };

  /** Not-deleted products whose name or number contains `keyword` (all of them without one). */
  async simpleList(keyword: string | undefined): Promise<PmsProduct[]> {
    const where = keyword
      ? [
          { deleteStatus: 0, name: Like(`%${keyword}%`) },
          { deleteStatus: 0, productSn: Like(`%${keyword}%`) },
        ]
      : { deleteStatus: 0 };
    const rows = await this.products.find({
      select: PRODUCT_LIST_COLUMNS,
      where,
      order: { id: 'ASC' },
    });
    return withNullFields(rows, PRODUCT_TEXT_COLUMNS);
  }

  /**
   * Sets the verify status and records one verification per existing product, in one transaction.
   * Ids of missing products get no record (the original wrote records for them too).
   */
  async updateVerifyStatus(ids: number[], verifyStatus: number, detail: string): Promise<number> {
    const existing = await this.dataSource.transaction(async (em) => {
      const rows: Array<{ id: string | number }> = await em.query(
        'SELECT id FROM pms_product WHERE id IN (?) FOR UPDATE',
        [ids],
      );
      const found = rows.map((row) => Number(row.id));
      if (found.length === 0) return found;
      await em.update(PmsProduct, { id: In(found) }, { verifyStatus });
      const now = new Date();
      await em.insert(
        PmsProductVertifyRecord,
        found.map((productId) => ({
          productId,
          createTime: now,
          vertifyMan: 'test',
          status: verifyStatus,
          detail,
        })),
      );
      return found;
    });
    if (existing.length > 0) await this.changed(existing, 'upsert');
    return existing.length;
  }

  async updatePublishStatus(ids: number[], publishStatus: number): Promise<number> {
    return this.updateFlag(ids, { publishStatus }, publishStatus === 1 ? 'upsert' : 'delete');
  }

  async updateRecommendStatus(ids: number[], recommendStatus: number): Promise<number> {
    return this.updateFlag(ids, { recommandStatus: recommendStatus }, 'upsert');
  }

  async updateNewStatus(ids: number[], newStatus: number): Promise<number> {
    return this.updateFlag(ids, { newStatus }, 'upsert');
  }

  /** Soft delete (1) or restore (0); child rows stay. */
  async updateDeleteStatus(ids: number[], deleteStatus: number): Promise<number> {
    return this.updateFlag(ids, { deleteStatus }, deleteStatus === 1 ? 'delete' : 'upsert');
  }

  private async updateFlag(
    ids: number[],
    fields: Partial<PmsProduct>,
    action: ProductChangeAction,
  ): Promise<number> {
    const count = (await this.products.update({ id: In(ids) }, fields)).affected ?? 0;
    if (count > 0) await this.changed(ids, action);
    return count;
  }
}
