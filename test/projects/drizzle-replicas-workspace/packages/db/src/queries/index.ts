export * from './transactions';
export * from './conditions';
