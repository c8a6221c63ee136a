import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { tooLarge } from './skip-heuristics';

/**
 * Reads a workspace file as text, refusing oversized files before reading them whole, and anything
 * that is not a regular file (a named pipe or a device would block this worker for good).
 * Opened non-blocking and checked on the open descriptor, so the check and the read see the same file.
 * Synchronous on purpose: this thread does nothing else meanwhile, and awaiting the thread pool
 * for every file left the worker idle for a fifth of a workspace scan (bench/README.md).
 */
export function readText(filename: string, maxBytes: number): string | { skipped: string } {
  const fd = openSync(filename, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { skipped: 'not a regular file' };
    if (stat.size > maxBytes) return { skipped: tooLarge(maxBytes) };
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}
