export { prisma } from './prisma';
export { getLinkBatchFairly } from './getLinkBatchFairly';
export { refreshOwnerLinks } from './refreshOwnerLinks';
