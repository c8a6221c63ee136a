import axios from 'axios';

/** Shared instance: keep-alive agent, base URL and timeouts set once. */
export const api = axios.create({
  baseURL: process.env.CATALOG_URL ?? 'http://catalog.internal',
  timeout: 5_000,
});

export async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`${res.status} ${url}`);
  return (await res.json()) as T;
}

export function buildUrl(base: string, path: string, query: Record<string, string> = {}) {
  const u = new URL(path, base);
  for (const [k, v] of Object.entries(query)) u.searchParams.set(k, v);
  return u.toString();
}
