import { Worker } from 'bullmq';
import { readFileSync, promises as fsp } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import sharp from 'sharp';
import { connection } from './connection';

const SIZES = [64, 256, 1024];

interface ImageJob {
  sourcePath: string;
  outDir: string;
  manifestPath: string;
}

export const imageWorker = new Worker<ImageJob>(
  'images',
  async (job) => {
    const input = readFileSync(job.data.sourcePath); // expect: perf-coach/no-blocking-io
    const outputs: string[] = [];
    for (const size of SIZES) {
      const out = path.join(job.data.outDir, `${path.parse(job.data.sourcePath).name}-${size}.webp`);
      await sharp(input).resize(size, size, { fit: 'inside' }).webp({ quality: 80 }).toFile(out); // expect: perf-coach/no-sequential-await
      outputs.push(out);
    }
    const manifest = gzipSync(JSON.stringify({ source: job.data.sourcePath, outputs })); // expect: perf-coach/no-blocking-io
    await fsp.writeFile(job.data.manifestPath, manifest);
    return { outputs };
  },
  { connection, concurrency: 2 },
);
