import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from './harness';
import { closeAllEditors, explainerTabs, file, openAnalysed, perfCoachDiagnostics, waitFor } from './helpers';

function markdownOf(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

test('hover on a finding: why, cost, and links to the explainer and a question', async () => {
  const uri = file('express-api/src/services/orders.ts');
  await openAnalysed(uri);
  const d = perfCoachDiagnostics(uri)[0];
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, d.range.start.translate(0, 2));
  const md = markdownOf(hovers);
  assert.match(md, /\*\*Perf Coach\*\*/);
  assert.match(md, /\*Cost:\*/);
  assert.match(md, /command:perfCoach\.explainFinding\?/);
  assert.match(md, /command:perfCoach\.openQuestion\?/);
  // Away from the finding, no Perf Coach hover.
  const elsewhere = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(0, 0));
  assert.doesNotMatch(markdownOf(elsewhere), /Perf Coach/);
});

test('"Explain This Pattern" on a finding opens the explainer panel', async () => {
  await closeAllEditors();
  const uri = file('express-api/src/services/orders.ts');
  const doc = await openAnalysed(uri);
  const d = perfCoachDiagnostics(uri)[0];
  await vscode.window.showTextDocument(doc, { selection: new vscode.Range(d.range.start, d.range.start) });
  await vscode.commands.executeCommand('perfCoach.explainPattern');
  const [tab] = await waitFor('the explainer panel', () => (explainerTabs().length ? explainerTabs() : undefined));
  assert.ok(tab.label.length > 0, `panel titled "${tab.label}"`);
  assert.equal(explainerTabs().length, 1, 'one reused panel');
});

test('the diagnostic code link opens the same (reused) panel', async () => {
  const uri = file('nest-api/src/users/users.service.ts');
  await openAnalysed(uri);
  const d = perfCoachDiagnostics(uri).find((x) => String((x.code as { value: string }).value).endsWith('no-sync-logging'))!;
  const target = (d.code as { target: vscode.Uri }).target;
  const args = JSON.parse(decodeURIComponent(target.query)) as unknown[];
  await vscode.commands.executeCommand(target.path, ...args);
  await waitFor('the panel to show the new rule', () => explainerTabs().length === 1 && explainerTabs()[0].isActive);
});

test('Browse Topics, Practice Interview Question and Show Log run', async () => {
  await vscode.commands.executeCommand('perfCoach.browseTopics');
  await vscode.commands.executeCommand('perfCoach.practiceQuestion');
  await waitFor('the panel with a question', () => explainerTabs().length === 1);
  await vscode.commands.executeCommand('perfCoach.showOutput');
  await vscode.commands.executeCommand('perfCoach.openQuestion', 'q-n-plus-one');
  // The "Get started" walkthrough is contributed and opens.
  await vscode.commands.executeCommand('workbench.action.openWalkthrough', 'perf-coach.perf-coach#getStarted', false);
  await closeAllEditors();
});
