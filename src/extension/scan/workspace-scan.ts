import { existsSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LintResult } from '../../host/lint-text';
import type { AnalysisService } from '../analysis-service';
import { SOURCE_GLOB } from '../constants';
import { isAnalysable, workerSettings } from '../document-filter';
import type { FileFindings, FindingsStore } from '../findings-store';
import type { OutputLog } from '../output-log';
import type { SettingsService } from '../settings-service';
import { ALWAYS_EXCLUDED_GLOB, createScanFilter } from './scan-filter';
import { progressMessage } from './scan-messages';

export interface ScanSummary {
  /** JS/TS files found before filtering. */
  found: number;
  excluded: number;
  analysed: number;
  /** Files the scan checked (found minus excluded, open ones included): the progress's total. */
  checked: number;
  /** Of the checked files, those with a finding of a rule that is on. */
  filesWithFindings: number;
  skipped: number;
  failed: number;
  findings: number;
  byRule: Record<string, number>;
  cancelled: boolean;
  ms: number;
}

export interface ScanProgress {
  running: boolean;
  done: number;
  total: number;
}

/** Requests in flight at once: enough to keep both workers busy, few enough that an edit in the
 * editor never waits behind more than a file or two of the scan. */
const IN_FLIGHT = 4;
/** Findings reach the Problems panel and the tree in batches, not one update per file. */
const PUBLISH_EVERY_MS = 250;

/**
 * "Scan Workspace": every JS/TS file of the workspace's folders on disk, through the worker pool,
 * with a cancellable progress notification. The workers read the files themselves, so the text
 * of a large repository never passes through the extension host's main thread. Open documents
 * are left to the editor's analysis, which sees their unsaved text.
 */
export class WorkspaceScan implements vscode.Disposable {
  private current: Promise<ScanSummary> | undefined;
  private readonly scanned = new Set<string>();
  private readonly progressChanged = new vscode.EventEmitter<ScanProgress>();
  readonly onDidChangeProgress = this.progressChanged.event;

  constructor(
    private readonly service: AnalysisService,
    private readonly store: FindingsStore,
    private readonly settings: SettingsService,
    private readonly log: OutputLog,
  ) {}

  get running(): boolean {
    return this.current !== undefined;
  }

