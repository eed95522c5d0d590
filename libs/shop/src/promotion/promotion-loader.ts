import { In, type DataSource, type EntityManager } from 'typeorm';
import { PmsProduct, PmsProductFullReduction, PmsProductLadder, PmsSkuStock } from '@mall/db';
import { calcCartPromotion } from './cart-promotion';
import type {
  CartLineInput,
  CartPromotionItem,
  PromotionFullReduction,
  PromotionLadder,
  PromotionProduct,
  PromotionSku,
} from './cart-promotion.types';

/**
 * Loads the promotion data of the given products: four indexed queries whatever the cart size
 * (products by primary key; SKUs, ladders and rules by product_id), grouped in memory. The
 * original's single three-way LEFT JOIN returned a cartesian product; separate queries do not.
 * Unknown ids are simply absent from the result. Children keep the database's id order.
 */
export async function loadPromotionProducts(
  db: DataSource | EntityManager,
  productIds: readonly number[],
): Promise<PromotionProduct[]> {
  const ids = [...new Set(productIds.filter((id) => Number.isSafeInteger(id)))];
  if (ids.length === 0) return [];
  const [products, skus, ladders, rules] = await Promise.all([
    db.getRepository(PmsProduct).find({
      select: { id: true, name: true, promotionType: true, giftGrowth: true, giftPoint: true },
      where: { id: In(ids) },
      order: { id: 'ASC' },
    }),
    db.getRepository(PmsSkuStock).find({
      select: {
        id: true,
        productId: true,
        skuCode: true,
        price: true,
        promotionPrice: true,
        stock: true,
        lockStock: true,
      },
      where: { productId: In(ids) },
      order: { id: 'ASC' },
    }),
    db.getRepository(PmsProductLadder).find({
      select: { id: true, productId: true, count: true, discount: true },
      where: { productId: In(ids) },
      order: { id: 'ASC' },
    }),
    db.getRepository(PmsProductFullReduction).find({
      select: { id: true, productId: true, fullPrice: true, reducePrice: true },
      where: { productId: In(ids) },
      order: { id: 'ASC' },
    }),
  ]);

  const skusByProduct = groupByProduct(
    skus,
    (sku): PromotionSku => ({
      id: sku.id,
      skuCode: sku.skuCode,
      price: sku.price,
      promotionPrice: sku.promotionPrice,
      stock: sku.stock,
      lockStock: sku.lockStock,
    }),
  );
  const laddersByProduct = groupByProduct(
    ladders,
    (ladder): PromotionLadder => ({
      id: ladder.id,
      count: ladder.count,
      discount: ladder.discount,
    }),
  );
  const rulesByProduct = groupByProduct(
    rules,
    (rule): PromotionFullReduction => ({
      id: rule.id,
      fullPrice: rule.fullPrice,
      reducePrice: rule.reducePrice,
    }),
  );
  return products.map((product) => ({
    id: product.id,
    name: product.name,
    promotionType: product.promotionType,
    giftGrowth: product.giftGrowth,
    giftPoint: product.giftPoint,
    skuStockList: skusByProduct.get(product.id) ?? [],
    productLadderList: laddersByProduct.get(product.id) ?? [],
    productFullReductionList: rulesByProduct.get(product.id) ?? [],
  }));
}

/** Loads what the cart's products need and runs `calcCartPromotion` on it (spec §A). */
export async function calcCartPromotionFromDb<T extends CartLineInput>(
  db: DataSource | EntityManager,
  cartItems: readonly T[],
): Promise<CartPromotionItem<T>[]> {
  const productIds: number[] = [];
  for (const item of cartItems) {
    if (item.productId !== null && item.productId !== undefined) productIds.push(item.productId);
  }
  const products = await loadPromotionProducts(db, productIds);
  return calcCartPromotion(cartItems, products);
}

function groupByProduct<Row extends { productId: number | null }, Out>(
  rows: readonly Row[],
  map: (row: Row) => Out,
): Map<number, Out[]> {
  const grouped = new Map<number, Out[]>();
  for (const row of rows) {
    if (row.productId === null) continue;
    const list = grouped.get(row.productId);
    if (list) list.push(map(row));
    else grouped.set(row.productId, [map(row)]);
  }
  return grouped;
}
