import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from './harness';
import { api, expectedFindings, waitFor } from './helpers';

async function labelOf(provider: vscode.TreeDataProvider<unknown>, node: unknown): Promise<string> {
  const item = await provider.getTreeItem(node);
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

test('the topics view lists the knowledge categories', async () => {
  const { views } = await api();
  const roots = (await views.topics.getChildren()) ?? [];
  const labels = await Promise.all(roots.map((n) => labelOf(views.topics, n)));
  assert.ok(labels.length >= 6, `categories: ${labels.join(', ')}`);
  assert.ok(labels.some((l) => /database/i.test(l)), `a Database category in ${labels.join(', ')}`);
  // Categories open onto topics.
  const children = (await views.topics.getChildren(roots[0])) ?? [];
  assert.ok(children.length > 0, 'the first category has entries');
});

test('the findings view groups the open files\' findings by pattern, with counts', async () => {
  const { views } = await api();
  const expected = new Map<string, number>();
  for (const e of expectedFindings()) expected.set(e.rule.replace('perf-coach/', ''), (expected.get(e.rule.replace('perf-coach/', '')) ?? 0) + 1);
  // Every example file was opened by the diagnostics test, so every finding is known.
  const groups = await waitFor('five groups', async () => {
    const roots = ((await views.findings.getChildren()) ?? []) as Array<{ kind: string; ruleId: string; count: number }>;
    return roots.length === 5 ? roots : undefined;
  });
  assert.deepEqual(Object.fromEntries(groups.map((g) => [g.ruleId, g.count])), Object.fromEntries(expected));
  const item = await views.findings.getTreeItem(groups[0]);
  assert.match(String(item.description), /^\d+ findings?$/);
  assert.ok(item.iconPath instanceof vscode.ThemeIcon);

  const findings = (await views.findings.getChildren(groups[0])) ?? [];
  assert.equal(findings.length, groups[0].count);
  const leaf = await views.findings.getTreeItem(findings[0]);
  assert.equal(leaf.command?.command, 'perfCoach.revealFinding');
  // The message quotes code in backticks: in the tooltip's Markdown every one of them is escaped.
  const tooltip = (leaf.tooltip as vscode.MarkdownString).value;
  assert.match(tooltip, /\\`/, tooltip);
  assert.doesNotMatch(tooltip, /(^|[^\\])[`!\[\]()<>]/, tooltip);
  await vscode.commands.executeCommand(leaf.command!.command, ...(leaf.command!.arguments ?? []));
  const editor = await waitFor('the finding revealed', () => vscode.window.activeTextEditor);
  const [args] = leaf.command!.arguments as [{ uri: string; range: number[] }];
  assert.equal(editor.document.uri.toString(), args.uri);
  assert.equal(editor.selection.start.line, args.range[0]);
});
