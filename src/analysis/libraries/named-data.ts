import type { LibraryTable } from './types';

/*
 * Calls known by their names only (src/analysis/named-calls.ts): `this.userRepository.findByEmail(…)`
 * on a value the analysis cannot follow (an injected interface, a parameter, a context object, a
 * helper's return value). These two tables give such a call a library to report under; they match
 * no module and no method, so nothing else ever resolves to them.
 */

/** A data layer known by name: repositories, DAOs, models, `db` handles, stores, data services. */
export const namedDataLayer: LibraryTable = {
  id: 'data-access',
  name: 'data-access call',
  modules: [],
  kind: 'orm',
};

/** A remote API known by name: `this.radarrClient.getMovie(…)`, `githubApi.getRepo(…)`. */
export const namedRemoteApi: LibraryTable = {
  id: 'remote-api',
  name: 'remote API call',
  modules: [],
  kind: 'http-client',
};
