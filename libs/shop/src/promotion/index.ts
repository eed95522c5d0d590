export * from './cart-promotion.types';
export {
  calcCartPromotion,
  divideHalfEven,
  formatScale2,
  NO_PROMOTION_MESSAGE,
  pickFullReduction,
  pickLadder,
  PROMOTION_PRICE_MESSAGE,
} from './cart-promotion';
export { calcCartPromotionFromDb, loadPromotionProducts } from './promotion-loader';
