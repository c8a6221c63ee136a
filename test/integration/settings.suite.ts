import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from './harness';
import { analysed, api, diagnosticsWhere, file, openAnalysed, perfCoachDiagnostics, waitFor } from './helpers';

const config = () => vscode.workspace.getConfiguration('perfCoach');
const N_PLUS_ONE_FILE = 'express-api/src/services/orders.ts';

async function set(key: string, value: unknown) {
  await config().update(key, value, vscode.ConfigurationTarget.Workspace);
}

test('per-rule severity and "off" from perfCoach.rules apply at once', async () => {
  const uri = file(N_PLUS_ONE_FILE);
  await openAnalysed(uri);
  try {
    await set('rules', { 'no-n-plus-one': 'error' });
    await diagnosticsWhere(uri, (l) => l.length === 1 && l[0].severity === vscode.DiagnosticSeverity.Error, 'an error');
    await set('rules', { 'perf-coach/no-n-plus-one': 'info' });
    await diagnosticsWhere(uri, (l) => l.length === 1 && l[0].severity === vscode.DiagnosticSeverity.Information, 'information');
    await set('rules', { 'no-n-plus-one': 'off' });
    await diagnosticsWhere(uri, (l) => l.length === 0, 'no finding');
  } finally {
    await set('rules', undefined);
  }
  await diagnosticsWhere(uri, (l) => l.length === 1 && l[0].severity === vscode.DiagnosticSeverity.Warning, 'the default warning again');
});

test('invalid settings fall back to defaults without breaking analysis', async () => {
  const uri = file(N_PLUS_ONE_FILE);
  try {
    await set('rules', { 'no-n-plus-one': 'loud', 'no-such-rule': 'error' });
    await set('maxFileSize', 'big');
    await set('exclude', 'not-a-list');
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), '\n'));
    await analysed(doc);
    await diagnosticsWhere(uri, (l) => l.length === 1 && l[0].severity === vscode.DiagnosticSeverity.Warning, 'the finding, as a warning');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  } finally {
    await set('rules', undefined);
    await set('maxFileSize', undefined);
    await set('exclude', undefined);
  }
});

test('files over perfCoach.maxFileSize are skipped with a reason', async () => {
  const uri = file(N_PLUS_ONE_FILE);
  const doc = await vscode.workspace.openTextDocument(uri);
  const coach = await api();
  try {
    await set('maxFileSize', 1);
    const entry = await waitFor('the file to be skipped', () => (coach.findings(uri)?.skipped ? coach.findings(uri) : undefined));
    assert.match(entry.skipped ?? '', /larger than 1 kB/);
    assert.equal(perfCoachDiagnostics(uri).length, 0);
  } finally {
    await set('maxFileSize', undefined);
  }
  await waitFor('findings again', () => coach.findings(uri)?.findings.length === 1 && coach.findings(uri)?.version === doc.version);
});

test('an analysis slower than perfCoach.timeBudgetMs is flagged', async () => {
  const coach = await api();
  try {
    await set('timeBudgetMs', 1);
    const body = Array.from({ length: 300 }, (_, i) => `export async function load${i}(ids: string[]) {\n  for (const id of ids) {\n    await prisma.user.findUnique({ where: { id } });\n  }\n}\n`).join('');
    const slow = new Promise<boolean>((resolve) => {
      const sub = coach.onDidTime((e) => {
        if (e.uri.scheme !== 'untitled') return;
        sub.dispose();
        resolve(e.overBudget);
      });
    });
    await vscode.workspace.openTextDocument({ language: 'typescript', content: `import { PrismaClient } from '@prisma/client';\nconst prisma = new PrismaClient();\n${body}` });
    assert.equal(await slow, true);
  } finally {
    await set('timeBudgetMs', undefined);
  }
});

test('a settings change that cannot change findings does not re-analyse open files', async () => {
  const uri = file(N_PLUS_ONE_FILE);
  const doc = await openAnalysed(uri);
  const coach = await api();
  const versions: number[] = [];
  const sub = coach.onDidAnalyze((e) => {
    if (e.uri.toString() === uri.toString()) versions.push(e.version);
  });
  try {
    // Changes the over-budget warning only: the same text with the same rules gives the same answer.
    await set('timeBudgetMs', 80);
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(versions, [], 'no new analysis for an unrelated setting');
    // A rule change does reach the open file.
    await set('rules', { 'no-n-plus-one': 'error' });
    await waitFor('a re-analysis after a rule change', () => versions.length > 0);
    assert.deepEqual(versions, [doc.version]);
  } finally {
    sub.dispose();
    await set('timeBudgetMs', undefined);
    await set('rules', undefined);
  }
  await diagnosticsWhere(uri, (l) => l.length === 1 && l[0].severity === vscode.DiagnosticSeverity.Warning, 'the default warning again');
});
