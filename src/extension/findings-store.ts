import * as vscode from 'vscode';
import type { HostFinding, LintResult } from '../host/lint-text';

/**
 * What Perf Coach currently knows about each file: the one place diagnostics, hover, code
 * actions, the findings view and the status item read from, whether the findings came from the
 * editor (an open document) or from a workspace scan (a file on disk).
 */
export interface FileFindings {
  uri: vscode.Uri;
  /** Document version the findings belong to; undefined when read from disk by a scan. */
  version?: number;
  findings: HostFinding[];
  /** Not analysed, and why (too large, minified, binary). */
  skipped?: string;
  /** The text did not parse; `findings` are those of the last version that did. */
  parseError?: LintResult['parseError'];
  /** Worker time for the analysis, parse included. */
  ms: number;
  origin: 'editor' | 'scan';
}

export class FindingsStore implements vscode.Disposable {
  private readonly files = new Map<string, FileFindings>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri[]>();
  /** Fired with the files whose entry was set or removed (batched by the caller). */
  readonly onDidChange = this.changed.event;

  get(uri: vscode.Uri): FileFindings | undefined {
    return this.files.get(uri.toString());
  }

  all(): FileFindings[] {
    return [...this.files.values()];
  }

  set(...entries: FileFindings[]) {
    if (!entries.length) return;
    for (const e of entries) this.files.set(e.uri.toString(), e);
    this.changed.fire(entries.map((e) => e.uri));
  }

  delete(uri: vscode.Uri) {
    if (this.files.delete(uri.toString())) this.changed.fire([uri]);
  }

  clear() {
    const uris = [...this.files.values()].map((e) => e.uri);
    this.files.clear();
    if (uris.length) this.changed.fire(uris);
  }

  /** The finding whose range contains the position (the innermost one when several do). */
  findingAt(uri: vscode.Uri, position: vscode.Position): HostFinding | undefined {
    const entry = this.get(uri);
    if (!entry) return undefined;
    const at = entry.findings.filter((f) => findingRange(f).contains(position));
    return at.sort((a, b) => a.range[1] - a.range[0] - (b.range[1] - b.range[0]))[0];
  }

  dispose() {
    this.changed.dispose();
  }
}

/** ESLint-style 1-based positions to a VS Code range. */
export function findingRange(f: Pick<HostFinding, 'line' | 'column' | 'endLine' | 'endColumn'>): vscode.Range {
  return new vscode.Range(f.line - 1, f.column - 1, f.endLine - 1, f.endColumn - 1);
}
