// The topic browser (view `perfCoach.topics`), after vscode-extension-samples'
// tree-view-sample: elements are plain data (TopicNode), the TreeItem is
// built in getTreeItem, `refresh()` fires onDidChangeTreeData, and
// `contextValue` is there for menus. The structure lives in topic-tree-model.ts.
import * as vscode from 'vscode';
import type { CatalogStore } from './catalog.js';
import { describeTopicNode, topicChildren, topicParent, type TopicNode } from './topic-tree-model.js';

export class TopicTreeProvider implements vscode.TreeDataProvider<TopicNode> {
  private readonly changed = new vscode.EventEmitter<TopicNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  /** `openCommand` is called with (kind, id) when an item is clicked. */
  constructor(
    private readonly store: CatalogStore,
    private readonly openCommand: string,
  ) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  async getChildren(node?: TopicNode): Promise<TopicNode[]> {
    // An empty list shows the view's welcome content; the store has already reported why.
    const index = await this.store.get();
    return index ? topicChildren(index, node) : [];
  }

  async getParent(node: TopicNode): Promise<TopicNode | undefined> {
    const index = await this.store.get();
    return index ? topicParent(node, index) : undefined;
  }

  async getTreeItem(node: TopicNode): Promise<vscode.TreeItem> {
    const index = await this.store.get();
    const d = index ? describeTopicNode(index, node) : undefined;
    if (!d) return new vscode.TreeItem('(missing from the catalog)', vscode.TreeItemCollapsibleState.None);
    const item = new vscode.TreeItem(d.label, d.expandable ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = d.key;
    item.description = d.description;
    item.tooltip = d.tooltip;
    item.iconPath = new vscode.ThemeIcon(d.icon);
    item.contextValue = d.contextValue;
    item.accessibilityInformation = { label: d.description ? `${d.label}, ${d.description}` : d.label };
    if (d.opens) item.command = { command: this.openCommand, title: 'Open in the Perf Coach panel', arguments: [d.opens.kind, d.opens.id] };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
