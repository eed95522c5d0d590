export {
  deleteCartLines,
  loadCartPromotionItems,
  loadLiveCartItems,
  numberOrNull,
  toCartItem,
  type CartLinePromotion,
} from './cart-lines';
export {
  IdArrayBodyPipe,
  RequestParams,
  ToIdList,
  VALIDATE_REQUEST_PARAMS,
} from './request-params';
