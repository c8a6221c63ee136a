import * as path from 'node:path';
import * as vscode from 'vscode';
import type { HostFinding } from '../../host/lint-text';
import type { RuleId } from '../../rules';
import { Commands, RULE_PREFIX } from '../constants';
import { findingRange, type FindingsStore } from '../findings-store';
import { escapeMarkdown } from '../markdown-text';
import type { RuleCatalog } from '../rule-catalog';
import type { SettingsService } from '../settings-service';
import type { RevealFindingArgs } from '../commands/reveal-finding';

/** Plain data as tree elements; the TreeItem is built in getTreeItem (tree-view-sample style). */
export type FindingsNode = { kind: 'rule'; ruleId: RuleId; count: number } | { kind: 'finding'; uri: vscode.Uri; finding: HostFinding };

/** Codicons by the rule's category, so the groups can be told apart at a glance. */
const RULE_ICON: Record<string, string> = {
  'no-n-plus-one': 'database',
  'prefer-connection-pool': 'plug',
  'no-sequential-await': 'debug-step-over',
  'no-blocking-io': 'debug-pause',
  'no-sync-logging': 'output',
};
const SEVERITY_ICON = { error: 'error', warning: 'warning', info: 'info' } as const;
const REFRESH_DELAY_MS = 200;
const EXPAND_UP_TO = 10;

/**
 * The "Findings" view: every finding Perf Coach knows (open files and the last scan), grouped by
 * pattern with counts; a click jumps to the code. Empty, it shows the welcome content from the
 * manifest (a "Scan Workspace" button).
 */
export class FindingsTreeProvider implements vscode.TreeDataProvider<FindingsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<FindingsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly store: FindingsStore,
    private readonly settings: SettingsService,
    private readonly catalog: RuleCatalog,
  ) {
    this.subscriptions = [store.onDidChange(() => this.refreshSoon()), settings.onDidChange(() => this.refreshSoon())];
  }

  /** Findings by rule, as shown (rules set to "off" left out), sorted by file and line. */
  groups(): Map<RuleId, Array<{ uri: vscode.Uri; finding: HostFinding }>> {
    const groups = new Map<RuleId, Array<{ uri: vscode.Uri; finding: HostFinding }>>();
    for (const entry of this.store.all()) {
      const rules = this.settings.for(entry.uri).rules;
      for (const finding of entry.findings) {
        // Hints (not worth fixing where they run) stay in the editor; the view lists what is.
        if (rules[finding.ruleId] === 'off' || finding.lowCost) continue;
        const list = groups.get(finding.ruleId) ?? [];
        list.push({ uri: entry.uri, finding });
        groups.set(finding.ruleId, list);
      }
    }
    for (const list of groups.values()) list.sort((a, b) => a.uri.fsPath.localeCompare(b.uri.fsPath) || a.finding.line - b.finding.line);
    return groups;
  }

  private total(): number {
    let n = 0;
    for (const list of this.groups().values()) n += list.length;
    return n;
  }

  async getChildren(node?: FindingsNode): Promise<FindingsNode[]> {
    const groups = this.groups();
    if (!node) {
      if (groups.size) await this.catalog.load(); // titles for the group labels
      return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([ruleId, list]) => ({ kind: 'rule', ruleId, count: list.length }));
    }
    if (node.kind === 'rule') return (groups.get(node.ruleId) ?? []).map(({ uri, finding }) => ({ kind: 'finding', uri, finding }));
    return [];
  }

  async getTreeItem(node: FindingsNode): Promise<vscode.TreeItem> {
    if (node.kind === 'rule') {
      const facts = await this.catalog.rule(node.ruleId);
      // A handful of findings reads best expanded; a whole workspace's worth as a list of counts.
      const state = this.total() <= EXPAND_UP_TO ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
      const item = new vscode.TreeItem(facts?.title ?? node.ruleId, state);
      // The id carries the default state: VS Code keeps an item's expansion per id, so crossing
      // the threshold (a scan after a few open files) applies the new default once.
      item.id = `rule:${node.ruleId}:${state}`;
      item.description = `${node.count} ${node.count === 1 ? 'finding' : 'findings'}`;
      item.tooltip = `${RULE_PREFIX}${node.ruleId}${facts?.summary ? `\n\n${facts.summary}` : ''}`;
      item.iconPath = new vscode.ThemeIcon(RULE_ICON[node.ruleId] ?? 'lightbulb');
      // Clicking expands the group; "Explain" is the inline action (package.json view/item/context).
      item.contextValue = 'perfCoach.rule';
      return item;
    }
    const { uri, finding } = node;
    const range = findingRange(finding);
    const file = uri.scheme === 'file' ? vscode.workspace.asRelativePath(uri) : uri.toString();
    const item = new vscode.TreeItem(`${path.basename(uri.path)}:${finding.line}`, vscode.TreeItemCollapsibleState.None);
    item.id = `finding:${uri.toString()}:${finding.range[0]}:${finding.ruleId}`;
    item.description = finding.message.replace(/`/g, '');
    // The message quotes the user's code: escaped, so it cannot close a code span or make a live link or image.
    item.tooltip = new vscode.MarkdownString(`${escapeMarkdown(finding.message)}\n\n${escapeMarkdown(`${file}:${finding.line}:${finding.column}`)}`);
    const severity = this.settings.for(uri).rules[finding.ruleId];
    item.iconPath = new vscode.ThemeIcon(SEVERITY_ICON[severity === 'off' ? 'info' : severity]);
    item.contextValue = 'perfCoach.finding';
    const args: RevealFindingArgs = { uri: uri.toString(), range: [range.start.line, range.start.character, range.end.line, range.end.character] };
    item.command = { command: Commands.revealFinding, title: 'Go to finding', arguments: [args] };
    return item;
  }

  private refreshSoon() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.changed.fire(undefined), REFRESH_DELAY_MS);
  }

  dispose() {
    clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }
}
