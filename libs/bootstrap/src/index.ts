export * from './lib/service-definition';
export * from './lib/envelope-code.interceptor';
export * from './lib/run-service';
