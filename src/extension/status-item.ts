import * as vscode from 'vscode';
import { Commands } from './constants';
import type { AnalysisEvent, DocumentAnalyzer, TimingEvent } from './document-analyzer';
import { languageSelector } from './document-filter';
import type { FindingsStore } from './findings-store';
import type { ScanProgress, WorkspaceScan } from './scan/workspace-scan';
import type { SettingsService } from './settings-service';

/**
 * The language status item ({} in the status bar, next to the language mode) for JS/TS files:
 * "Perf Coach: N findings" (named, so it stands out among the language's own items), and below
 * it how long analysing this file takes with warm workers (TimingEvent: not the first run after
 * start-up), or the scan's progress. Past the time budget it turns to a warning, and the output
 * channel (its click) names the slow file: Perf Coach times itself.
 */
export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('perfCoach.status', languageSelector);
  private readonly last = new Map<string, AnalysisEvent>();
  private readonly timing = new Map<string, TimingEvent>();
  private readonly busy = new Set<string>();
  private scan: ScanProgress = { running: false, done: 0, total: 0 };
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly store: FindingsStore,
    private readonly settings: SettingsService,
    analyzer: DocumentAnalyzer,
    scan: WorkspaceScan,
  ) {
    this.item.name = 'Perf Coach';
    this.item.command = { command: Commands.showOutput, title: 'Show Log', tooltip: 'Show the Perf Coach output channel' };
    this.subscriptions = [
      analyzer.onDidStart((uri) => {
        this.busy.add(uri.toString());
        this.update();
      }),
      analyzer.onDidAnalyze((e) => {
        this.busy.delete(e.uri.toString());
        this.last.set(e.uri.toString(), e);
        this.update();
      }),
      analyzer.onDidTime((e) => {
        this.timing.set(e.uri.toString(), e);
        this.update();
      }),
      analyzer.onDidClose((uri) => {
        this.busy.delete(uri.toString());
        this.last.delete(uri.toString());
        this.timing.delete(uri.toString());
      }),
      scan.onDidChangeProgress((p) => {
        this.scan = p;
        this.update();
      }),
      store.onDidChange(() => this.update()),
      settings.onDidChange(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    ];
    this.update();
  }

  private update() {
    const doc = vscode.window.activeTextEditor?.document;
    const key = doc?.uri.toString() ?? '';
    const entry = doc && this.store.get(doc.uri);
    const event = this.last.get(key);
    const settings = this.settings.for(doc?.uri);
    const item = this.item;
    item.busy = this.scan.running || this.busy.has(key);
    item.severity = vscode.LanguageStatusSeverity.Information;

    const shown = entry ? entry.findings.filter((f) => settings.rules[f.ruleId] !== 'off' && !f.lowCost).length : 0;
    const total = this.store.all().reduce((n, e) => n + e.findings.filter((f) => !f.lowCost).length, 0);
    // The time of the version shown; until its warm timing is in, say so rather than show a cold one.
    const timed = this.timing.get(key);
    const timing = timed && event && timed.version === event.version ? timed : undefined;

    if (!settings.enable) {
      item.text = '$(circle-slash) Perf Coach off';
      item.detail = 'perfCoach.enable is false';
    } else if (this.scan.running) {
      item.text = `$(sync~spin) Scanning ${this.scan.done}/${this.scan.total}`;
      item.detail = 'Perf Coach workspace scan';
    } else if (entry?.skipped) {
      item.text = '$(circle-slash) Perf Coach: skipped';
      item.detail = entry.skipped;
    } else if (entry?.parseError) {
      item.text = `$(warning) Perf Coach: syntax error at ${entry.parseError.line}:${entry.parseError.column}`;
      item.detail = 'findings resume when the file parses';
    } else if (event?.outcome === 'failed') {
      item.text = '$(error) Perf Coach: analysis failed';
      item.detail = 'see the output channel';
      item.severity = vscode.LanguageStatusSeverity.Error;
    } else {
      item.text = `$(pulse) Perf Coach: ${shown} ${shown === 1 ? 'finding' : 'findings'}`;
      item.detail = timing ? `analysis of this file: ${Math.round(timing.ms)} ms` : event ? 'analysis of this file: timing…' : `${total} in open and scanned files`;
    }
    if (timing?.overBudget && !this.scan.running) {
      item.severity = vscode.LanguageStatusSeverity.Warning;
      item.text = item.text.replace('$(pulse)', '$(warning)');
      item.detail = `analysis of this file: ${Math.round(timing.ms)} ms, over ${timing.budgetMs}`;
    }
    const said = `${item.text.replace(/\$\([^)]*\)\s*/g, '')}; ${item.detail ?? ''}`;
    item.accessibilityInformation = {
      label: timing
        ? `${said}. Analysing this file takes ${Math.round(timing.ms)} milliseconds with warm workers; the budget is ${timing.budgetMs} (perfCoach.timeBudgetMs).`
        : said,
    };
  }

  dispose() {
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}
