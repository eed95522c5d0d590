export {};
export * from './promotion';
export * from './coupon';
export * from './cart';
export * from './order';
export * from './product';
export { HOME_CONTENT_KEY, invalidateHomeContent } from './home-cache-keys';
