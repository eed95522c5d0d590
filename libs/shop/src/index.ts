export * from './promotion';
export * from './product';
export { HOME_CONTENT_KEY, invalidateHomeContent } from './home-cache-keys';
