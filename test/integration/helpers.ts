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

/** Like `summarize`, without hints: what the Problems list shows (and expected-findings.json, which is `recommended`, lists). */
export function summarizeProblems(uri: vscode.Uri): string[] {
  return perfCoachDiagnostics(uri)
    .filter((d) => d.severity !== vscode.DiagnosticSeverity.Hint)
    .map((d) => `${d.range.start.line + 1} ${typeof d.code === 'object' ? String(d.code.value) : String(d.code)}`)
    .sort();
}

/** Waits until the diagnostics of `uri` satisfy `check` (they are published right after analysis). */
export async function diagnosticsWhere(uri: vscode.Uri, check: (d: vscode.Diagnostic[]) => boolean, what: string) {
  try {
    return await waitFor(what, () => {
      const list = perfCoachDiagnostics(uri);
      return check(list) ? list : undefined;
    });
  } catch (error) {
    // Say what was there instead: a timing failure on a loaded CI machine is otherwise a guess.
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${await describe(uri)}`);
  }
}

/**
 * Open, close, save and dirty-state events per file since the suite started, for failure
 * messages: a document that a test thought was edited may have been saved or re-opened.
 */
const documentEvents = new Map<string, string[]>();
const started = performance.now();
function record(uri: vscode.Uri, what: string) {
  const key = uri.toString();
  const list = documentEvents.get(key) ?? [];
  list.push(`${Math.round(performance.now() - started)} ms ${what}`);
  documentEvents.set(key, list.slice(-20));
}
vscode.workspace.onDidOpenTextDocument((d) => record(d.uri, `opened v${d.version}`));
vscode.workspace.onDidCloseTextDocument((d) => record(d.uri, `closed v${d.version}`));
vscode.workspace.onDidSaveTextDocument((d) => record(d.uri, `saved v${d.version}`));
vscode.workspace.onDidChangeTextDocument((e) => record(e.document.uri, `changed -> v${e.document.version}${e.document.isDirty ? ' dirty' : ' clean'}${e.contentChanges.length ? '' : ' (no text change)'}${e.reason ? ` reason ${e.reason}` : ''}`));

/** The document's version and first lines, the store's entry and the published diagnostics. */
async function describe(uri: vscode.Uri): Promise<string> {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  const entry = (await api()).findings(uri);
  return [
    `document: ${doc ? `v${doc.version}${doc.isDirty ? ' (unsaved)' : ''}` : 'not open'}`,
    ...(doc ? doc.getText().split('\n').slice(0, 14).map((l, i) => `  ${i + 1}| ${l}`) : []),
    `store: ${entry ? `v${entry.version ?? '-'} from ${entry.origin}, ${entry.findings.map((f) => `${f.line} ${f.ruleId}`).join(', ') || 'no findings'}${entry.parseError ? `, parse error ${entry.parseError.message}` : ''}${entry.skipped ? `, skipped: ${entry.skipped}` : ''}` : 'no entry'}`,
    `diagnostics: ${summarize(uri).join(', ') || 'none'}`,
    'events:',
    ...(documentEvents.get(uri.toString()) ?? []).map((e) => `  ${e}`),
  ].join('\n');
}

/** Throws away unsaved edits so the next test sees the file as on disk. */
export async function revert(doc: vscode.TextDocument) {
  record(doc.uri, `revert asked at v${doc.version}${doc.isDirty ? ' dirty' : ' clean'}`);
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
