import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiException, ResultCode } from '@mall/common';
import type { OmsCartItem } from '@mall/db';
import {
  affectedRows,
  deleteCartLines,
  loadCartPromotionItems,
  loadLiveCartItems,
  numberOrNull,
  type CartLinePromotion,
} from '@mall/shop';
import type { DataSource, EntityManager } from 'typeorm';

export const CartMessage = {
  NO_SKU: '商品规格不存在',
  NO_LINE: '购物车中没有该商品',
} as const;

/** CartProduct: what the app shows to re-pick a line's specification. */
export interface CartProduct {
  id: number;
  name: string | null;
  subTitle: string | null;
  price: number | null;
  pic: string | null;
  productAttributeCategoryId: number | null;
  stock: number | null;
  productAttributeList: Array<{ id: number; name: string | null }>;
  skuStockList: Array<{
    id: number;
    skuCode: string;
    price: number | null;
    stock: number | null;
    pic: string | null;
  }>;
}

/** A SKU with the product fields a cart line copies. */
interface CatalogueSku {
  skuId: number;
  productId: number;
}

type Db = DataSource | EntityManager;
type Row = Record<string, string | number | null>;

// The SKU and its product, unless the product is deleted.
const CATALOGUE_SKU =
  'SELECT s.id, s.product_id FROM pms_sku_stock s ' +
  'JOIN pms_product p ON p.id = s.product_id AND (p.delete_status IS NULL OR p.delete_status <> 1) ';

/**
 * Cart lines of the current member (spec §3). Plain SQL: adding to the cart is one of the hot
 * transactions, and every statement here is atomic on its own.
 */
