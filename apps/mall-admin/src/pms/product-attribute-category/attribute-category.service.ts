import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CommonPage, pageOffset } from '@mall/common';
import { PmsProductAttribute, PmsProductAttributeCategory } from '@mall/db';
import { Repository } from 'typeorm';
import { AttributeCategoryWithAttrItem } from './dto/attribute-category.dto';

/** A `pms_product_attribute` JSON object with only id and name set (the original's result map). */
function attributeStub(id: number, name: string | null): Record<string, unknown> {
  return {
    id,
    productAttributeCategoryId: null,
    name,
    selectType: null,
    inputType: null,
    inputList: null,
    sort: null,
    filterType: null,
    searchType: null,
    relatedStatus: null,
    handAddStatus: null,
    type: null,
  };
}

@Injectable()
export class AttributeCategoryService {
  constructor(
    @InjectRepository(PmsProductAttributeCategory)
    private readonly categories: Repository<PmsProductAttributeCategory>,
    @InjectRepository(PmsProductAttribute)
    private readonly attributes: Repository<PmsProductAttribute>,
  ) {}

  async create(name: string): Promise<number> {
    // attribute_count and param_count keep their column default 0.
    await this.categories.insert({ name });
    return 1;
  }

  async update(id: number, name: string): Promise<number> {
    return (await this.categories.update({ id }, { name })).affected ?? 0;
  }

  /** Attributes and products of the type are left as they are, like the original. */
  async delete(id: number): Promise<number> {
    return (await this.categories.delete({ id })).affected ?? 0;
  }

  get(id: number): Promise<PmsProductAttributeCategory | null> {
    return this.categories.findOne({ where: { id } });
  }

  async list(pageNum: number, pageSize: number) {
    const [rows, total] = await this.categories.findAndCount({
      order: { id: 'ASC' },
      ...pageOffset({ pageNum, pageSize }),
    });
    return CommonPage.of(rows, total, pageNum, pageSize);
  }

  /** Every type with its parameters (type 1): two queries, grouped in memory. */
  async listWithAttr(): Promise<AttributeCategoryWithAttrItem[]> {
    const [categories, params] = await Promise.all([
      this.categories.find({ select: { id: true, name: true }, order: { id: 'ASC' } }),
      this.attributes.find({
        select: { id: true, name: true, productAttributeCategoryId: true },
        where: { type: 1 },
        order: { id: 'ASC' },
      }),
    ]);
    const byCategory = new Map<number, Array<Record<string, unknown>>>();
    for (const param of params) {
      if (param.productAttributeCategoryId === null) continue;
      const list = byCategory.get(param.productAttributeCategoryId) ?? [];
      list.push(attributeStub(param.id, param.name));
      byCategory.set(param.productAttributeCategoryId, list);
    }
    return categories.map((category) => ({
      id: category.id,
      name: category.name,
      attributeCount: null,
      paramCount: null,
      productAttributeList: byCategory.get(category.id) ?? [],
    }));
  }
}
