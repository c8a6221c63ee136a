export type { Item } from './Item';
export * from './ItemRepositoryInterface';
