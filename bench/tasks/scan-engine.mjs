// The extension's workspace scan, headless: the same WorkerPool and worker
// script (bundled from src/host by lib/build-host.mjs), the same pool size,
// requests in flight and default settings (src/extension: WORKERS, IN_FLIGHT).
// Each file goes to the pool by name; the worker reads it, applies the
// per-rule text prefilter, and parses and analyses only files some rule could
// match.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

export async function run(files, { poolPath, workerPath, size = 2, inFlight = 4, cwd, maxBytes = 1_000_000, findingsFile }) {
  const { WorkerPool } = require(poolPath);
  const pool = new WorkerPool(workerPath, size);
  // The extension's defaults: every rule on at warning level, no extra options.
  const settings = { rules: {}, options: {}, maxBytes, cwd };
  const counts = { analysed: 0, prefiltered: 0, skipped: 0, parseErrors: 0, errors: 0 };
  const byRule = {};
  const rows = [];
  let parseMs = 0;
  let rulesMs = 0;
  // The pool unrefs its workers (the extension host must be free to exit);
  // this process has nothing else alive while it waits for them.
  const keepAlive = setInterval(() => {}, 1 << 30);
  try {
    // As the extension's workspace scan does: a few requests in flight at once (enough to keep
    // every worker busy), each file handed to the pool by name.
    const answers = [];
    let next = 0;
    const pull = async () => {
      while (next < files.length) answers.push(await pool.lintFile(files[next++], settings).done);
    };
    await Promise.all(Array.from({ length: inFlight }, pull));
    for (const msg of answers) {
      if (msg.error) {
        counts.errors++;
        continue;
      }
      const r = msg.result;
      if (r.prefiltered) counts.prefiltered++;
      else if (r.skipped) counts.skipped++;
      else if (r.parseError) counts.parseErrors++;
      else counts.analysed++;
      parseMs += r.timings.parseMs;
      rulesMs += r.timings.rulesMs;
      for (const f of r.findings) {
        const rule = `perf-coach/${f.ruleId}`;
        byRule[rule] = (byRule[rule] ?? 0) + 1;
        if (findingsFile) rows.push(`${rule}\t${path.relative(cwd, msg.filename)}\t${f.line}`);
      }
    }
  } finally {
    clearInterval(keepAlive);
    await pool.dispose();
  }
  if (findingsFile) fs.writeFileSync(findingsFile, rows.join('\n'));
  return {
    workers: size,
    inFlight,
    ...counts,
    // Summed over both workers: where their time went.
    parseSeconds: Math.round(parseMs) / 1000,
    rulesSeconds: Math.round(rulesMs) / 1000,
    byRule,
  };
}
