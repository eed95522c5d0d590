export * from './promotion';
export * from './product';
export * from './coupon';
export * from './cart';
export { HOME_CONTENT_KEY, invalidateHomeContent } from './home-cache-keys';
