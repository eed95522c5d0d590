export {
  deleteCartLines,
  loadCartPromotionItems,
  loadLiveCartItems,
  numberOrNull,
  toCartItem,
  type CartLinePromotion,
} from './cart-lines';
