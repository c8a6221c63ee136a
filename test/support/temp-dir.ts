import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/**
 * A fresh folder under the system's temp dir, removed after the test file that made it
 * (test/support/remove-temp-dirs.ts, a vitest setup file), so test runs leave no litter.
 * Set PERF_COACH_KEEP_TEMP=1 to keep them for a look after a failure.
 */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  if (process.env.PERF_COACH_KEEP_TEMP) return;
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
