export * from './coupon-eligibility';
export * from './coupon-claim';
export * from './coupon-history-loader';
