import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { ExplainFindingArgs } from '../explain-link';
import { findingRange, type FindingsStore } from '../findings-store';
import type { KnowledgeUi } from '../knowledge-ui';

/**
 * "Perf Coach: Explain This Pattern": the finding under the cursor (or on its line), else a
 * quick pick of every pattern.
 */
export function registerExplainPattern(store: FindingsStore, knowledge: () => KnowledgeUi): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.explainPattern, () => {
    const editor = vscode.window.activeTextEditor;
    if (editor) {
      const at = editor.selection.active;
      const finding = store.findingAt(editor.document.uri, at) ?? store.get(editor.document.uri)?.findings.find((f) => f.line - 1 === at.line);
      if (finding) {
        const start = findingRange(finding).start;
        const args: ExplainFindingArgs = { ruleId: finding.ruleId, uri: editor.document.uri.toString(), line: start.line, character: start.character };
        return vscode.commands.executeCommand(Commands.explainFinding, args);
      }
    }
    return knowledge().pickPattern();
  });
}
