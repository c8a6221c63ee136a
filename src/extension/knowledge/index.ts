// Entry point of the coaching UI: the explainer panel, the pattern picker,
// interview practice and the topic browser. The rest of the extension calls
// createKnowledgeUi() once in activate(); nothing here reads the catalog
// until the first command or view needs it.
import * as vscode from 'vscode';
import { bareRuleId, CatalogStore } from './catalog.js';
import { EXPLAINER_VIEW_TYPE, ExplainerPanel, rememberPractice, type KnowledgeServices } from './explainer-panel.js';
import { pickPracticeQuestion } from './practice.js';
import { patternPickEntries } from './topic-tree-model.js';
import { TopicTreeProvider } from './topic-tree.js';
import { parseFindingCode, type FindingCode } from './user-code.js';
import type { FindingSnapshot, KnowledgeKind, PanelView } from './views.js';

export { EXPLAINER_VIEW_TYPE } from './explainer-panel.js';
export type { PanelView } from './views.js';

/** Internal command behind tree items and other "open this entry" links: (kind, id). Not in the palette. */
export const OPEN_KNOWLEDGE_COMMAND = 'perfCoach.knowledge.open';

/** A finding to show beside the fix; `line` is 0-based, `uri` is `document.uri.toString()`. */
export interface KnowledgeFinding {
  message: string;
  snippet: string;
  uri: string;
  line: number;
  /** The flagged lines with context and the rule's fix of them (see user-code.ts). */
  code?: FindingCode;
  library?: string;
}

export interface KnowledgeUi {
  /** Opens (or reuses) the explainer panel on a rule; with a finding, shows the user's snippet beside the fix. */
  explain(ruleId: string, finding?: KnowledgeFinding): Promise<void>;
  /** Quick pick of every pattern, including topics without an automatic check, then opens the choice. */
  pickPattern(): Promise<void>;
  openTopic(id: string): Promise<void>;
  openQuestion(id: string): Promise<void>;
  /** Shows a question related to the rules found in the workspace (any question if none), answer hidden. */
  practiceQuestion(foundRuleIds: string[]): Promise<void>;
  /** For the view `perfCoach.topics`. */
  topicTreeProvider: vscode.TreeDataProvider<unknown>;
}

// One set of services per extension context, shared by the UI and the serializer.
const servicesByContext = new WeakMap<vscode.ExtensionContext, KnowledgeServices>();

function servicesFor(context: vscode.ExtensionContext): KnowledgeServices {
  let services = servicesByContext.get(context);
  if (!services) {
    const store = new CatalogStore(context.asAbsolutePath('dist/catalog.json'), (message) => {
      console.error(message);
      // Only then does the topics view explain itself as "catalog missing" (package.json viewsWelcome).
      void vscode.commands.executeCommand('setContext', 'perfCoach.catalogUnavailable', true);
      void vscode.window.showErrorMessage(message);
    });
    services = { extensionUri: context.extensionUri, store, recentPractice: [] };
    servicesByContext.set(context, services);
  }
  return services;
}

function snapshot(finding: KnowledgeFinding): FindingSnapshot {
  return {
    message: String(finding.message),
    // A multi-thousand-line "snippet" would be a bug upstream; keep the panel usable anyway.
    snippet: String(finding.snippet).slice(0, 20_000),
    uri: String(finding.uri),
    line: Math.max(0, Math.floor(Number(finding.line)) || 0),
    // The same checks as saved state gets: this crosses into the webview's state.
    ...(finding.code && parseFindingCode(finding.code) && { code: parseFindingCode(finding.code) }),
    ...(finding.library && { library: String(finding.library).slice(0, 40) }),
  };
}

const uiByContext = new WeakMap<vscode.ExtensionContext, KnowledgeUi>();

/** Cheap: registers one internal command and creates the tree provider; the catalog loads on first use. Idempotent per context. */
export function createKnowledgeUi(context: vscode.ExtensionContext): KnowledgeUi {
  let ui = uiByContext.get(context);
  if (!ui) {
    ui = buildKnowledgeUi(context);
    uiByContext.set(context, ui);
  }
  return ui;
}

function buildKnowledgeUi(context: vscode.ExtensionContext): KnowledgeUi {
  const services = servicesFor(context);
  const show = (view: PanelView, beside = false) => ExplainerPanel.show(services, view, { beside });
  const topicTreeProvider = new TopicTreeProvider(services.store, OPEN_KNOWLEDGE_COMMAND);

  context.subscriptions.push(
    topicTreeProvider,
    vscode.commands.registerCommand(OPEN_KNOWLEDGE_COMMAND, (kind: KnowledgeKind, id: string) =>
      show(kind === 'rule' ? { kind, id: bareRuleId(id) } : { kind, id }),
    ),
  );

  return {
    explain: (ruleId, finding) =>
      show(finding ? { kind: 'rule', id: bareRuleId(ruleId), finding: snapshot(finding) } : { kind: 'rule', id: bareRuleId(ruleId) }, finding !== undefined),

    async pickPattern() {
      const index = await services.store.get();
      if (!index) return;
      type Item = vscode.QuickPickItem & { opens?: { kind: 'rule' | 'topic'; id: string } };
      const items: Item[] = patternPickEntries(index).map((e) =>
        e.opens
          ? { label: `$(${e.icon ?? 'book'}) ${e.label}`, description: e.description, detail: e.detail, opens: e.opens }
          : { label: e.label, kind: vscode.QuickPickItemKind.Separator },
      );
      const picked = await vscode.window.showQuickPick(items, {
        title: 'Perf Coach: Explain a pattern',
        placeHolder: 'Type to filter patterns and topics',
        matchOnDescription: true,
        matchOnDetail: true,
      });
      if (picked?.opens) await show({ kind: picked.opens.kind, id: picked.opens.id });
    },

    openTopic: (id) => show({ kind: 'topic', id }),
    openQuestion: (id) => show({ kind: 'question', id }),

    async practiceQuestion(foundRuleIds) {
      const index = await services.store.get();
      if (!index) return;
      const found = [...new Set(foundRuleIds.map(bareRuleId))].filter((id) => index.rules.has(id)).sort();
      const pick = pickPracticeQuestion(index, found, { recent: services.recentPractice });
      if (!pick) {
        void vscode.window.showInformationMessage('Perf Coach has no interview questions in its catalog.');
        return;
      }
      rememberPractice(services, pick.question.id);
      await show({ kind: 'question', id: pick.question.id, practice: { foundRuleIds: found } });
    },

    topicTreeProvider,
  };
}

/** What the explainer panel shows right now (undefined when it is closed); for integration tests. */
export function currentExplainerView(): Readonly<PanelView> | undefined {
  return ExplainerPanel.currentView();
}

/** Lets VS Code restore the explainer panel after a restart (needs the `onWebviewPanel:perfCoach.explainer` activation event). */
export function registerExplainerSerializer(context: vscode.ExtensionContext): void {
  const services = servicesFor(context);
  context.subscriptions.push(
    vscode.window.registerWebviewPanelSerializer(EXPLAINER_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state) => ExplainerPanel.revive(services, panel, state),
    }),
  );
}
