import { makeModelClass } from './makeModelClass';

const BaseClass = makeModelClass({ collectionName: 'vectors' });

export class VectorsModel extends BaseClass {
  public async saveMetricVector(metricId: string, embeddings: number[]) {
    const existing = await this.findOneBy({ joinId: metricId });
    await this.upsertBy({ joinId: metricId }, { embeddings, version: (existing?.version ?? 0) + 1 });
  }
}