@Injectable()
export class CartService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Adds `quantity` of a SKU (spec §3 `/cart/add`): a live line of the same product and SKU has
   * its quantity increased, otherwise a new line is written from the catalogue (ADR 0008).
   */
  async add(
    memberId: number,
    skuId: number,
    quantity: number,
    productId?: number | null,
  ): Promise<number> {
    const sku = await this.catalogueSku(this.dataSource, 's.id = ?', skuId);
    if (!sku || (productId != null && productId !== sku.productId)) {
      throw new ApiException(CartMessage.NO_SKU);
    }
    return this.merge(this.dataSource, memberId, sku, quantity);
  }

  /** `/cart/addNew`: the same, by SKU code. */
  async addBySkuCode(memberId: number, skuCode: string, quantity: number): Promise<number> {
    const sku = await this.catalogueSku(this.dataSource, 's.sku_code = ?', skuCode);
    if (!sku) throw new ApiException(CartMessage.NO_SKU);
    return this.merge(this.dataSource, memberId, sku, quantity);
  }

  /** Live lines of the member. */
  list(memberId: number): Promise<OmsCartItem[]> {
    return loadLiveCartItems(this.dataSource, memberId);
  }

  /** Live lines (all, or those in `cartIds`) with their promotion (spec §A). */
  listPromotion(memberId: number, cartIds: readonly number[]): Promise<CartLinePromotion[]> {
    return loadCartPromotionItems(this.dataSource, memberId, cartIds);
  }

  /** Sets the quantity of one of the member's live lines; 0 when there is no such line. */
  async updateQuantity(memberId: number, id: number, quantity: number): Promise<number> {
    const result: unknown = await this.dataSource.query(
      'UPDATE oms_cart_item SET quantity = ?, modify_date = ? WHERE id = ? AND member_id = ? AND delete_status = 0',
      [quantity, new Date(), id, memberId],
    );
    return affectedRows(result);
  }

  /**
   * `/cart/update/attr`: replaces one of the member's live lines by the body's SKU, in one
   * transaction (the old line is soft-deleted, the new one added as by `/cart/add`).
   */
  async replaceLine(
    memberId: number,
    lineId: number | null | undefined,
    skuId: number,
    quantity: number,
    productId?: number | null,
  ): Promise<number> {
    if (lineId === null || lineId === undefined) throw new ApiException(CartMessage.NO_LINE);
    return this.dataSource.transaction(async (em) => {
      const removed: unknown = await em.query(
        'UPDATE oms_cart_item SET delete_status = 1, modify_date = ? WHERE id = ? AND member_id = ? AND delete_status = 0',
        [new Date(), lineId, memberId],
      );
      if (affectedRows(removed) !== 1) throw new ApiException(CartMessage.NO_LINE);
      const sku = await this.catalogueSku(em, 's.id = ?', skuId);
      if (!sku || (productId != null && productId !== sku.productId)) {
        throw new ApiException(CartMessage.NO_SKU);
      }
      await this.merge(em, memberId, sku, quantity);
      return 1;
    });
  }

  /**
   * Hard-deletes the member's lines with these ids. Answers the number of ids given, as the
   * original did (spec §9 #16, count semantics kept).
   */
  async delete(memberId: number, ids: number[]): Promise<number> {
    await deleteCartLines(this.dataSource, memberId, ids);
    return ids.length;
  }

  /** Soft-deletes every line of the member (also lines already deleted, as the original). */
  async clear(memberId: number): Promise<number> {
    const result: unknown = await this.dataSource.query(
      'UPDATE oms_cart_item SET delete_status = 1 WHERE member_id = ?',
      [memberId],
    );
    return affectedRows(result);
  }

  /**
   * The product with its specification attributes (`type = 0`, by sort descending) and SKUs;
   * null when the product is missing or has no specification attribute (spec §3, §9 #8).
   */
  async cartProduct(productId: number): Promise<CartProduct | null> {
    const [product]: Row[] = await this.dataSource.query(
      'SELECT id, name, sub_title, price, pic, product_attribute_category_id, stock FROM pms_product WHERE id = ?',
      [productId],
    );
    if (!product || product['product_attribute_category_id'] === null) return null;
    const [attributes, skus]: [Row[], Row[]] = await Promise.all([
      this.dataSource.query(
        'SELECT id, name FROM pms_product_attribute WHERE product_attribute_category_id = ? AND type = 0 ' +
          'ORDER BY sort DESC, id',
        [product['product_attribute_category_id']],
      ),
      this.dataSource.query(
        'SELECT id, sku_code, price, stock, pic FROM pms_sku_stock WHERE product_id = ? ORDER BY id',
        [productId],
      ),
    ]);
    if (attributes.length === 0) return null;
    return {
      id: Number(product['id']),
      name: product['name'] as string | null,
      subTitle: product['sub_title'] as string | null,
      price: numberOrNull(product['price']),
      pic: product['pic'] as string | null,
      productAttributeCategoryId: numberOrNull(product['product_attribute_category_id']),
      stock: product['stock'] as number | null,
      productAttributeList: attributes.map((a) => ({
        id: Number(a['id']),
        name: a['name'] as string | null,
      })),
      skuStockList: skus.map((s) => ({
        id: Number(s['id']),
        skuCode: s['sku_code'] as string,
        price: numberOrNull(s['price']),
        stock: s['stock'] as number | null,
        pic: s['pic'] as string | null,
      })),
    };
  }

  private async catalogueSku(
    db: Db,
    condition: string,
    value: number | string,
  ): Promise<CatalogueSku | null> {
    const [row]: Row[] = await db.query(
      `${CATALOGUE_SKU}WHERE ${condition} ORDER BY s.id LIMIT 1`,
      [value],
    );
    return row ? { skuId: Number(row['id']), productId: Number(row['product_id']) } : null;
  }

  /** Adds to the member's live line of the same product and SKU, or writes a new line. */
  private async merge(
    db: Db,
    memberId: number,
    { skuId, productId }: CatalogueSku,
    quantity: number,
  ): Promise<number> {
    // Atomic increment of the oldest live line; modify_date is left as it was (spec §9 #14).
    const merged: unknown = await db.query(
      'UPDATE oms_cart_item SET quantity = quantity + ? ' +
        'WHERE member_id = ? AND product_id = ? AND product_sku_id = ? AND delete_status = 0 ORDER BY id LIMIT 1',
      [quantity, memberId, productId, skuId],
    );
    if (affectedRows(merged) === 1) return 1;
    const now = new Date();
    // The line copies the catalogue (price = the SKU's), the member's nickname, in one statement.
    const inserted: unknown = await db.query(
      `INSERT INTO oms_cart_item (product_id, product_sku_id, member_id, quantity, price, product_pic,
         product_name, product_sub_title, product_sku_code, member_nickname, create_date, modify_date,
         delete_status, product_category_id, product_brand, product_sn, product_attr)
       SELECT p.id, s.id, m.id, ?, s.price, p.pic, p.name, p.sub_title, s.sku_code, m.nickname, ?, ?, 0,
         p.product_category_id, p.brand_name, p.product_sn, s.sp_data
       FROM pms_sku_stock s JOIN pms_product p ON p.id = s.product_id JOIN ums_member m ON m.id = ?
       WHERE s.id = ?`,
      [quantity, now, now, memberId, skuId],
    );
    // No row: the member of the token no longer exists (spec §9 #63).
    if (affectedRows(inserted) !== 1) throw new ApiException(ResultCode.UNAUTHORIZED);
    return 1;
  }
}
