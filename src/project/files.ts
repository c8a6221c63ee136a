import { readFileSync, statSync } from 'node:fs';

/**
 * The project's files as the project model sees them. The ESLint host reads the disk; the editor
 * host lays the open buffers over it, so an unsaved edit to a helper is what its callers see.
 * Only regular files are read (never a FIFO or a device), and never a file larger than `maxBytes`.
 */
export interface ProjectFiles {
  /** The file's text, or undefined when it is missing, not a regular file, too large or unreadable. */
  read(path: string): string | undefined;
  /** Changes whenever a file may read differently (a new pass over the disk, a buffer set): answers derived from reads stay good while it does not. */
  readonly version?: number;
}

/** Files above this size are generated code or data, not modules whose exports we want to know. */
export const SUMMARY_MAX_BYTES = 1_000_000;

export class DiskFiles implements ProjectFiles {
  private readonly memo = new Map<string, { mtimeMs: number; size: number; text: string | undefined; pass: number }>();
  private pass = 0;

  constructor(private readonly maxBytes = SUMMARY_MAX_BYTES) {}

  /**
   * A new question begins (ESLint starts a file, the editor sends a request): the disk may have
   * changed since the last one. Within one pass each path is checked once; a model that validates
   * its cached summaries reads the same files thousands of times, and each check was a `stat`.
   */
  newPass() {
    this.pass++;
  }

  get version(): number {
    return this.pass;
  }

  read(path: string): string | undefined {
    const hit = this.memo.get(path);
    if (hit?.pass === this.pass) return hit.text;
    let st;
    try {
      st = statSync(path);
    } catch {
      this.memo.set(path, { mtimeMs: -1, size: -1, text: undefined, pass: this.pass });
      return undefined;
    }
    if (!st.isFile() || st.size > this.maxBytes) {
      this.memo.set(path, { mtimeMs: st.mtimeMs, size: st.size, text: undefined, pass: this.pass });
      return undefined;
    }
    if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) {
      hit.pass = this.pass;
      return hit.text;
    }
    let text: string | undefined;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      text = undefined;
    }
    this.memo.set(path, { mtimeMs: st.mtimeMs, size: st.size, text, pass: this.pass });
    return text;
  }
}

/** The disk with some files replaced by in-memory text (the editor's open, possibly unsaved, buffers). */
export class OverlayFiles implements ProjectFiles {
  private readonly buffers = new Map<string, string>();
  private changes = 0;

  /** Both counts only grow, so their sum changes whenever either does. */
  get version(): number {
    return (this.base.version ?? 0) + this.changes;
  }

  constructor(private readonly base: ProjectFiles) {}

  set(path: string, text: string) {
    this.buffers.set(path, text);
    this.changes++;
  }

  /** Exactly these buffers from now on (the editor sends its unsaved documents with each request). */
  replaceAll(buffers: Readonly<Record<string, string>>) {
    this.buffers.clear();
    for (const [path, text] of Object.entries(buffers)) this.buffers.set(path, text);
    this.changes++;
  }

  delete(path: string) {
    this.buffers.delete(path);
    this.changes++;
  }

  read(path: string): string | undefined {
    return this.buffers.get(path) ?? this.base.read(path);
  }
}
