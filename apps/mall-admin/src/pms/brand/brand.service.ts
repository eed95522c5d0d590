import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { CommonPage, pageOffset } from '@mall/common';
import { PmsBrand, PmsProduct } from '@mall/db';
import { DataSource, In, Like, Repository } from 'typeorm';
import { CatalogEvents } from '../shared/catalog-events.service';
import {
  firstCharacter,
  selectColumns,
  selectiveFields,
  withNullFields,
} from '../shared/selective';
import { BrandParamDto } from './dto/brand-param.dto';

/** Columns of list results; `brand_story` (TEXT) is left out and answered as null, like the original. */
const LIST_COLUMNS = selectColumns<PmsBrand>([
  'id',
  'name',
  'firstLetter',
  'sort',
  'factoryStatus',
  'showStatus',
  'productCount',
  'productCommentCount',
  'logo',
  'bigPic',
]);
const WRITABLE: Array<keyof BrandParamDto> = [
  'name',
  'firstLetter',
  'sort',
  'factoryStatus',
  'showStatus',
  'logo',
  'bigPic',
  'brandStory',
];

@Injectable()
export class BrandService {
  constructor(
    @InjectRepository(PmsBrand) private readonly brands: Repository<PmsBrand>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: CatalogEvents,
  ) {}

  async listAll(): Promise<PmsBrand[]> {
    const rows = await this.brands.find({ select: LIST_COLUMNS, order: { id: 'ASC' } });
    return withNullFields(rows, ['brandStory']);
  }

  async list(keyword: string | undefined, pageNum: number, pageSize: number) {
    const where = keyword ? { name: Like(`%${keyword}%`) } : {};
    const [rows, total] = await this.brands.findAndCount({
      select: LIST_COLUMNS,
      where,
      order: { sort: 'DESC', id: 'ASC' },
      ...pageOffset({ pageNum, pageSize }),
    });
    return CommonPage.of(withNullFields(rows, ['brandStory']), total, pageNum, pageSize);
  }

  get(id: number): Promise<PmsBrand | null> {
    return this.brands.findOne({ where: { id } });
  }

  async create(param: BrandParamDto): Promise<number> {
    const fields = selectiveFields(param, WRITABLE);
    if (!fields.firstLetter) fields.firstLetter = firstCharacter(param.name);
    await this.brands.insert(fields);
    return 1;
  }

  /**
   * Updates the non-null fields and, in the same transaction, the brand name copied into its
   * products. Readers of the catalog hear about the renamed products once it commits.
   */
  async update(id: number, param: BrandParamDto): Promise<number> {
    const fields = selectiveFields(param, WRITABLE);
    if (!fields.firstLetter) fields.firstLetter = firstCharacter(param.name);
    const { count, renamedProductIds } = await this.dataSource.transaction(async (em) => {
      if (!(await em.existsBy(PmsBrand, { id }))) return { count: 0, renamedProductIds: [] };
      const stale = await em
        .createQueryBuilder(PmsProduct, 'p')
        .select('p.id', 'id')
        .where('p.brand_id = :id AND NOT (p.brand_name <=> :name)', { id, name: param.name })
        .getRawMany<{ id: string | number }>();
      const renamedProductIds = stale.map((row) => Number(row.id));
      if (renamedProductIds.length > 0) {
        await em.update(PmsProduct, { id: In(renamedProductIds) }, { brandName: param.name });
      }
      const result = await em.update(PmsBrand, { id }, fields);
      return { count: result.affected ?? 0, renamedProductIds };
    });
    this.events.productsChanged(renamedProductIds, 'upsert');
    return count;
  }

  async delete(id: number): Promise<number> {
    return (await this.brands.delete({ id })).affected ?? 0;
  }

  async deleteBatch(ids: number[]): Promise<number> {
    return (await this.brands.delete({ id: In(ids) })).affected ?? 0;
  }

  async updateShowStatus(ids: number[], showStatus: number): Promise<number> {
    return (await this.brands.update({ id: In(ids) }, { showStatus })).affected ?? 0;
  }

  async updateFactoryStatus(ids: number[], factoryStatus: number): Promise<number> {
    return (await this.brands.update({ id: In(ids) }, { factoryStatus })).affected ?? 0;
  }
}
