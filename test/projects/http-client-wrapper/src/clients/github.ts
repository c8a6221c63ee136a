import { api } from '../lib/http.js';

export class GithubClient {
  async getUser(login: string) {
    const { data } = await api.get(`/github/users/${encodeURIComponent(login)}`);
    return data as { login: string; name: string; followers: number };
  }

  async getUsers(logins: string[]) {
    const { data } = await api.post('/github/users:batchGet', { logins });
    return data as Array<{ login: string; name: string; followers: number }>;
  }

  avatarUrl(login: string, size = 64) {
    return `https://avatars.githubusercontent.com/${login}?s=${size}`;
  }
}

export const github = new GithubClient();
