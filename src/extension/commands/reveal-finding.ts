import * as vscode from 'vscode';
import { Commands } from '../constants';

export interface RevealFindingArgs {
  uri: string;
  /** 0-based [startLine, startCharacter, endLine, endCharacter]. */
  range: [number, number, number, number];
}

/** Internal: a click in the findings view opens the file with the finding selected. */
export function registerRevealFinding(): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.revealFinding, async (args?: RevealFindingArgs) => {
    if (!args) return;
    const range = new vscode.Range(...args.range);
    const editor = await vscode.window.showTextDocument(vscode.Uri.parse(args.uri), { selection: range, preserveFocus: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  });
}
