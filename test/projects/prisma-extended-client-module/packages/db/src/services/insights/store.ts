import { db } from '../../prisma-client';
import type { InsightNaming, InsightStore } from './types';

export const insightStore: InsightStore = {
  async findActive(projectId, key) {
    return db.insight.findFirst({ where: { projectId, key, state: 'active' } });
  },
  async upsert(insight) {
    return db.insight.upsert({ where: { projectId_key: { projectId: insight.projectId, key: insight.key } }, create: insight, update: { score: insight.score } });
  },
};

export const naming = {
  title(key: string) {
    return key.replace(/_/g, ' ');
  },
} satisfies InsightNaming;
