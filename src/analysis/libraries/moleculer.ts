import type { LibraryTable } from './types';

/**
 * Moleculer: an action handler's context (`ctx`) calls another service's action by name
 * (`ctx.call('users.get', { id })`), through the broker and, when the service runs elsewhere, its
 * transporter: a request whose handler usually queries, so one per item is an N+1 as a query would be
 * (not a third-party API's request). `ctx.mcall([...])` sends several at once.
 * The context is known by its conventional parameter name, in packages that depend on Moleculer only.
 */
export const moleculer: LibraryTable = {
  id: 'moleculer',
  name: 'Moleculer',
  modules: ['moleculer'],
  kind: 'service-call',
  queryMethods: ['call'],
  parameterNamesWhereDependedOn: /^ctx$/,
};
