import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Reads the e-mail templates into memory; called once from server.ts before listen. */
export function loadTemplates(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(dir)) { // ok: start-up only, called once from server.ts
    out.set(name, readFileSync(join(dir, name), 'utf8')); // ok: start-up only, called once from server.ts
  }
  return out;
}
