// Word runs ("shingles") for the own-words check: the same tokenising as the overlap tool the
// content was first checked with (lower case, letters, digits and apostrophes), hashed so the
// fingerprints file holds no source text.
import { createHash } from 'node:crypto';

export const RUN_WORDS = 8;

export function words(text) {
  return text.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z0-9']+/g) ?? [];
}

/** 48 bits of SHA-1 per run: with ~10k source runs and ~50k of ours, a chance collision is ~1e-5. */
export function hashRun(run) {
  return createHash('sha1').update(run).digest('hex').slice(0, 12);
}

export function* shingleHashes(ws, n = RUN_WORDS) {
  for (let i = 0; i + n <= ws.length; i++) yield hashRun(ws.slice(i, i + n).join(' '));
}
