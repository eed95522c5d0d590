import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { ApiException, CommonPage, pageOffset, ResultCode } from '@mall/common';
import { PmsProduct, PmsProductCategory, PmsProductCategoryAttributeRelation } from '@mall/db';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { CatalogEvents } from '../shared/catalog-events.service';
import { selectColumns, selectiveFields, withNullFields } from '../shared/selective';
import { ProductCategoryParamDto } from './dto/product-category.dto';

/** List columns: `description` (TEXT) is answered as null, like the original's list queries. */
const LIST_COLUMNS = selectColumns<PmsProductCategory>([
  'id',
  'parentId',
  'name',
  'level',
  'productCount',
  'productUnit',
  'navStatus',
  'showStatus',
  'sort',
  'icon',
  'keywords',
]);
const WRITABLE: Array<keyof ProductCategoryParamDto> = [
  'parentId',
  'name',
  'productUnit',
  'navStatus',
  'showStatus',
  'sort',
  'icon',
  'keywords',
  'description',
];

/** A category JSON object with only id and name set (the original's result map of this query). */
function categoryStub(id: number, name: string | null) {
  return {
    id,
    parentId: null,
    name,
    level: null,
    productCount: null,
    productUnit: null,
    navStatus: null,
    showStatus: null,
    sort: null,
    icon: null,
    keywords: null,
    description: null,
  };
}

export type CategoryWithChildren = ReturnType<typeof categoryStub> & {
  children: Array<ReturnType<typeof categoryStub>>;
};

@Injectable()
export class ProductCategoryService {
  constructor(
    @InjectRepository(PmsProductCategory)
    private readonly categories: Repository<PmsProductCategory>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: CatalogEvents,
  ) {}

  /** Top level (parent 0) is level 0; below, one more than the parent (0 if the parent is gone). */
  private async levelUnder(em: EntityManager, parentId: number): Promise<number> {
    if (parentId === 0) return 0;
    const parent = await em.findOne(PmsProductCategory, {
      select: { id: true, level: true },
      where: { id: parentId },
    });
    return parent ? (parent.level ?? 0) + 1 : 0;
  }

  private async replaceAttributeRelations(
    em: EntityManager,
    categoryId: number,
    attributeIds: number[] | null | undefined,
  ): Promise<void> {
    await em.delete(PmsProductCategoryAttributeRelation, { productCategoryId: categoryId });
    if (attributeIds && attributeIds.length > 0) {
      await em.insert(
        PmsProductCategoryAttributeRelation,
        attributeIds.map((productAttributeId) => ({
          productCategoryId: categoryId,
          productAttributeId,
        })),
      );
    }
  }

  async create(param: ProductCategoryParamDto): Promise<number> {
    return this.dataSource.transaction(async (em) => {
      const level = await this.levelUnder(em, param.parentId);
      const inserted = await em.insert(PmsProductCategory, {
        ...selectiveFields(param, WRITABLE),
        productCount: 0,
        level,
      });
      const id = Number(inserted.identifiers[0]?.['id']);
      if (param.productAttributeIdList && param.productAttributeIdList.length > 0) {
        await this.replaceAttributeRelations(em, id, param.productAttributeIdList);
      }
      return 1;
    });
  }

  /**
   * Updates the category, the category name copied into its products and its filter attributes
   * (an empty or missing list clears them), in one transaction; nothing is written for a missing id.
   */
  async update(id: number, param: ProductCategoryParamDto): Promise<number> {
    if (param.parentId === id) {
      throw new ApiException(ResultCode.VALIDATE_FAILED, 'parentId: 分类不能作为自己的父分类');
    }
    const { count, renamedProductIds } = await this.dataSource.transaction(async (em) => {
      if (!(await em.existsBy(PmsProductCategory, { id }))) {
        return { count: 0, renamedProductIds: [] };
      }
      const level = await this.levelUnder(em, param.parentId);
      const stale = await em
        .createQueryBuilder(PmsProduct, 'p')
        .select('p.id', 'id')
        .where('p.product_category_id = :id AND NOT (p.product_category_name <=> :name)', {
          id,
          name: param.name,
        })
        .getRawMany<{ id: string | number }>();
      const renamedProductIds = stale.map((row) => Number(row.id));
      if (renamedProductIds.length > 0) {
        await em.update(
          PmsProduct,
          { id: In(renamedProductIds) },
          { productCategoryName: param.name },
        );
      }
      await this.replaceAttributeRelations(em, id, param.productAttributeIdList);
      const result = await em.update(
        PmsProductCategory,
        { id },
        { ...selectiveFields(param, WRITABLE), level },
      );
      return { count: result.affected ?? 0, renamedProductIds };
    });
    this.events.productsChanged(renamedProductIds, 'upsert');
    return count;
  }

  async list(parentId: number, pageNum: number, pageSize: number) {
    const [rows, total] = await this.categories.findAndCount({
      select: LIST_COLUMNS,
      where: { parentId },
      order: { sort: 'DESC', id: 'ASC' },
      ...pageOffset({ pageNum, pageSize }),
    });
    return CommonPage.of(withNullFields(rows, ['description']), total, pageNum, pageSize);
  }

  get(id: number): Promise<PmsProductCategory | null> {
    return this.categories.findOne({ where: { id } });
  }

  /** Children, filter-attribute relations and products are left as they are, like the original. */
  async delete(id: number): Promise<number> {
    return (await this.categories.delete({ id })).affected ?? 0;
  }

  async updateNavStatus(ids: number[], navStatus: number): Promise<number> {
    return (await this.categories.update({ id: In(ids) }, { navStatus })).affected ?? 0;
  }

  async updateShowStatus(ids: number[], showStatus: number): Promise<number> {
    return (await this.categories.update({ id: In(ids) }, { showStatus })).affected ?? 0;
  }

  /** Top-level categories with their direct children (id and name only): one query. */
  async listWithChildren(): Promise<CategoryWithChildren[]> {
    const rows: Array<{
      id: string | number;
      name: string | null;
      childId: string | number | null;
      childName: string | null;
    }> = await this.dataSource.query(
      `SELECT c1.id AS id, c1.name AS name, c2.id AS childId, c2.name AS childName
           FROM pms_product_category c1
           LEFT JOIN pms_product_category c2 ON c2.parent_id = c1.id
          WHERE c1.parent_id = 0
          ORDER BY c1.id, c2.id`,
    );
    const items = new Map<number, CategoryWithChildren>();
    for (const row of rows) {
      const id = Number(row.id);
      let item = items.get(id);
      if (!item) {
        item = { ...categoryStub(id, row.name), children: [] };
        items.set(id, item);
      }
      if (row.childId !== null)
        item.children.push(categoryStub(Number(row.childId), row.childName));
    }
    return [...items.values()];
  }
}
