import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from './harness';
import { analysed, diagnosticsWhere, file, openAnalysed, perfCoachDiagnostics, revert, summarize, waitFor } from './helpers';

const USERS_SERVICE = 'nest-api/src/users/users.service.ts';
const BATCH_BEFORE_LOOP = 'Read all keys with one this.usersRepository.findBy before the loop, then look each one up.';
const SUGGESTIONS = new Set(['Start them together with Promise.all.', BATCH_BEFORE_LOOP]);

async function actionsFor(doc: vscode.TextDocument, line: number) {
  const diagnostic = perfCoachDiagnostics(doc.uri).find((d) => d.range.start.line === line);
  assert.ok(diagnostic, `a finding on line ${line + 1}`);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  // Other extensions (TypeScript's) add their own actions; ours name the rule or are its suggestions.
  // (Actions coming back through this command do not carry their diagnostics, so match by title.)
  return { diagnostic, actions: actions.filter((a) => a.title.includes('perf-coach/') || SUGGESTIONS.has(a.title)) };
}

test('each finding offers Explain, its suggestions, and disable for line / file', async () => {
  const doc = await openAnalysed(file(USERS_SERVICE));
  const { actions } = await actionsFor(doc, 22);
  assert.deepEqual(actions.map((a) => a.title), [
    'Start them together with Promise.all.',
    'Explain this pattern (perf-coach/no-sequential-await)',
    'Disable perf-coach/no-sequential-await for this line',
    'Disable perf-coach/no-sequential-await for this file',
  ]);
  const explain = actions[1];
  assert.equal(explain.command?.command, 'perfCoach.explainFinding');
  assert.deepEqual(explain.command?.arguments?.[0], { ruleId: 'no-sequential-await', uri: doc.uri.toString(), line: 22, character: 23 });
  assert.ok(actions[0].isPreferred, 'the single suggestion is the preferred fix');
  // A finding without suggestions still gets the other three.
  assert.equal((await actionsFor(doc, 45)).actions.length, 3);
});

test('a fix of two parts (a read before the loop, a look-up in it) applies as one action and undoes', async () => {
  const doc = await openAnalysed(file(USERS_SERVICE), true);
  const original = doc.getText();
  try {
    const { actions } = await actionsFor(doc, 41);
    assert.deepEqual(actions.map((a) => a.title).slice(0, 2), [BATCH_BEFORE_LOOP, 'Explain this pattern (perf-coach/no-n-plus-one)']);
    assert.equal(actions[0].edit?.size, 1, 'one document');
    assert.equal(actions[0].edit?.get(doc.uri).length, 2, 'two edits: the read before the loop and the look-up');
    assert.ok(await vscode.workspace.applyEdit(actions[0].edit!));
    assert.equal(doc.lineAt(40).text, '    const byKey = await this.usersRepository.findBy({ handle: In(handles) }).then((rows) => new Map(rows.map((row) => [String(row.handle), row] as const).reverse()));');
    assert.equal(doc.lineAt(41).text, '    for (const handle of handles) {');
    assert.equal(doc.lineAt(42).text, '      const user = byKey.get(String(handle)) ?? null;');
    await analysed(doc);
    await diagnosticsWhere(doc.uri, (l) => !l.some((d) => String((d.code as { value: string }).value).endsWith('no-n-plus-one')), 'the N+1 finding to go');
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    await waitFor('undo', () => doc.getText() === original);
  } finally {
    await revert(doc);
  }
});

test('applying the quick fix rewrites the code, clears the finding, and undoes', async () => {
  const doc = await openAnalysed(file(USERS_SERVICE), true);
  const original = doc.getText();
  try {
    const { actions } = await actionsFor(doc, 22);
    const fix = actions.find((a) => a.title.includes('Promise.all'))!;
    assert.ok(fix.edit, 'the fix is a WorkspaceEdit (previewable)');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    // The finding is on the second await (line 23); the fix rewrites both statements from line 22.
    assert.equal(doc.lineAt(21).text, '    const [user, orderCount] = await Promise.all([');
    assert.equal(doc.lineAt(22).text.trim(), 'this.usersRepository.findOneBy({ id }),');
    assert.equal(doc.lineAt(23).text.trim(), 'this.prisma.order.count({ where: { userId: id } }),');
    assert.equal(doc.lineAt(24).text, '    ]);');
    await analysed(doc);
    await diagnosticsWhere(doc.uri, (l) => !l.some((d) => String((d.code as { value: string }).value).endsWith('no-sequential-await')), 'the sequential-await finding to go');

    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    await waitFor('undo', () => doc.getText() === original);
  } finally {
    await revert(doc);
  }
});

test('"Disable … for this line" writes an indented eslint-disable-next-line comment', async () => {
  const doc = await openAnalysed(file(USERS_SERVICE));
  try {
    const { actions } = await actionsFor(doc, 22);
    const disable = actions.find((a) => a.title.endsWith('for this line'))!;
    assert.ok(await vscode.workspace.applyEdit(disable.edit!));
    assert.equal(doc.lineAt(22).text, '    // eslint-disable-next-line perf-coach/no-sequential-await');
    await analysed(doc);
    await diagnosticsWhere(doc.uri, (l) => l.length === 2, 'two findings left');
    assert.deepEqual(summarize(doc.uri), ['43 perf-coach/no-n-plus-one', '47 perf-coach/no-sync-logging']);
  } finally {
    await revert(doc);
  }
});

test('"Disable … for this file" writes a block comment at the top', async () => {
  const doc = await openAnalysed(file(USERS_SERVICE));
  try {
    const { actions } = await actionsFor(doc, 45);
    const disable = actions.find((a) => a.title.endsWith('for this file'))!;
    assert.equal(disable.title, 'Disable perf-coach/no-sync-logging for this file');
    assert.ok(await vscode.workspace.applyEdit(disable.edit!));
    assert.equal(doc.lineAt(0).text, '/* eslint-disable perf-coach/no-sync-logging */');
    await analysed(doc);
    await diagnosticsWhere(doc.uri, (l) => l.length === 2, 'two findings left');
    assert.deepEqual(summarize(doc.uri), ['24 perf-coach/no-sequential-await', '43 perf-coach/no-n-plus-one']);
  } finally {
    await revert(doc);
  }
});
