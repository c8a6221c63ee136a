import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { OutputLog } from '../output-log';

/** Internal: the status item's click shows what Perf Coach did and why. */
export function registerShowOutput(log: OutputLog): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.showOutput, () => log.show(true));
}
