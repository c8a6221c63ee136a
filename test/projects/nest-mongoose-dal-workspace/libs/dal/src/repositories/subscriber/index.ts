export * from './subscriber.entity';
export * from './subscriber.repository';
