import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { KnowledgeUi } from '../knowledge-ui';

/** Internal: target of the hover's "Interview question" link. */
export function registerOpenQuestion(knowledge: () => KnowledgeUi): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.openQuestion, (id?: string) => (typeof id === 'string' ? knowledge().openQuestion(id) : undefined));
}
