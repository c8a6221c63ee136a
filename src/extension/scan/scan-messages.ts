/**
 * What the scan says while it runs and when it ends. Both count the same files (every file the
 * scan checks, open ones included), so "12 / 12 files" is followed by "… in 5 of 12 files".
 * vscode-free, so unit tests read the exact sentences.
 */
export interface ScanCounts {
  /** Files the scan checks: found minus excluded (open files are checked by the editor). */
  checked: number;
  /** Of those, files with at least one finding of a rule that is on. */
  filesWithFindings: number;
  findings: number;
  /** Files too large, or that do not parse. */
  skipped: number;
  failed: number;
}

export function progressMessage(done: number, total: number): string {
  return `${done} / ${total} files`;
}

export function summaryMessage(c: ScanCounts): string {
  const findings = c.findings === 1 ? '1 finding' : `${c.findings} findings`;
  const files = c.checked === 1 ? 'file' : 'files';
  const where = c.findings ? `in ${c.filesWithFindings} of ${c.checked} ${files}` : `in ${c.checked} ${files}`;
  const notes = [c.skipped && `${c.skipped} skipped`, c.failed && `${c.failed} failed`].filter(Boolean);
  return `Perf Coach: ${findings} ${where}${notes.length ? ` (${notes.join(', ')}; see the log)` : ''}.`;
}
