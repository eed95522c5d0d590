import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CommonPage, pageOffset } from '@mall/common';
import { PmsBrand, PmsProduct } from '@mall/db';
import { DataSource } from 'typeorm';
import { HomeQueries } from '../home/home-queries';
import { PRODUCT_LIST_FIELDS, selection } from '../product/product-columns';

@Injectable()
export class BrandService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly homeQueries: HomeQueries,
  ) {}

  /** Recommended home brands that are shown, by home sort; offset = (pageNum − 1) × pageSize. */
  recommendList(pageNum: number, pageSize: number): Promise<PmsBrand[]> {
    return this.homeQueries.recommendBrandList((pageNum - 1) * pageSize, pageSize);
  }

  /** Every column, `brandStory` included; null when the brand does not exist. */
  detail(brandId: number): Promise<PmsBrand | null> {
    return this.dataSource.getRepository(PmsBrand).findOne({ where: { id: brandId } });
  }

  /** Non-deleted products of the brand (publish status not checked, KEEP). */
  async productList(
    brandId: number,
    pageNum: number,
    pageSize: number,
  ): Promise<CommonPage<PmsProduct>> {
    const repository = this.dataSource.getRepository(PmsProduct);
    const where = { deleteStatus: 0, brandId };
    const [list, total] = await Promise.all([
      repository.find({
        select: selection(PRODUCT_LIST_FIELDS),
        where,
        order: { id: 'ASC' },
        ...pageOffset({ pageNum, pageSize }),
      }),
      repository.count({ where }),
    ]);
    return CommonPage.of(list, total, pageNum, pageSize);
  }
}
