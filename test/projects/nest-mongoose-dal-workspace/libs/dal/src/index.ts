export * from './repositories/base-repository';
export * from './repositories/subscriber';
export * from './repositories/notification';