  /** Starts a scan, or returns the one already running. */
  run(): Promise<ScanSummary> {
    this.current ??= Promise.resolve(
      vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Perf Coach: scanning the workspace', cancellable: true },
        (progress, token) => this.scan(progress, token),
      ),
    ).finally(() => {
      this.current = undefined;
      this.progressChanged.fire({ running: false, done: 0, total: 0 });
    });
    return this.current;
  }

  /** A scanned file's editor was closed: read it from disk again so the Problems panel stays right. */
  async refreshFromDisk(uri: vscode.Uri) {
    if (!this.scanned.has(uri.toString())) return;
    const settings = this.settings.for(uri);
    if (!settings.enable) return;
    try {
      const message = await this.service.lintFile(uri.fsPath, workerSettings(settings, uri)).done;
      if (message.result && !vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) {
        this.store.set(toEntry(uri, message.result, message.ms));
      }
    } catch {
      /* reported by the analysis service */
    }
  }

  private async scan(progress: vscode.Progress<{ message?: string; increment?: number }>, token: vscode.CancellationToken): Promise<ScanSummary> {
    const started = performance.now();
    const summary: ScanSummary = { found: 0, excluded: 0, analysed: 0, checked: 0, filesWithFindings: 0, skipped: 0, failed: 0, findings: 0, byRule: {}, cancelled: false, ms: 0 };
    progress.report({ message: 'finding files…' });
    const files = await this.discover(summary, token);
    const open = new Set(vscode.workspace.textDocuments.filter(isAnalysable).map((d) => d.uri.toString()));
    const todo = files.filter((uri) => !open.has(uri.toString()));
    const total = files.length;
    summary.checked = total;
    let done = files.length - todo.length;
    const previous = new Set(this.scanned);
    this.scanned.clear();
    for (const uri of files) this.scanned.add(uri.toString());
    this.progressChanged.fire({ running: true, done, total });

    let batch: FileFindings[] = [];
    let lastPublish = performance.now();
    const flush = () => {
      // A file opened while the scan ran belongs to the editor now: its buffer's findings win.
      const openNow = new Set(vscode.workspace.textDocuments.filter(isAnalysable).map((d) => d.uri.toString()));
      this.store.set(...batch.filter((entry) => !openNow.has(entry.uri.toString())));
      batch = [];
      lastPublish = performance.now();
    };
    const inFlight = new Set<number>();
    const cancel = token.onCancellationRequested(() => {
      for (const id of inFlight) this.service.cancel(id);
    });
    let next = 0;
    const worker = async () => {
      while (next < todo.length && !token.isCancellationRequested) {
        const uri = todo[next++];
        const settings = this.settings.for(uri);
        if (!settings.enable) continue;
        let requestId: number | undefined;
        try {
          const request = this.service.lintFile(uri.fsPath, workerSettings(settings, uri));
          requestId = request.id;
          inFlight.add(request.id);
          const message = await request.done;
          if (message.result) {
            batch.push(toEntry(uri, message.result, message.ms));
            if (message.result.skipped) {
              summary.skipped++;
              this.log.info(`scan skipped ${vscode.workspace.asRelativePath(uri)}: ${message.result.skipped}`);
            } else if (message.result.parseError) {
              summary.skipped++;
              const { line, column, message: why } = message.result.parseError;
              this.log.info(`scan: ${vscode.workspace.asRelativePath(uri)} does not parse (${line}:${column}: ${why})`);
            } else {
              summary.analysed++;
            }
          } else if (message.error) {
            summary.failed++;
            this.log.error(`scan: analysis of ${vscode.workspace.asRelativePath(uri)} failed (a bug in Perf Coach): ${message.error}`);
          }
        } catch (error) {
          summary.failed++;
          this.log.error(`scan: ${vscode.workspace.asRelativePath(uri)}: ${error instanceof Error ? error.message : String(error)}`);
        } finally {
          if (requestId !== undefined) inFlight.delete(requestId);
        }
        done++;
        progress.report({ message: progressMessage(done, total), increment: 100 / Math.max(total, 1) });
        this.progressChanged.fire({ running: true, done, total });
        if (performance.now() - lastPublish > PUBLISH_EVERY_MS) flush();
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    cancel.dispose();
    flush();

    summary.cancelled = token.isCancellationRequested;
    if (!summary.cancelled) {
      // Files the previous scan reported that this one did not reach (deleted, now excluded).
      for (const key of previous) {
        if (this.scanned.has(key)) continue;
        const uri = vscode.Uri.parse(key);
        if (this.store.get(uri)?.origin === 'scan') this.store.delete(uri);
      }
    }
    for (const uri of files) {
      const entry = this.store.get(uri);
      if (!entry) continue;
      const rules = this.settings.for(uri).rules;
      const shown = entry.findings.filter((f) => rules[f.ruleId] !== 'off' && !f.lowCost);
      if (shown.length) summary.filesWithFindings++;
      for (const f of shown) {
        summary.findings++;
        summary.byRule[f.ruleId] = (summary.byRule[f.ruleId] ?? 0) + 1;
      }
    }
    summary.ms = performance.now() - started;
    const rules = Object.entries(summary.byRule).map(([id, n]) => `${id} ${n}`).join(', ');
    this.log.info(
      `scan ${summary.cancelled ? 'cancelled' : 'finished'}: ${summary.analysed} files analysed, ${summary.skipped} skipped, ${summary.excluded} excluded, ${summary.failed} failed in ${Math.round(summary.ms)} ms; ${summary.findings} findings${rules ? ` (${rules})` : ''}`,
    );
    return summary;
  }

  /** JS/TS files of every folder on disk, minus the excluded ones. */
  private async discover(summary: ScanSummary, token: vscode.CancellationToken): Promise<vscode.Uri[]> {
    const out: vscode.Uri[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      if (folder.uri.scheme !== 'file') {
        this.log.info(`scan: ${folder.name} is not on disk (${folder.uri.scheme}:), skipped`);
        continue;
      }
      // Passing our own exclude switches off files.exclude in findFiles; the filter applies it instead.
      const [sources, gitignoreFiles] = await Promise.all([
        vscode.workspace.findFiles(new vscode.RelativePattern(folder, SOURCE_GLOB), ALWAYS_EXCLUDED_GLOB, undefined, token),
        vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/.gitignore'), ALWAYS_EXCLUDED_GLOB, undefined, token),
      ]);
      const gitignores = new Map<string, string>();
      for (const file of gitignoreFiles) {
        const dir = path.posix.dirname(rel(folder, file));
        gitignores.set(dir === '.' ? '' : dir, new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
      }
      const settings = this.settings.for(folder.uri);
      const filter = createScanFilter({
        filesExclude: vscode.workspace.getConfiguration('files', folder.uri).get<Record<string, unknown>>('exclude') ?? {},
        exclude: settings.exclude,
        gitignores,
      });
      const known = new Set(sources.map((u) => rel(folder, u)));
      const siblingExists = (p: string) => known.has(p) || existsSync(path.join(folder.uri.fsPath, p));
      summary.found += sources.length;
      for (const uri of sources.sort((a, b) => a.fsPath.localeCompare(b.fsPath))) {
        if (filter.excludedBy(rel(folder, uri), siblingExists)) summary.excluded++;
        else out.push(uri);
      }
    }
    return out;
  }

  dispose() {
    this.progressChanged.dispose();
  }
}

function rel(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string {
  return path.relative(folder.uri.fsPath, uri.fsPath).split(path.sep).join('/');
}

function toEntry(uri: vscode.Uri, result: LintResult, ms: number): FileFindings {
  return { uri, findings: result.findings, skipped: result.skipped, parseError: result.parseError, ms, origin: 'scan' };
}
