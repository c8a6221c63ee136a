import * as vscode from 'vscode';
import type { DigestMessage, ResultMessage } from '../host/protocol';
import type { AnalysisService } from './analysis-service';
import { analysisFilename, isAnalysable, workerSettings } from './document-filter';
import type { FindingsStore } from './findings-store';
import type { OutputLog } from './output-log';
import type { SettingsService } from './settings-service';

/** Edits closer together than this are analysed once, after the last one. */
export const EDIT_DEBOUNCE_MS = 300;
/** Unsaved documents sent with a request for the project model to read, at most this much text in all. */
const MAX_BUFFER_CHARS = 4_000_000;

export interface AnalysisEvent {
  uri: vscode.Uri;
  version: number;
  /** Worker time (parse + rules). */
  ms: number;
  /** From sending the text to having the result, queueing included. */
  roundTripMs: number;
  /** Over budget in a file already known to be slow; the steady-state verdict for every answer is onDidTime's. */
  overBudget: boolean;
  outcome: 'findings' | 'skipped' | 'parseError' | 'failed';
}

/**
 * How long the analysis of one file version takes once the workers are warm. The first answer
 * of fresh workers includes their warm-up (the JIT compiling the rules, the parser's first use),
 * often several times the steady time: such an answer, and an over-budget answer for a file not
 * yet known to be slow, are timed once more on the same text before they count.
 */
export interface TimingEvent {
  uri: vscode.Uri;
  version: number;
  /** Worker time (parse + rules) of a warm run. */
  ms: number;
  overBudget: boolean;
  budgetMs: number;
}

interface Pending {
  timer?: ReturnType<typeof setTimeout>;
  requestId?: number;
  /** A run that only times the last answer (see TimingEvent); dropped when a newer version comes. */
  timingId?: number;
}

/**
 * Analyses open JS/TS documents in the worker: at once on open and save, debounced while typing.
 * A newer version cancels the request for an older one (dropped in the worker if it has not
 * started; ignored here if it has), so only the latest text costs anything.
 */
export class DocumentAnalyzer implements vscode.Disposable {
  private readonly pending = new Map<string, Pending>();
  /** Files whose last analysis was over budget, so the output channel names a slow file once, not on every keystroke. */
  private readonly slow = new Set<string>();
  /**
   * Per file, the version and worker settings of the last answer shown. Asking again for the same
   * text with the same settings (a configuration event that changed nothing of ours, a save of an
   * unchanged buffer) would cost a parse and give the same findings, so it is not sent while
   * those findings are still in the store.
   */
  private readonly shown = new Map<string, string>();
  /**
   * The project model's answers, per open document: which modules' summaries its findings used,
   * and a digest of what the document itself exports. When a document's exports change (or it is
   * saved), the open documents that used it are analysed again; nothing else is.
   */
  private readonly dependencies = new Map<string, readonly string[]>();
  private readonly exportsDigests = new Map<string, string>();
  /** Requests whose digest may still come (the worker sends it once idle), with the text's version. */
  private readonly digestRequests = new Map<number, { doc: vscode.TextDocument; version: number }>();
  /** Skip/parse notes already written, per file, so the output channel does not repeat itself. */
  private readonly noted = new Map<string, string>();
  private readonly analysed = new vscode.EventEmitter<AnalysisEvent>();
  readonly onDidAnalyze = this.analysed.event;
  private readonly started = new vscode.EventEmitter<vscode.Uri>();
  /** An analysis was sent to the worker (the status item shows it as busy). */
  readonly onDidStart = this.started.event;
  private readonly closed = new vscode.EventEmitter<vscode.Uri>();
  /** An analysable document was closed (its editor findings are gone; a scan may re-read the file). */
  readonly onDidClose = this.closed.event;
  private readonly timed = new vscode.EventEmitter<TimingEvent>();
  /** The steady-state time of an analysis (the status item shows it; the budget applies to it). */
  readonly onDidTime = this.timed.event;
  /** Answers from the current workers; zero means the next one pays for their warm-up. */
  private answers = 0;

  constructor(
    private readonly service: AnalysisService,
    private readonly store: FindingsStore,
    private readonly settings: SettingsService,
    private readonly log: OutputLog,
  ) {}

