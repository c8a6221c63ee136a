import type { Octokit } from 'octokit';

interface TreeEntry {
  name: string;
  type: 'blob' | 'tree';
  text: string | null;
}

async function readDirectory(octokit: Octokit, owner: string, repo: string, path: string): Promise<TreeEntry[]> {
  const { repository } = await octokit.graphql<{ repository: { object: { entries: TreeEntry[] } } }>(
    `query ($owner: String!, $name: String!, $expr: String!) {
      repository(owner: $owner, name: $name) { object(expression: $expr) { ... on Tree { entries { name type } } } }
    }`,
    { owner, name: repo, expr: `HEAD:${path}` },
  );
  return repository.object.entries;
}

/** Pulls each changed folder of a commit range: one GraphQL query per folder, one after another. */
export async function pullChangedFolders(octokit: Octokit, owner: string, repo: string, base: string, head: string) {
  const { data } = await octokit.rest.repos.compareCommits({ owner, repo, base, head });
  const entries: TreeEntry[] = [];
  for (const file of data.files ?? []) {
    const folder = file.filename.split('/').slice(0, -1).join('/');
    entries.push(...(await readDirectory(octokit, owner, repo, folder))); // expect: perf-coach/no-n-plus-one
  }
  return entries;
}

export async function readRoot(octokit: Octokit, owner: string, repo: string) {
  return readDirectory(octokit, owner, repo, ''); // ok: one query for the root folder
}
