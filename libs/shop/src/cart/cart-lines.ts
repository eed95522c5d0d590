import type { DataSource, EntityManager } from 'typeorm';
import type { OmsCartItem } from '@mall/db';
import { calcCartPromotionFromDb } from '../promotion';
import type { CartPromotionItem } from '../promotion';

/** A cart line priced by the promotion calculation (the original's CartPromotionItem). */
export type CartLinePromotion = CartPromotionItem<OmsCartItem>;

type Db = DataSource | EntityManager;

// Plain SQL on the hot paths (cart view, confirm, order): building a TypeORM find costs about a
// millisecond of CPU per query, more than the indexed query itself.
const CART_COLUMNS =
  'id, product_id, product_sku_id, member_id, quantity, price, product_pic, product_name, product_sub_title, ' +
  'product_sku_code, member_nickname, create_date, modify_date, delete_status, product_category_id, ' +
  'product_brand, product_sn, product_attr';

interface CartRow {
  id: string | number;
  product_id: string | number | null;
  product_sku_id: string | number | null;
  member_id: string | number | null;
  quantity: number | null;
  price: string | number | null;
  product_pic: string | null;
  product_name: string | null;
  product_sub_title: string | null;
  product_sku_code: string | null;
  member_nickname: string | null;
  create_date: Date | null;
  modify_date: Date | null;
  delete_status: number | null;
  product_category_id: string | number | null;
  product_brand: string | null;
  product_sn: string | null;
  product_attr: string | null;
}

/** BIGINT and DECIMAL columns arrive as strings from the driver. */
export function numberOrNull(value: string | number | null | undefined): number | null {
  return value === null || value === undefined ? null : Number(value);
}

/** A raw `oms_cart_item` row as the entity's JSON shape (the original's OmsCartItem). */
export function toCartItem(row: CartRow): OmsCartItem {
  return {
    id: Number(row.id),
    productId: numberOrNull(row.product_id),
    productSkuId: numberOrNull(row.product_sku_id),
    memberId: numberOrNull(row.member_id),
    quantity: row.quantity,
    price: numberOrNull(row.price),
    productPic: row.product_pic,
    productName: row.product_name,
    productSubTitle: row.product_sub_title,
    productSkuCode: row.product_sku_code,
    memberNickname: row.member_nickname,
    createDate: row.create_date,
    modifyDate: row.modify_date,
    deleteStatus: row.delete_status,
    productCategoryId: numberOrNull(row.product_category_id),
    productBrand: row.product_brand,
    productSn: row.product_sn,
    productAttr: row.product_attr,
  };
}

/**
 * The member's live cart lines (`delete_status = 0`), oldest first. With a non-empty `cartIds`
 * only those lines are kept; an empty or absent list means the whole cart (spec §A.1, §9 #61).
 * Ids of other members' lines or of deleted lines are silently ignored.
 */
export async function loadLiveCartItems(
  db: Db,
  memberId: number,
  cartIds: readonly number[] = [],
): Promise<OmsCartItem[]> {
  const ids = [...new Set(cartIds)];
  const rows: CartRow[] = await db.query(
    `SELECT ${CART_COLUMNS} FROM oms_cart_item WHERE member_id = ? AND delete_status = 0` +
      (ids.length > 0 ? ' AND id IN (?)' : '') +
      ' ORDER BY id',
    ids.length > 0 ? [memberId, ids] : [memberId],
  );
  return rows.map(toCartItem);
}

/**
 * The member's live cart lines (all, or those in `cartIds`) with their promotion applied: the
 * lines mall-cart lists with promotions and mall-order confirms and orders.
 */
export async function loadCartPromotionItems(
  db: Db,
  memberId: number,
  cartIds: readonly number[] = [],
): Promise<CartLinePromotion[]> {
  const lines = await loadLiveCartItems(db, memberId, cartIds);
  if (lines.length === 0) return [];
  return calcCartPromotionFromDb(db, lines);
}

/**
 * Hard-deletes the member's cart lines with these ids (the original's `/cart/delete`, scoped to
 * the member). Returns the number of rows removed.
 */
export async function deleteCartLines(
  db: Db,
  memberId: number,
  cartIds: readonly number[],
): Promise<number> {
  const ids = [...new Set(cartIds)];
  if (ids.length === 0) return 0;
  const result: unknown = await db.query(
    'DELETE FROM oms_cart_item WHERE member_id = ? AND id IN (?)',
    [memberId, ids],
  );
  return (result as { affectedRows?: number } | null)?.affectedRows ?? 0;
}
