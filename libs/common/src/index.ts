export * from './lib/result-code';
export * from './lib/common-result';
export * from './lib/common-page';
export * from './lib/api-exception';
export * from './lib/exception.filter';
export * from './lib/validation';
export * from './lib/paging';
export * from './lib/id-list.pipe';
