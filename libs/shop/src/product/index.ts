export {
  invalidateProductDetails,
  PRODUCT_DETAIL_KEY_PREFIX,
  productDetailKey,
} from './product-cache-keys';
