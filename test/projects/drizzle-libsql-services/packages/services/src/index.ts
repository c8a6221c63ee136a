export * from './context';
export * from './audit';
export { syncTags } from './tags/sync';
export { writeMonitors } from './import/writers';
