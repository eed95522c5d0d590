import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { ApiException, CommonPage, pageOffset, ResultCode } from '@mall/common';
import { PmsProductAttribute, PmsProductAttributeCategory } from '@mall/db';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { selectiveFields } from '../shared/selective';
import { AttributeParamDto, AttributeUpdateDto, ProductAttrInfo } from './dto/attribute-param.dto';

const WRITABLE: Array<keyof AttributeParamDto> = [
  'productAttributeCategoryId',
  'name',
  'selectType',
  'inputType',
  'inputList',
  'sort',
  'filterType',
  'searchType',
  'relatedStatus',
  'handAddStatus',
  'type',
];

/** Type 0 (规格) attributes are counted in `attribute_count`, type 1 (参数) in `param_count`. */
function counterColumn(type: number | null): 'attribute_count' | 'param_count' | null {
  if (type === 0) return 'attribute_count';
  if (type === 1) return 'param_count';
  return null;
}

/** Adds `delta` to a type's counter, never below 0. */
async function adjustCounter(
  em: EntityManager,
  categoryId: number | null,
  type: number | null,
  delta: number,
): Promise<void> {
  const column = counterColumn(type);
  if (categoryId === null || column === null || delta === 0) return;
  await em.query(
    `UPDATE pms_product_attribute_category SET ${column} = GREATEST(COALESCE(${column}, 0) + ?, 0) WHERE id = ?`,
    [delta, categoryId],
  );
}

async function assertCategoryExists(em: EntityManager, id: number): Promise<void> {
  if (!(await em.existsBy(PmsProductAttributeCategory, { id }))) {
    throw new ApiException(
      ResultCode.VALIDATE_FAILED,
      `productAttributeCategoryId: 商品属性分类 ${id} 不存在`,
    );
  }
}

@Injectable()
export class AttributeService {
  constructor(
    @InjectRepository(PmsProductAttribute)
    private readonly attributes: Repository<PmsProductAttribute>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async list(categoryId: number, type: number, pageNum: number, pageSize: number) {
    const [rows, total] = await this.attributes.findAndCount({
      where: { productAttributeCategoryId: categoryId, type },
      order: { sort: 'DESC', id: 'ASC' },
      ...pageOffset({ pageNum, pageSize }),
    });
    return CommonPage.of(rows, total, pageNum, pageSize);
  }

  get(id: number): Promise<PmsProductAttribute | null> {
    return this.attributes.findOne({ where: { id } });
  }

  /** Inserts the attribute and counts it in its type, in one transaction. */
  async create(param: AttributeParamDto): Promise<number> {
    return this.dataSource.transaction(async (em) => {
      await assertCategoryExists(em, param.productAttributeCategoryId);
      await em.insert(PmsProductAttribute, selectiveFields(param, WRITABLE));
      await adjustCounter(em, param.productAttributeCategoryId, param.type, 1);
      return 1;
    });
  }

  /**
   * Updates the non-null fields. When the type or the attribute category changes, the counters of
   * the old and new category follow (the original left them stale).
   */
  async update(id: number, param: AttributeUpdateDto): Promise<number> {
    const fields = selectiveFields(param, WRITABLE);
    if (Object.keys(fields).length === 0) {
      throw new ApiException(ResultCode.VALIDATE_FAILED, 'body: no field to update');
    }
    return this.dataSource.transaction(async (em) => {
      const before = await em.findOne(PmsProductAttribute, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!before) return 0;
      const categoryId = fields.productAttributeCategoryId ?? before.productAttributeCategoryId;
      const type = fields.type ?? before.type;
      if (fields.productAttributeCategoryId !== undefined) {
        await assertCategoryExists(em, fields.productAttributeCategoryId);
      }
      const result = await em.update(PmsProductAttribute, { id }, fields);
      if (categoryId !== before.productAttributeCategoryId || type !== before.type) {
        await adjustCounter(em, before.productAttributeCategoryId, before.type, -1);
        await adjustCounter(em, categoryId, type, 1);
      }
      return result.affected ?? 0;
    });
  }

  /** Deletes the attributes and uncounts each from its own category and type. */
  async delete(ids: number[]): Promise<number> {
    return this.dataSource.transaction(async (em) => {
      const doomed = await em.find(PmsProductAttribute, {
        select: { id: true, productAttributeCategoryId: true, type: true },
        where: { id: In(ids) },
        lock: { mode: 'pessimistic_write' },
      });
      if (doomed.length === 0) return 0;
      const result = await em.delete(PmsProductAttribute, { id: In(doomed.map((a) => a.id)) });
      const groups = new Map<
        string,
        { categoryId: number | null; type: number | null; n: number }
      >();
      for (const attribute of doomed) {
        const key = `${attribute.productAttributeCategoryId}:${attribute.type}`;
        const group = groups.get(key) ?? {
          categoryId: attribute.productAttributeCategoryId,
          type: attribute.type,
          n: 0,
        };
        group.n++;
        groups.set(key, group);
      }
      for (const group of groups.values()) {
        await adjustCounter(em, group.categoryId, group.type, -group.n);
      }
      return result.affected ?? 0;
    });
  }

  /** The filter attributes of a product category, each with its attribute category. */
  async attrInfo(productCategoryId: number): Promise<ProductAttrInfo[]> {
    const rows: Array<{
      attributeId: string | number | null;
      attributeCategoryId: string | number | null;
    }> = await this.dataSource.query(
      `SELECT pa.id AS attributeId, pac.id AS attributeCategoryId
           FROM pms_product_category_attribute_relation pcar
           LEFT JOIN pms_product_attribute pa ON pa.id = pcar.product_attribute_id
           LEFT JOIN pms_product_attribute_category pac ON pac.id = pa.product_attribute_category_id
          WHERE pcar.product_category_id = ?
          ORDER BY pcar.id`,
      [productCategoryId],
    );
    return rows.map((row) => ({
      attributeId: row.attributeId === null ? null : Number(row.attributeId),
      attributeCategoryId:
        row.attributeCategoryId === null ? null : Number(row.attributeCategoryId),
    }));
  }
}
