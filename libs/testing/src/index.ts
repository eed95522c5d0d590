export * from './lib/scratch-database';
export * from './lib/built-service';
export * from './lib/service-harness';
