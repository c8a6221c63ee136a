// trap: perf-coach/no-blocking-io — the public key is read once at module load (cold start), not per invocation
// trap: perf-coach/no-sync-logging — console.error inside a catch block
import { readFileSync } from 'node:fs';
import jwt from 'jsonwebtoken';

const PUBLIC_KEY = readFileSync(new URL('./keys/jwt-public.pem', import.meta.url), 'utf8');

export const handler = async (event) => {
  const token = (event.headers?.authorization ?? '').replace(/^Bearer /i, '');
  try {
    const claims = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'], audience: process.env.AUDIENCE });
    return { isAuthorized: true, context: { sub: claims.sub, scope: claims.scope ?? '' } };
  } catch (err) {
    console.error('token rejected', err.name);
    return { isAuthorized: false };
  }
};
