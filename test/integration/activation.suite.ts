import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from './harness';
import { api, file, openAnalysed } from './helpers';
import { metrics } from './metrics';

test('activation only registers: the analysis workers are not started yet', async () => {
  const coach = await api();
  assert.ok(coach.activationMs > 0, 'activation time is measured');
  metrics.activationMs = Math.round(coach.activationMs * 10) / 10;
  // No JS/TS document has been opened in this window yet.
  assert.equal(coach.workersStarted(), false);
});

test('contributed commands are all registered', async () => {
  const ext = vscode.extensions.getExtension('perf-coach.perf-coach')!;
  const contributed = (ext.packageJSON.contributes.commands as Array<{ command: string }>).map((c) => c.command);
  const registered = new Set(await vscode.commands.getCommands(true));
  assert.deepEqual(contributed.filter((c) => !registered.has(c)), []);
  assert.ok(contributed.includes('perfCoach.explainPattern'));
});

test('the first analysis starts the workers (cold start measured)', async () => {
  const coach = await api();
  const started = performance.now();
  await openAnalysed(file('express-api/src/app.ts'));
  metrics.firstAnalysisMs = Math.round(performance.now() - started);
  assert.equal(coach.workersStarted(), true);
});
