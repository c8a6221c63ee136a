import * as vscode from 'vscode';
import { EXTENSION_NAME } from './constants';

/**
 * The "Perf Coach" output channel: where skipped files, parse errors, slow analyses and our own
 * failures are explained. A LogOutputChannel adds timestamps and levels, and is created at
 * activation because it is cheap (no output is written until something happens).
 */
export type OutputLog = vscode.LogOutputChannel;

export function createOutputLog(): OutputLog {
  return vscode.window.createOutputChannel(EXTENSION_NAME, { log: true });
}
