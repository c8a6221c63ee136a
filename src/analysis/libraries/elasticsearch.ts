import type { LibraryTable } from './types';

const reads = ['get', 'search', 'count', 'exists', 'mget', 'msearch', 'scroll', 'searchTemplate', 'explain', 'termvectors', 'mtermvectors', 'knnSearch'];

/**
 * Elasticsearch's and OpenSearch's clients (`new Client({ node })`): each call is one HTTP request
 * to the cluster. The batched forms are `bulk` (index, update and delete many documents), `mget` and
 * `msearch`. Work on an index's settings (`client.indices.create(…)`) sits under `indices`, which
 * is not a method here: once per index is schema work.
 */
export const elasticsearch: LibraryTable = {
  id: 'elasticsearch',
  name: 'Elasticsearch',
  modules: ['@elastic/elasticsearch', '@opensearch-project/opensearch', 'elasticsearch'],
  kind: 'document-db',
  queryMethods: [...reads, 'index', 'create', 'update', 'delete', 'bulk', 'updateByQuery', 'deleteByQuery', 'reindex'],
  readMethods: reads,
  closeMethods: ['close'],
  factories: [{ export: 'Client', creates: 'pool' }],
  clientTypes: /^Client$/,
};
