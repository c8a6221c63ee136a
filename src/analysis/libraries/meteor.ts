import type { LibraryTable } from './types';

const reads = ['find', 'findOne', 'findOneAsync', 'countDocuments', 'estimatedDocumentCount'];

/**
 * Meteor's MongoDB collections: `new Mongo.Collection('cards')`, exported from a module
 * (`import { Cards } from '/imports/api/cards'`) or, in older apps, assigned to a global that
 * every file uses without an import (ProjectView.globalCollection). On the server each call is a
 * round trip, synchronous before Meteor 3 (`Cards.findOne(id)`) and with an `…Async` twin since
 * (`Cards.findOneAsync(id)`); `Cards.find(sel)` is a cursor read by `fetch`/`forEach`/`map`.
 */
export const meteor: LibraryTable = {
  id: 'meteor',
  name: 'Meteor collection',
  modules: ['meteor/mongo'],
  kind: 'document-db',
  queryMethods: [...reads, 'insert', 'insertAsync', 'update', 'updateAsync', 'upsert', 'upsertAsync', 'remove', 'removeAsync'],
  readMethods: reads,
  // `Mongo.Collection` and `Mongo.ObjectID` hang off the module's one export.
  clientExports: ['Mongo'],
};

/**
 * Names a module assigns a Meteor collection to without declaring them (`Cards = new
 * Mongo.Collection('cards')`): globals of the app, used by every file without an import.
 */
export function meteorCollectionGlobals(text: string): Set<string> {
  const names = new Set<string>();
  if (!text.includes('Collection')) return names;
  for (const m of text.matchAll(/^[ \t]*([A-Z][\w$]*)[ \t]*=[ \t]*new[ \t]+(?:Mongo|Meteor)\.Collection\b/gm)) names.add(m[1]!);
  return names;
}
