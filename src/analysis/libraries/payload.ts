import type { LibraryTable } from './types';

// Payload CMS's local API: every operation takes one object that names its collection or global.
const reads = ['find', 'findByID', 'findDistinct', 'count', 'countVersions', 'countGlobalVersions', 'findGlobal', 'findVersions', 'findVersionByID', 'findGlobalVersions', 'findGlobalVersionByID'];

export const payload: LibraryTable = {
  id: 'payload',
  name: 'Payload',
  modules: ['payload'],
  kind: 'orm',
  queryMethods: [...reads, 'create', 'update', 'delete', 'duplicate', 'updateGlobal', 'restoreVersion', 'restoreGlobalVersion'],
  readMethods: reads,
  // Payload 2's default export is the initialised instance; Payload 3's `getPayload({ config })` hands back a cached one.
  clientExports: ['default'],
  typeNames: ['Payload', 'BasePayload'],
  declaredTypes: [{ packages: ['payload'], types: ['Payload', 'BasePayload'] }],
  // `req.payload`, a hook's `{ req: { payload } }`, `const payload = await getPayload(…)`.
  conventionalNames: /^payload$/,
  argumentKeys: ['collection', 'slug'],
};
