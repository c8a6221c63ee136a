import type { LibraryTable } from './types';

/**
 * Cloud Firestore through the Admin SDK (`getFirestore()`, `admin.firestore()`) or
 * `@google-cloud/firestore` (`new Firestore()`): a document or query reference is built in memory
 * (`db.collection('users').doc(id)`), and `get`, `set`, `update`, `delete`, `create` and `add` each send
 * one request. Many documents at once: `db.getAll(...refs)`, a query with `where(documentId(), 'in',
 * ids)`, or writes queued on `db.batch()` / `db.bulkWriter()` and sent by `commit()` / `close()`.
 */
export const firestore: LibraryTable = {
  id: 'firestore',
  name: 'Firestore',
  modules: ['firebase-admin', 'firebase-admin/firestore', '@google-cloud/firestore'],
  kind: 'document-db',
  queryMethods: ['get', 'getAll', 'set', 'update', 'delete', 'create', 'add', 'listDocuments', 'listCollections', 'recursiveDelete'],
  readMethods: ['get', 'getAll', 'listDocuments', 'listCollections'],
  transactionMethods: ['runTransaction'],
  batchMethods: ['batch', 'bulkWriter'],
  // `snapshot.docs.map((d) => d.ref.update(…))`: a document read back is written through its reference.
  rowReferences: ['ref'],
  rowListMembers: ['docs'],
  listReads: ['get'],
  // `getFirestore()` and `admin.firestore()` hand out the app's one instance, made on the first call;
  // `new Firestore()` opens channels of its own.
  factories: [
    { export: 'getFirestore', creates: 'instance' },
    { export: 'firestore', creates: 'instance' },
    { export: 'Firestore', creates: 'pool' },
  ],
  typeNames: ['Firestore', 'CollectionReference', 'DocumentReference'],
  clientTypes: /^(Firestore|CollectionReference|DocumentReference|Query)$/,
};