  /** Wires the editor events; returns their subscriptions. */
  listen(): vscode.Disposable[] {
    return [
      vscode.workspace.onDidOpenTextDocument((doc) => this.schedule(doc, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length) this.schedule(e.document, EDIT_DEBOUNCE_MS);
      }),
      vscode.workspace.onDidSaveTextDocument((doc) => {
        this.schedule(doc, 0);
        // Saved: importers' summaries now come from the disk; refresh them in case a digest was missed.
        this.scheduleDependents(doc, EDIT_DEBOUNCE_MS);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc)),
      this.service.onDigest((digest) => this.digestArrived(digest)),
    ];
  }

  /** Analyses every open document (at start-up and when settings change). */
  analyseOpenDocuments() {
    for (const doc of vscode.workspace.textDocuments) this.schedule(doc, 0);
  }

  schedule(doc: vscode.TextDocument, delayMs: number) {
    if (!isAnalysable(doc)) return;
    const key = doc.uri.toString();
    const settings = this.settings.for(doc.uri);
    if (!settings.enable) return;
    const state = this.pending.get(key) ?? {};
    this.pending.set(key, state);
    clearTimeout(state.timer);
    if (state.requestId !== undefined) this.service.cancel(state.requestId);
    if (state.timingId !== undefined) this.service.cancel(state.timingId);
    state.timer = setTimeout(() => this.run(doc), delayMs);
  }

  private run(doc: vscode.TextDocument) {
    const key = doc.uri.toString();
    const state = this.pending.get(key);
    if (!state || doc.isClosed) return;
    state.timer = undefined;
    const settings = this.settings.for(doc.uri);
    const version = doc.version;
    const options = workerSettings(settings, doc.uri);
    const stamp = `${version} ${JSON.stringify(options)}`;
    if (this.shown.get(key) === stamp && this.store.get(doc.uri)?.version === version) return;
    // The service starts fresh workers on the next request (at start-up, or after a crash).
    if (!this.service.started) this.answers = 0;
    const warm = this.answers > 0;
    const sentAt = performance.now();
    let request: ReturnType<AnalysisService['lint']>;
    try {
      request = this.service.lint(analysisFilename(doc), doc.getText(), { ...options, buffers: this.unsavedBuffers(doc, options.cwd) });
    } catch (error) {
      // Runs from a timer: nothing above would see this, so report it here.
      this.log.error(`could not start the analysis of ${this.label(doc.uri)}: ${error instanceof Error ? error.message : String(error)}`);
      this.analysed.fire({ uri: doc.uri, version, ms: 0, roundTripMs: 0, overBudget: false, outcome: 'failed' });
      return;
    }
    state.requestId = request.id;
    this.expectDigest(request.id, doc, version);
    this.started.fire(doc.uri);
    request.done.then(
      (message) => {
        if (state.requestId === request.id) state.requestId = undefined;
        if (message.result || message.error) this.answers++;
        // A newer version is on its way, or the document is gone: this answer is stale.
        if (doc.isClosed || doc.version !== version || !message.result && !message.error) return;
        if (this.accept(doc, version, message, performance.now() - sentAt, settings.timeBudgetMs, warm)) {
          this.shown.set(key, stamp);
          this.time(doc, version, message.ms, settings.timeBudgetMs, warm, options);
        }
      },
      (error: unknown) => {
        if (state.requestId === request.id) state.requestId = undefined;
        this.log.error(`analysis of ${this.label(doc.uri)} failed: ${error instanceof Error ? error.message : String(error)}`);
        this.analysed.fire({ uri: doc.uri, version, ms: 0, roundTripMs: performance.now() - sentAt, overBudget: false, outcome: 'failed' });
      },
    );
  }

  /**
   * Reports the steady-state time of an answer: its own when the workers were warm and it is
   * within budget (or the file is known to be slow), else that of one more run of the same text.
   */
  private time(doc: vscode.TextDocument, version: number, ms: number, budgetMs: number, warm: boolean, options: ReturnType<typeof workerSettings>) {
    const key = doc.uri.toString();
    if (warm && (ms <= budgetMs || this.slow.has(key))) return this.settleTiming(doc, version, ms, budgetMs);
    let request: ReturnType<AnalysisService['lint']>;
    try {
      request = this.service.lint(analysisFilename(doc), doc.getText(), options);
    } catch {
      return this.settleTiming(doc, version, ms, budgetMs);
    }
    const state = this.pending.get(key);
    if (state) state.timingId = request.id;
    // The same text again: its digest stands in for the first request's, which this one supersedes.
    this.expectDigest(request.id, doc, version);
    request.done.then(
      (message) => {
        if (state?.timingId === request.id) state.timingId = undefined;
        if (message.result || message.error) this.answers++;
        if (!doc.isClosed && doc.version === version && message.result) this.settleTiming(doc, version, message.ms, budgetMs);
      },
      () => undefined, // the analysis itself was shown; a failed timing run is reported by the service
    );
  }

  private settleTiming(doc: vscode.TextDocument, version: number, ms: number, budgetMs: number) {
    const key = doc.uri.toString();
    // Judged on the whole milliseconds the status item shows: 50.4 ms is "50 ms", within a budget of 50.
    const overBudget = Math.round(ms) > budgetMs;
    if (overBudget && !this.slow.has(key)) {
      this.log.warn(`slow analysis: ${this.label(doc.uri)} took ${Math.round(ms)} ms with warm workers (time budget ${budgetMs} ms, perfCoach.timeBudgetMs)`);
    }
    if (overBudget) this.slow.add(key);
    else this.slow.delete(key);
    this.timed.fire({ uri: doc.uri, version, ms, overBudget, budgetMs });
  }

  /** Shows one answer; false when it was a failure (worth asking again next time). */
  private accept(doc: vscode.TextDocument, version: number, message: ResultMessage, roundTripMs: number, budgetMs: number, warm: boolean): boolean {
    const key = doc.uri.toString();
    const label = this.label(doc.uri);
    // Only a warm answer for a file already known to be slow counts at once (see time()).
    const overBudget = warm && this.slow.has(key) && Math.round(message.ms) > budgetMs;

    const event = { uri: doc.uri, version, ms: message.ms, roundTripMs, overBudget };
    if (message.error || !message.result) {
      this.log.error(`analysis of ${label} failed (a bug in Perf Coach, please report it): ${message.error ?? 'no result'}`);
      this.analysed.fire({ ...event, outcome: 'failed' });
      return false;
    }
    const result = message.result;
    const previous = this.store.get(doc.uri);
    if (result.skipped) {
      this.note(key, `skipped ${label}: ${result.skipped}`);
      this.store.set({ uri: doc.uri, version, findings: [], skipped: result.skipped, ms: message.ms, origin: 'editor' });
      this.analysed.fire({ ...event, outcome: 'skipped' });
    } else if (result.parseError) {
      const { message: why, line, column } = result.parseError;
      this.note(key, `${label} does not parse (${line}:${column}: ${why}); findings are paused until it does`);
      // Keep the last findings rather than blanking squiggles on every half-typed statement.
      this.store.set({ uri: doc.uri, version: previous?.version, findings: previous?.findings ?? [], parseError: result.parseError, ms: message.ms, origin: 'editor' });
      this.analysed.fire({ ...event, outcome: 'parseError' });
    } else {
      this.noted.delete(key);
      this.store.set({ uri: doc.uri, version, findings: result.findings, ms: message.ms, origin: 'editor' });
      this.dependencies.set(key, result.dependencies ?? []);
      if (result.exportsDigest !== undefined) this.exportsChanged(doc, result.exportsDigest);
      this.analysed.fire({ ...event, outcome: 'findings' });
    }
    this.log.trace(`analysed ${label} v${version}: ${result.findings.length} findings, ${message.ms.toFixed(1)} ms in the worker, ${roundTripMs.toFixed(1)} ms round trip`);
    return true;
  }

  /**
   * A request for `doc` at `version` was sent: its digest, when it comes, is that text's. The worker
   * drops the digest of a text a newer one replaced, so only the last few requests per document are kept.
   */
  private expectDigest(id: number, doc: vscode.TextDocument, version: number) {
    const older = [...this.digestRequests].filter(([, sent]) => sent.doc === doc).map(([other]) => other);
    for (const other of older.slice(0, Math.max(0, older.length - 3))) this.digestRequests.delete(other);
    this.digestRequests.set(id, { doc, version });
  }

  /** The worker worked out what a file it analysed exports (after sending its findings). */
  private digestArrived(digest: DigestMessage) {
    const sent = this.digestRequests.get(digest.id);
    this.digestRequests.delete(digest.id);
    if (!sent || sent.doc.isClosed) return;
    const key = sent.doc.uri.toString();
    if (sent.doc.version !== sent.version) {
      // An older text's (typing began right after opening): what importers were analysed against, the baseline for the next.
      if (digest.exportsDigest !== undefined && !this.exportsDigests.has(key)) this.exportsDigests.set(key, digest.exportsDigest);
      return;
    }
    if (digest.dependencies?.length) this.dependencies.set(key, [...new Set([...(this.dependencies.get(key) ?? []), ...digest.dependencies])]);
    if (digest.exportsDigest !== undefined) this.exportsChanged(sent.doc, digest.exportsDigest);
  }

  /** Open importers are analysed again when what `doc` exports changed (not on its first digest). */
  private exportsChanged(doc: vscode.TextDocument, exportsDigest: string) {
    const key = doc.uri.toString();
    const before = this.exportsDigests.get(key);
    if (before === exportsDigest) return;
    this.exportsDigests.set(key, exportsDigest);
    if (before !== undefined) this.scheduleDependents(doc, 0);
  }

  /** Open documents whose last findings used `doc`'s summary are analysed again. */
  private scheduleDependents(doc: vscode.TextDocument, delayMs: number) {
    if (doc.uri.scheme !== 'file') return;
    const path = doc.uri.fsPath;
    for (const other of vscode.workspace.textDocuments) {
      const key = other.uri.toString();
      if (other === doc || !this.dependencies.get(key)?.includes(path)) continue;
      this.shown.delete(key); // same text, but what it imports changed
      this.schedule(other, delayMs);
    }
  }

  /** Unsaved documents of the same workspace folder, for the project model to read instead of the disk. */
  private unsavedBuffers(doc: vscode.TextDocument, cwd: string | undefined): Record<string, string> | undefined {
    if (!cwd) return undefined;
    const out: Record<string, string> = {};
    let chars = 0;
    for (const other of vscode.workspace.textDocuments) {
      if (other === doc || !other.isDirty || other.uri.scheme !== 'file' || !isAnalysable(other) || !other.uri.fsPath.startsWith(cwd)) continue;
      const text = other.getText();
      if (chars + text.length > MAX_BUFFER_CHARS) break;
      chars += text.length;
      out[other.uri.fsPath] = text;
    }
    return Object.keys(out).length ? out : undefined;
  }

  private note(key: string, line: string) {
    if (this.noted.get(key) === line) return;
    this.noted.set(key, line);
    this.log.info(line);
  }

  private forget(doc: vscode.TextDocument) {
    const key = doc.uri.toString();
    const state = this.pending.get(key);
    if (state) {
      clearTimeout(state.timer);
      if (state.requestId !== undefined) this.service.cancel(state.requestId);
      if (state.timingId !== undefined) this.service.cancel(state.timingId);
      this.pending.delete(key);
    }
    this.slow.delete(key);
    this.noted.delete(key);
    this.shown.delete(key);
    this.dependencies.delete(key);
    this.exportsDigests.delete(key);
    for (const [id, sent] of this.digestRequests) if (sent.doc === doc) this.digestRequests.delete(id);
    // Its unsaved text is gone: documents that read it go back to the disk's version.
    if (doc.isDirty || doc.uri.scheme === 'file') this.scheduleDependents(doc, 0);
    // A scan's findings for this file stay; an open buffer's go with it (it may never have been saved).
    if (this.store.get(doc.uri)?.origin === 'editor') this.store.delete(doc.uri);
    if (isAnalysable(doc)) this.closed.fire(doc.uri);
  }

  private label(uri: vscode.Uri): string {
    return uri.scheme === 'file' ? vscode.workspace.asRelativePath(uri) : uri.toString();
  }

  dispose() {
    for (const state of this.pending.values()) clearTimeout(state.timer);
    this.pending.clear();
    this.analysed.dispose();
    this.timed.dispose();
    this.started.dispose();
    this.closed.dispose();
  }
}
