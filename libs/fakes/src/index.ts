export * from './lib/fake-nacos';
