export { prisma } from './prisma';
export { getLinkBatchFairly } from './getLinkBatchFairly';
