import type { LibraryTable } from './types';

/**
 * GitHub's Octokit: `octokit.rest.repos.getContent(…)` (or `octokit.repos.…` in `@octokit/rest`),
 * `octokit.request('GET /repos/{owner}/{repo}')`, `octokit.graphql(query, vars)` and
 * `octokit.paginate(…)` are HTTPS requests to GitHub's API, which counts them against an hourly
 * rate limit. The REST API has no batch form; one GraphQL query can ask for many objects at once.
 */
export const octokit: LibraryTable = {
  id: 'octokit',
  name: 'Octokit',
  modules: ['octokit', '@octokit/rest', '@octokit/core', '@octokit/graphql', '@octokit/app', 'probot'],
  kind: 'http-client',
  queryMethods: ['request', 'graphql', 'paginate', 'get', 'list', 'create', 'update', 'delete'],
  // The REST methods, by GitHub's verbs: `getContent`, `listCommits`, `createOrUpdateFileContents`, `addLabels`.
  queryMethodPattern: /^(get|list|create|update|delete|add|remove|set|check|compare|download|merge|upload|search|request)[A-Z]\w*$/,
  readMethodPattern: /^(get|list|check|compare|download|search)[A-Z]\w*$/,
  factories: [{ export: 'Octokit', creates: 'instance' }],
  typeNames: ['Octokit', 'ProbotOctokit'],
  conventionalNames: /^octokit$/,
  declaredTypes: [{ packages: ['octokit', '@octokit/rest', '@octokit/core'], types: ['Octokit'] }],
};
