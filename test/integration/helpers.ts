import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { PerfCoachApi } from '../../src/extension/extension';

export const EXTENSION_ID = 'perf-coach.perf-coach';

export interface ExpectedFinding {
  file: string;
  line: number;
  rule: string;
}

export async function api(): Promise<PerfCoachApi> {
  const ext = vscode.extensions.getExtension<PerfCoachApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is loaded`);
  return ext.activate();
}

/** The workspace: a temporary copy of examples/ (test/integration/run.mjs makes it). */
export function root(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return folder.uri;
}

export function file(rel: string): vscode.Uri {
  return vscode.Uri.joinPath(root(), ...rel.split('/'));
}

export function expectedFindings(): ExpectedFinding[] {
  return JSON.parse(readFileSync(join(root().fsPath, 'expected-findings.json'), 'utf8')) as ExpectedFinding[];
}

export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Opens a document and waits until Perf Coach has analysed its current version. */
export async function openAnalysed(uri: vscode.Uri, show = false): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(uri);
  if (show) await vscode.window.showTextDocument(doc);
  await analysed(doc);
  return doc;
}

export async function analysed(doc: vscode.TextDocument, timeoutMs = 15_000) {
  const coach = await api();
  await waitFor(`analysis of ${vscode.workspace.asRelativePath(doc.uri)} v${doc.version}`, () => coach.findings(doc.uri)?.version === doc.version, timeoutMs);
}

export function perfCoachDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Perf Coach');
}

/** `line rule` (1-based line) for each of our diagnostics, sorted. */
export function summarize(uri: vscode.Uri): string[] {
  return perfCoachDiagnostics(uri)
    .map((d) => `${d.range.start.line + 1} ${typeof d.code === 'object' ? String(d.code.value) : String(d.code)}`)
    .sort();
}

/** Waits until the diagnostics of `uri` satisfy `check` (they are published right after analysis). */
export function diagnosticsWhere(uri: vscode.Uri, check: (d: vscode.Diagnostic[]) => boolean, what: string) {
  return waitFor(what, () => {
    const list = perfCoachDiagnostics(uri);
    return check(list) ? list : undefined;
  });
}

/** Throws away unsaved edits so the next test sees the file as on disk. */
export async function revert(doc: vscode.TextDocument) {
  if (!doc.isDirty) return;
  await vscode.window.showTextDocument(doc);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await waitFor(`revert of ${doc.fileName}`, () => !doc.isDirty);
}

/** Webview tabs of the explainer panel. */
export function explainerTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('perfCoach.explainer'));
}

export async function closeAllEditors() {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
