/**
 * How deep the analysis walks an AST. The walk recurses, and ESLint runs rules on its main thread
 * with Node's default stack (about 1 MB): past this depth the analysis gives up on the file (no
 * findings) instead of overflowing the stack. Real code stays far below it; the editor refuses
 * such text before parsing, with a reason (src/host/nesting-check.ts).
 */
export const MAX_AST_DEPTH = 1000;

export class NestingTooDeepError extends Error {
  constructor() {
    super(`nested more than ${MAX_AST_DEPTH} syntax levels deep; Perf Coach does not analyse this file`);
    this.name = 'NestingTooDeepError';
  }
}
