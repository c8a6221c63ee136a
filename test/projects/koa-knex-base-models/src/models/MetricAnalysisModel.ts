import { makeModelClass } from './makeModelClass';

// Named after its class, not its registry key (`metricAnalysis`); `getById` comes from the factory's base.
export class MetricAnalysisModel extends makeModelClass({ collectionName: 'metricanalyses' }) {}
