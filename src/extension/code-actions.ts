import * as vscode from 'vscode';
import type { HostFinding } from '../host/lint-text';
import { Commands, RULE_PREFIX } from './constants';
import { ruleIdOf } from './diagnostics-publisher';
import { disableForFile, disableForLine, type TextEdit } from './disable-comments';
import type { ExplainFindingArgs } from './explain-link';
import { findingRange, type FindingsStore } from './findings-store';
import { plainText } from './plain-text';

/**
 * Quick fixes on each Perf Coach diagnostic: explain it, apply the rule's suggestions, or silence
 * it with an eslint-disable comment for the line or the file. Every edit is a WorkspaceEdit, so
 * it can be previewed (Ctrl+Enter in the light bulb menu) and undone like typing.
 */
export class PerfCoachCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly store: FindingsStore) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const entry = this.store.get(doc.uri);
    // Suggestion offsets are only valid for the exact text they were computed on.
    const fresh = entry?.version === doc.version;
    const lines = context.diagnostics.some((d) => ruleIdOf(d)) ? docLines(doc) : [];
    const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    for (const diagnostic of context.diagnostics) {
      const ruleId = ruleIdOf(diagnostic);
      if (!ruleId) continue;
      const qualified = `${RULE_PREFIX}${ruleId}`;
      const finding = fresh ? entry.findings.find((f) => f.ruleId === ruleId && findingRange(f).isEqual(diagnostic.range)) : undefined;

      for (const suggestion of finding?.suggestions ?? []) {
        actions.push(this.suggestionAction(doc, diagnostic, finding!, suggestion));
      }

      const explain = new vscode.CodeAction(`Explain this pattern (${qualified})`, vscode.CodeActionKind.QuickFix);
      const args: ExplainFindingArgs = { ruleId, uri: doc.uri.toString(), line: diagnostic.range.start.line, character: diagnostic.range.start.character };
      explain.command = { command: Commands.explainFinding, title: explain.title, arguments: [args] };
      explain.diagnostics = [diagnostic];
      actions.push(explain);

      const lineEdit = disableForLine(lines, diagnostic.range.start.line, qualified, eol);
      if (lineEdit) actions.push(this.editAction(`Disable ${qualified} for this line`, doc, diagnostic, lineEdit));
      const fileEdit = disableForFile(lines, qualified, eol);
      if (fileEdit) actions.push(this.editAction(`Disable ${qualified} for this file`, doc, diagnostic, fileEdit));
    }
    return actions;
  }

  private suggestionAction(doc: vscode.TextDocument, diagnostic: vscode.Diagnostic, finding: HostFinding, s: HostFinding['suggestions'][number]) {
    const action = new vscode.CodeAction(plainText(s.desc), vscode.CodeActionKind.QuickFix);
    const edit = new vscode.WorkspaceEdit();
    // One edit per part (an import at the top, a replacement at the finding), not one span over both.
    for (const e of s.edits?.length ? s.edits : [s.fix]) {
      edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.range[0]), doc.positionAt(e.range[1])), e.text, {
        label: plainText(s.desc),
        needsConfirmation: false,
      });
    }
    action.edit = edit;
    action.diagnostics = [diagnostic];
    // The rule's own fix is what the user most likely wants when it offers exactly one.
    action.isPreferred = finding.suggestions.length === 1;
    return action;
  }

  private editAction(title: string, doc: vscode.TextDocument, diagnostic: vscode.Diagnostic, e: TextEdit) {
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(e.line, e.character, e.line, e.endCharacter), e.text);
    action.edit = edit;
    action.diagnostics = [diagnostic];
    return action;
  }
}

function docLines(doc: vscode.TextDocument): string[] {
  const out: string[] = [];
  for (let i = 0; i < doc.lineCount; i++) out.push(doc.lineAt(i).text);
  return out;
}
