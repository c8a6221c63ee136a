import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { ScanSummary } from '../../src/extension/scan/workspace-scan';
import { test } from './harness';
import { closeAllEditors, expectedFindings, root, summarize, summarizeProblems } from './helpers';
import { metrics } from './metrics';

function countByRule(list: Array<{ rule: string }>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of list) {
    const id = e.rule.replace('perf-coach/', '');
    out[id] = (out[id] ?? 0) + 1;
  }
  return out;
}

function sorted(o: Record<string, number>) {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}

test('Scan Workspace finds the expected findings in every example file', async () => {
  await closeAllEditors();
  const summary = await vscode.commands.executeCommand<ScanSummary>('perfCoach.scanWorkspace');
  assert.ok(summary, 'the command returns its summary');
  assert.equal(summary.cancelled, false);
  assert.equal(summary.failed, 0);
  assert.equal(summary.findings, expectedFindings().length);
  assert.deepEqual(sorted(summary.byRule), sorted(countByRule(expectedFindings())));
  // The summary counts the files the progress counted: every checked file, and those with findings.
  assert.equal(summary.checked, summary.found - summary.excluded);
  assert.equal(summary.filesWithFindings, new Set(expectedFindings().map((e) => e.file)).size);
  metrics.scan = { files: summary.analysed, findings: summary.findings, ms: Math.round(summary.ms) };

  // The Problems panel has them too, per file and line.
  const byFile = new Map<string, string[]>();
  for (const e of expectedFindings()) byFile.set(e.file, [...(byFile.get(e.file) ?? []), `${e.line} ${e.rule}`]);
  for (const [rel, lines] of byFile) assert.deepEqual(summarizeProblems(vscode.Uri.joinPath(root(), rel)), lines.sort(), rel);
}, 60_000);

test('the scan skips .gitignore, files.exclude and perfCoach.exclude matches', async () => {
  const gitignore = join(root().fsPath, '.gitignore');
  writeFileSync(gitignore, '# test\nexpress-api/src/services/audit.ts\n');
  const workspaceConfig = (section: string) => vscode.workspace.getConfiguration(section);
  try {
    await workspaceConfig('perfCoach').update('exclude', ['nest-api/**'], vscode.ConfigurationTarget.Workspace);
    await workspaceConfig('files').update('exclude', { '**/carrier.ts': true }, vscode.ConfigurationTarget.Workspace);
    const summary = await vscode.commands.executeCommand<ScanSummary>('perfCoach.scanWorkspace');
    const expected = expectedFindings().filter((e) => e.file.startsWith('express-api/') && !/audit\.ts$|carrier\.ts$/.test(e.file));
    assert.equal(summary.findings, expected.length);
    assert.deepEqual(sorted(summary.byRule), sorted(countByRule(expected)));
    // Scanned: express-api's files but audit.ts (.gitignore) and carrier.ts (files.exclude). VS Code's
    // file search may already leave .gitignore'd files out, so count what was scanned, not what was excluded.
    const expressFiles = await vscode.workspace.findFiles(new vscode.RelativePattern(root(), 'express-api/**/*.ts'), null);
    assert.equal(summary.found - summary.excluded, expressFiles.length - 2, JSON.stringify(summary));
    // Files the earlier scan reported and this one excluded are no longer in Problems.
    assert.deepEqual(summarize(vscode.Uri.joinPath(root(), 'express-api/src/services/audit.ts')), []);
  } finally {
    rmSync(gitignore, { force: true });
    await workspaceConfig('perfCoach').update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
    await workspaceConfig('files').update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
  }
}, 60_000);
