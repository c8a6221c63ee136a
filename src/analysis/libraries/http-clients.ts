import type { LibraryTable } from './types';

const verbs = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request'];
const readVerbs = ['get', 'head', 'options'];

export const axios: LibraryTable = {
  id: 'axios',
  name: 'axios',
  modules: ['axios'],
  kind: 'http-client',
  callableClient: true,
  queryExports: ['default', ...verbs],
  queryMethods: verbs,
  readMethods: readVerbs,
  factories: [{ export: 'create', creates: 'instance' }],
  typeNames: ['AxiosInstance', 'HttpService'],
};

export const nestHttp: LibraryTable = {
  id: 'nest-http',
  name: '@nestjs/axios',
  modules: ['@nestjs/axios'],
  kind: 'http-client',
  queryMethods: verbs,
  readMethods: readVerbs,
  typeNames: ['HttpService'],
  conventionalNames: /^httpService$/,
};

export const got: LibraryTable = {
  id: 'got',
  name: 'got',
  modules: ['got'],
  kind: 'http-client',
  callableClient: true,
  queryExports: ['default', 'got', ...verbs],
  queryMethods: verbs,
  readMethods: readVerbs,
  factories: [{ export: 'extend', creates: 'instance' }],
};

export const undici: LibraryTable = {
  id: 'undici',
  name: 'undici',
  modules: ['undici'],
  kind: 'http-client',
  queryExports: ['fetch', 'request', 'stream'],
  queryMethods: ['request', 'fetch', 'stream'],
  readMethods: ['fetch'],
  factories: [
    // An Agent or Pool holds keep-alive sockets; one per call throws them away.
    { export: 'Agent', creates: 'pool' },
    { export: 'Pool', creates: 'pool' },
  ],
};

export const nodeFetch: LibraryTable = {
  id: 'node-fetch',
  name: 'node-fetch',
  modules: ['node-fetch', 'cross-fetch', 'isomorphic-fetch'],
  kind: 'http-client',
  queryExports: ['default', 'fetch'],
  readMethods: [],
};

/** ky: `ky.get(url).json()`, `ky(url)`, and instances made by `ky.create`/`ky.extend`. */
export const ky: LibraryTable = {
  id: 'ky',
  name: 'ky',
  modules: ['ky', 'ky-universal'],
  kind: 'http-client',
  callableClient: true,
  queryExports: ['default', ...verbs],
  queryMethods: verbs,
  readMethods: readVerbs,
  factories: [
    { export: 'create', creates: 'instance' },
    { export: 'extend', creates: 'instance' },
  ],
};

/** ofetch (`ofetch(url)`, `$fetch` in Nitro and Nuxt server routes, a global there like `fetch`), and `ofetch.create`. */
export const ofetch: LibraryTable = {
  id: 'ofetch',
  name: 'ofetch',
  modules: ['ofetch'],
  kind: 'http-client',
  callableClient: true,
  queryExports: ['ofetch', '$fetch', 'default'],
  queryMethods: ['raw', 'native'],
  readMethods: [],
  factories: [{ export: 'create', creates: 'instance' }],
};

/**
 * The older clients many Express backends still call: superagent (`superagent.get(url)`, `request.post(url)`
 * with `import request from 'superagent'`), request and request-promise (`rp(options)`), needle,
 * and graphql-request (`request(endpoint, query)`, `new GraphQLClient(url).request(query)`).
 */
export const legacyHttp: LibraryTable = {
  id: 'legacy-http',
  name: 'HTTP client',
  modules: ['superagent', 'request', 'request-promise', 'request-promise-native', 'needle', 'graphql-request'],
  kind: 'http-client',
  callableClient: true,
  queryExports: ['default', 'request', 'rawRequest', ...verbs, 'del'],
  queryMethods: [...verbs, 'del', 'rawRequest'],
  readMethods: readVerbs,
  factories: [{ export: 'GraphQLClient', creates: 'instance' }],
};

/** The global `fetch` (Node 18+), used when `fetch` is not bound in the file. */
export const globalFetch: LibraryTable = {
  id: 'fetch',
  name: 'fetch',
  modules: [],
  kind: 'http-client',
  queryExports: ['default'],
};

export const nodeHttp: LibraryTable = {
  id: 'http',
  name: 'node:http',
  modules: ['http', 'node:http', 'https', 'node:https'],
  kind: 'http-agent',
  queryExports: ['request', 'get'],
  factories: [{ export: 'Agent', creates: 'pool' }],
};
