import { VectorsModel } from '../models/VectorsModel';

interface Context { models: { vectors: VectorsModel } }

// The models reach services through a request context built elsewhere.
export async function saveEmbeddings(context: Context, metricIds: string[], embeddings: number[][]) {
  for (let i = 0; i < metricIds.length; i++) {
    await context.models.vectors.saveMetricVector(metricIds[i], embeddings[i]); // expect: perf-coach/no-n-plus-one
  }
}

export async function saveOne(vectors: VectorsModel, metricId: string, embedding: number[]) {
  await vectors.saveMetricVector(metricId, embedding); // ok: once per call
}
