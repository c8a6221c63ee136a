// The request context is typed elsewhere; the models registry is reached by convention.
export async function blockAnalyses(context: any, blocks: Array<{ analysisId: string; doc: Record<string, unknown> }>) {
  const analyses = [];
  for (const block of blocks) {
    analyses.push(await context.models.metricAnalysis.getById(block.analysisId)); // expect: perf-coach/no-n-plus-one
  }
  return blocks.map((block) => context.models.metricAnalysis.toApiFormat(block.doc)).concat(analyses); // ok: formats, no query
}
