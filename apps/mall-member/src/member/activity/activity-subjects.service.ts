import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ApiException } from '@mall/common';
import { PmsBrand, PmsProduct, toCents } from '@mall/db';
import { Repository } from 'typeorm';
import type { ActivityProduct } from './member-activity.store';

const PUBLISHED = 1;
const NOT_DELETED = 0;

/**
 * The catalogue side of member activity: records copy the product or brand as MySQL has it when
 * they are written, rather than what the client sent (the original trusted the body).
 */
@Injectable()
export class ActivitySubjectsService {
  constructor(
    @InjectRepository(PmsProduct) private readonly products: Repository<PmsProduct>,
    @InjectRepository(PmsBrand) private readonly brands: Repository<PmsBrand>,
  ) {}

  /** The product's fields for a record; fails unless it exists, is published and not deleted. */
  async publishedProduct(productId: number): Promise<ActivityProduct> {
    const product = await this.products.findOne({
      select: {
        id: true,
        name: true,
        pic: true,
        subTitle: true,
        price: true,
        publishStatus: true,
        deleteStatus: true,
      },
      where: { id: productId },
    });
    if (!product || product.publishStatus !== PUBLISHED || product.deleteStatus !== NOT_DELETED) {
      throw new ApiException('商品不存在或已下架');
    }
    return {
      productId: product.id,
      productName: product.name,
      productPic: product.pic,
      productSubTitle: product.subTitle,
      productPrice: product.price === null ? null : formatPrice(product.price),
    };
  }

  /** The brand's name and logo; fails when there is no such brand. */
  async brand(brandId: number): Promise<{ brandName: string | null; brandLogo: string | null }> {
    const brand = await this.brands.findOne({
      select: { id: true, name: true, logo: true },
      where: { id: brandId },
    });
    if (!brand) throw new ApiException('品牌不存在');
    return { brandName: brand.name, brandLogo: brand.logo };
  }
}

/** A DECIMAL(10,2) price as the text a BigDecimal prints: 3788 → `3788.00`. */
function formatPrice(price: number): string {
  const cents = toCents(price);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
