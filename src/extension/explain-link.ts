import * as vscode from 'vscode';
import { Commands } from './constants';

/**
 * Arguments of the internal "explain this finding" command, carried in command links (the
 * diagnostic's code, hover links) and code actions. Plain JSON, because a command URI is text.
 */
export interface ExplainFindingArgs {
  ruleId: string;
  /** `uri.toString()` of the document; absent when explaining the pattern itself. */
  uri?: string;
  /** 0-based position of the finding's start. */
  line?: number;
  character?: number;
}

export function commandUri(command: string, args: unknown): vscode.Uri {
  return vscode.Uri.parse(`command:${command}?${encodeURIComponent(JSON.stringify([args]))}`);
}

export function explainFindingUri(args: ExplainFindingArgs): vscode.Uri {
  return commandUri(Commands.explainFinding, args);
}
