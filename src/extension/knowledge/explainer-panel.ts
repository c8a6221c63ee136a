// The one explainer panel (webview), reused for every rule, topic and
// question, after vscode-extension-samples' webview-sample: one current
// panel, options in one function, a fresh nonce per render, state kept by
// the webview (getState/setState) so no retainContextWhenHidden is needed,
// and a serializer that rebuilds the panel after a restart.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { CatalogIndex, CatalogStore } from './catalog.js';
import { panelTitle, renderPanelPage } from './panel-html.js';
import { pickPracticeQuestion } from './practice.js';
import { parsePanelMessage, parsePanelView, ViewHistory, type PanelMessage, type PanelView } from './views.js';

export const EXPLAINER_VIEW_TYPE = 'perfCoach.explainer';

export interface KnowledgeServices {
  extensionUri: vscode.Uri;
  store: CatalogStore;
  /** Practice question ids shown recently, newest last, so "Another question" moves on. */
  recentPractice: string[];
}

function mediaRoot(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'media');
}

/** Scripts on, and the webview may load nothing outside media/. */
function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    enableCommandUris: false,
    enableFindWidget: true,
    localResourceRoots: [mediaRoot(extensionUri)],
  };
}

function newNonce(): string {
  return randomBytes(18).toString('base64');
}

function exists(index: CatalogIndex, view: PanelView): boolean {
  switch (view.kind) {
    case 'home':
      return true;
    case 'rule':
      return index.rules.has(view.id);
    case 'topic':
      return index.topics.has(view.id);
    case 'question':
      return index.questions.has(view.id);
  }
}

export class ExplainerPanel {
  private static current: ExplainerPanel | undefined;

  private readonly history = new ViewHistory();
  private readonly disposables: vscode.Disposable[] = [];

  /** Shows a view in the panel, creating the panel if there is none. */
  static async show(services: KnowledgeServices, view: PanelView, options: { beside?: boolean } = {}): Promise<void> {
    const index = await services.store.get();
    if (!index) return;
    if (!exists(index, view)) {
      void vscode.window.showWarningMessage(`Perf Coach has no ${view.kind === 'rule' ? 'explainer' : view.kind} called "${'id' in view ? view.id : ''}".`);
      return;
    }
    let target = ExplainerPanel.current;
    if (target) {
      // Explaining a finding must not cover the code it is about: move the panel beside the editor if they share a group.
      const editorColumn = vscode.window.activeTextEditor?.viewColumn;
      const moveBeside = options.beside && editorColumn !== undefined && editorColumn === target.panel.viewColumn;
      target.panel.reveal(moveBeside ? vscode.ViewColumn.Beside : target.panel.viewColumn, false);
    } else {
      const panel = vscode.window.createWebviewPanel(
        EXPLAINER_VIEW_TYPE,
        panelTitle(index, view),
        { viewColumn: options.beside ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, preserveFocus: false },
        webviewOptions(services.extensionUri),
      );
      target = new ExplainerPanel(panel, services);
    }
    await target.navigate(view);
  }

  /** Rebuilds a panel VS Code restored after a restart, from the state its webview saved. */
  static async revive(services: KnowledgeServices, panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    panel.webview.options = webviewOptions(services.extensionUri);
    const saved = typeof state === 'object' && state !== null ? (state as { view?: unknown }).view : undefined;
    const parsed = parsePanelView(saved) ?? { kind: 'home' };
    // A saved finding outside the workspace's folders is dropped (the rule's page stays).
    const outside = parsed.kind === 'rule' && parsed.finding?.uri.startsWith('file:') && !vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(parsed.finding.uri, true));
    const view: PanelView = outside && parsed.kind === 'rule' ? { kind: 'rule', id: parsed.id } : parsed;
    const revived = new ExplainerPanel(panel, services);
    await revived.navigate(view);
  }

  /** The view on screen, for tests and for commands that act on it. */
  static currentView(): PanelView | undefined {
    return ExplainerPanel.current?.history.current;
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly services: KnowledgeServices,
  ) {
    // A restored panel can arrive while another one is open; the newest one is the one reused.
    ExplainerPanel.current = this;
    panel.iconPath = {
      light: vscode.Uri.joinPath(mediaRoot(services.extensionUri), 'panel-icon-light.svg'),
      dark: vscode.Uri.joinPath(mediaRoot(services.extensionUri), 'panel-icon-dark.svg'),
    };
    panel.onDidDispose(() => this.dispose(), undefined, this.disposables);
    panel.webview.onDidReceiveMessage(
      async (data: unknown) => {
        const message = parsePanelMessage(data);
        if (!message) return;
        try {
          await this.handle(message);
        } catch (e) {
          void vscode.window.showErrorMessage(`Perf Coach: ${(e as Error).message}`);
        }
      },
      undefined,
      this.disposables,
    );
  }

  private async navigate(view: PanelView): Promise<void> {
    this.history.push(view);
    await this.render(view);
  }

  private async render(view: PanelView): Promise<void> {
    const index = await this.services.store.get();
    if (!index) return;
    const webview = this.panel.webview;
    const media = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(mediaRoot(this.services.extensionUri), file)).toString();
    const page = renderPanelPage(
      index,
      view,
      {
        cspSource: webview.cspSource,
        nonce: newNonce(),
        styleUri: media('panel.css'),
        scriptUri: media('panel.js'),
        costModelUri: media('cost-model.js'),
        mediaUri: media,
      },
      { canGoBack: this.history.canGoBack },
    );
    this.panel.title = page.title;
    webview.html = page.html;
  }

  private async handle(message: PanelMessage): Promise<void> {
    switch (message.type) {
      case 'open':
        await this.navigate(message.kind === 'home' ? { kind: 'home' } : { kind: message.kind, id: message.id });
        return;
      case 'back': {
        const previous = this.history.back();
        if (previous) await this.render(previous);
        return;
      }
      case 'revealFinding': {
        const view = this.history.current;
        if (view?.kind !== 'rule' || !view.finding) return;
        const { uri, line } = view.finding;
        const position = new vscode.Position(line, 0);
        // Open the file next to the panel rather than on top of it.
        const column = this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One;
        await vscode.window.showTextDocument(vscode.Uri.parse(uri, true), {
          viewColumn: column,
          selection: new vscode.Range(position, position),
          preview: false,
        });
        return;
      }
      case 'anotherQuestion': {
        const view = this.history.current;
        if (view?.kind !== 'question') return;
        const index = await this.services.store.get();
        if (!index) return;
        const found = view.practice?.foundRuleIds ?? [];
        const pick = pickPracticeQuestion(index, found, { recent: [...this.services.recentPractice, view.id] });
        if (!pick) return;
        rememberPractice(this.services, pick.question.id);
        await this.navigate({ kind: 'question', id: pick.question.id, practice: { foundRuleIds: found } });
        return;
      }
    }
  }

  private dispose(): void {
    if (ExplainerPanel.current === this) ExplainerPanel.current = undefined;
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

export function rememberPractice(services: KnowledgeServices, questionId: string): void {
  services.recentPractice.push(questionId);
  // Remember a handful so a short session does not repeat, without ever exhausting a small pool.
  if (services.recentPractice.length > 8) services.recentPractice.shift();
}
