#!/usr/bin/env node
// trap: perf-coach/no-blocking-io — a one-shot CLI: blocking calls hold up nobody else
// trap: perf-coach/no-sync-logging — CLI output
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: './secrets' },
    bits: { type: 'string', default: '3072' },
  },
});

mkdirSync(values.out, { recursive: true });

const { publicKey, privateKey } = generateKeyPairSync('rsa', {
  modulusLength: Number(values.bits),
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
});

for (const name of ['jwt-private.pem', 'jwt-public.pem']) {
  const file = join(values.out, name);
  if (existsSync(file)) renameSync(file, `${file}.${Date.now()}.bak`);
}

writeFileSync(join(values.out, 'jwt-private.pem'), privateKey, { mode: 0o600 });
writeFileSync(join(values.out, 'jwt-public.pem'), publicKey);
console.log(`wrote a new ${values.bits}-bit key pair to ${values.out}`);
