import * as vscode from 'vscode';
import type { AnalysisSettings } from '../host/protocol';
import { LANGUAGES } from './constants';
import type { PerfCoachSettings } from './settings';

/**
 * Which documents Perf Coach analyses, and how it names them to the worker. Only files on disk
 * and untitled buffers: other schemes (git diffs, virtual file systems, output panes, notebooks)
 * are someone else's text, and in a virtual workspace there is no disk for the rules to reason
 * about paths on.
 */
export const languageSelector: vscode.DocumentSelector = LANGUAGES.flatMap((language) => [
  { language, scheme: 'file' },
  { language, scheme: 'untitled' },
]);

export function isAnalysable(doc: vscode.TextDocument): boolean {
  return (doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled') && (LANGUAGES as readonly string[]).includes(doc.languageId);
}

const UNTITLED_EXTENSION: Record<string, string> = { javascript: '.js', javascriptreact: '.jsx', typescript: '.ts', typescriptreact: '.tsx' };

/** The path the rules see: the file's own, or for an untitled buffer a name whose extension picks the parser. */
export function analysisFilename(doc: vscode.TextDocument): string {
  if (doc.uri.scheme === 'file') return doc.uri.fsPath;
  const name = doc.uri.path.replace(/[^\w.-]+/g, '-') || 'untitled';
  return `/untitled/${name}${UNTITLED_EXTENSION[doc.languageId] ?? '.js'}`;
}

export function workerSettings(settings: PerfCoachSettings, uri: vscode.Uri): AnalysisSettings {
  return {
    rules: settings.rules,
    options: settings.analysis,
    maxBytes: settings.maxFileSizeKb * 1000,
    cwd: uri.scheme === 'file' ? vscode.workspace.getWorkspaceFolder(uri)?.uri.fsPath : undefined,
  };
}
