import * as vscode from 'vscode';
import { AnalysisService } from './analysis-service';
import { PerfCoachCodeActions } from './code-actions';
import { registerBrowseTopics } from './commands/browse-topics';
import { registerExplainFinding } from './commands/explain-finding';
import { registerExplainPattern } from './commands/explain-pattern';
import { registerOpenQuestion } from './commands/open-question';
import { registerPracticeQuestion } from './commands/practice-question';
import { registerRevealFinding } from './commands/reveal-finding';
import { registerScanWorkspace } from './commands/scan-workspace';
import { registerShowOutput } from './commands/show-output';
import { Views } from './constants';
import { DiagnosticsPublisher } from './diagnostics-publisher';
import { DocumentAnalyzer, type AnalysisEvent, type TimingEvent } from './document-analyzer';
import { languageSelector } from './document-filter';
import { FindingsStore, type FileFindings } from './findings-store';
import { PerfCoachHover } from './hover';
import { createKnowledgeUi, registerExplainerSerializer } from './knowledge';
import type { KnowledgeUi } from './knowledge-ui';
import { createOutputLog } from './output-log';
import { RuleCatalog } from './rule-catalog';
import { WorkspaceScan, type ScanSummary } from './scan/workspace-scan';
import { SettingsService } from './settings-service';
import { StatusItem } from './status-item';
import { FindingsTreeProvider } from './views/findings-tree';

/** Two workers: one keeps the editor responsive while the other helps a workspace scan. */
const WORKERS = 2;

/** What activate() returns: read by the integration tests (and any extension that wants it). */
export interface PerfCoachApi {
  activationMs: number;
  onDidAnalyze: vscode.Event<AnalysisEvent>;
  /** The warm (steady-state) time of each analysis shown, and whether it is over budget. */
  onDidTime: vscode.Event<TimingEvent>;
  findings(uri: vscode.Uri): FileFindings | undefined;
  scanWorkspace(): Promise<ScanSummary>;
  /** Whether the analysis workers have been started (they start on first use). */
  workersStarted(): boolean;
  /** The side bar's tree providers. */
  views: { findings: vscode.TreeDataProvider<unknown>; topics: vscode.TreeDataProvider<unknown> };
}

/**
 * Registration only: every piece below is created cheaply and does its work on first use (the
 * workers start with the first analysis, the catalog loads with the first hover or panel).
 */
export function activate(context: vscode.ExtensionContext): PerfCoachApi {
  const started = performance.now();
  const log = createOutputLog();
  const settings = new SettingsService(log);
  const store = new FindingsStore();
  const service = new AnalysisService(vscode.Uri.joinPath(context.extensionUri, 'dist', 'extension', 'worker.mjs').fsPath, WORKERS, (why) =>
    log.error(why),
  );
  const analyzer = new DocumentAnalyzer(service, store, settings, log);
  const scan = new WorkspaceScan(service, store, settings, log);
  const catalog = new RuleCatalog(vscode.Uri.joinPath(context.extensionUri, 'dist', 'catalog.json').fsPath, (m) => log.warn(m));
  const knowledgeUi: KnowledgeUi = createKnowledgeUi(context);
  // Restores an explainer panel left open in the last session (activation event onWebviewPanel:…).
  registerExplainerSerializer(context);
  const knowledge = () => knowledgeUi;
  const findingsTree = new FindingsTreeProvider(store, settings, catalog);

  context.subscriptions.push(
    // Core: output, settings, findings, analysis.
    log,
    settings,
    store,
    { dispose: () => void service.dispose() },
    analyzer,
    scan,
    ...analyzer.listen(),
    analyzer.onDidClose((uri) => void scan.refreshFromDisk(uri)),
    settings.onDidChange(() => applySettings(store, settings, analyzer)),

    // What the user sees in the editor.
    new DiagnosticsPublisher(store, settings),
    new StatusItem(store, settings, analyzer, scan),
    vscode.languages.registerCodeActionsProvider(languageSelector, new PerfCoachCodeActions(store), PerfCoachCodeActions.metadata),
    vscode.languages.registerHoverProvider(languageSelector, new PerfCoachHover(store, catalog, settings)),

    // The Perf Coach side bar.
    vscode.window.registerTreeDataProvider(Views.topics, knowledgeUi.topicTreeProvider),
    findingsTree,
    vscode.window.createTreeView(Views.findings, { treeDataProvider: findingsTree, showCollapseAll: true }),

    // Commands.
    registerExplainPattern(store, knowledge),
    registerExplainFinding(store, knowledge),
    registerScanWorkspace(scan),
    registerBrowseTopics(),
    registerPracticeQuestion(store, settings, knowledge),
    registerOpenQuestion(knowledge),
    registerRevealFinding(),
    registerShowOutput(log),
  );

  // Documents that were open before activation (the events above only see later ones).
  analyzer.analyseOpenDocuments();
  if (settings.for().scanOnStartup && settings.for().enable) setTimeout(() => void scan.run(), 0);

  const activationMs = performance.now() - started;
  log.info(`activated in ${activationMs.toFixed(1)} ms`);
  return {
    activationMs,
    onDidAnalyze: analyzer.onDidAnalyze,
    onDidTime: analyzer.onDidTime,
    findings: (uri) => store.get(uri),
    scanWorkspace: () => scan.run(),
    workersStarted: () => service.started,
    views: { findings: findingsTree as vscode.TreeDataProvider<unknown>, topics: knowledgeUi.topicTreeProvider },
  };
}

export function deactivate() {
  // Everything is in context.subscriptions; VS Code disposes it.
}

/** Settings changed: drop findings where Perf Coach is now off, re-analyse open files. */
function applySettings(store: FindingsStore, settings: SettingsService, analyzer: DocumentAnalyzer) {
  for (const entry of store.all()) if (!settings.for(entry.uri).enable) store.delete(entry.uri);
  analyzer.analyseOpenDocuments();
}
