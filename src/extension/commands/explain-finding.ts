import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { ExplainFindingArgs } from '../explain-link';
import { findingRange, type FindingsStore } from '../findings-store';
import type { FindingForExplainer, KnowledgeUi } from '../knowledge-ui';
import type { FindingsNode } from '../views/findings-tree';
import { detectLibrary, findingCode } from '../knowledge/user-code';

/** The flagged code shown in the panel: whole lines, capped so a huge statement stays readable. */
const MAX_SNIPPET_LINES = 12;

/**
 * Internal command behind every "explain" link (diagnostic code, hover, code action, findings
 * view): opens the explainer on the rule, with the user's own flagged code when it can be found.
 */
export function registerExplainFinding(store: FindingsStore, knowledge: () => KnowledgeUi): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.explainFinding, async (arg?: unknown) => {
    const args = explainArgs(arg);
    if (!args) return knowledge().pickPattern();
    return knowledge().explain(args.ruleId, await snapshot(store, args));
  });
}

async function snapshot(store: FindingsStore, args: ExplainFindingArgs): Promise<FindingForExplainer | undefined> {
  if (!args.uri || args.line === undefined) return undefined;
  const uri = vscode.Uri.parse(args.uri);
  const at = new vscode.Position(args.line, args.character ?? 0);
  const finding = store.findingAt(uri, at) ?? store.get(uri)?.findings.find((f) => f.ruleId === args.ruleId && f.line - 1 === args.line);
  if (!finding) return undefined;
  let doc: vscode.TextDocument;
  try {
    doc = await vscode.workspace.openTextDocument(uri);
  } catch {
    return { message: finding.message, snippet: '', uri: args.uri, line: args.line };
  }
  const range = findingRange(finding);
  const last = Math.min(range.end.line, range.start.line + MAX_SNIPPET_LINES - 1, doc.lineCount - 1);
  const lines: string[] = [];
  for (let i = range.start.line; i <= last; i++) lines.push(doc.lineAt(i).text);
  if (last < range.end.line) lines.push('…');
  const snippet = lines.join('\n');
  // The finding's offsets are valid for the text it was found in: the store's version of the document.
  const entry = store.get(uri);
  const current = entry?.version === undefined || entry.version === doc.version;
  const text = doc.getText();
  const code = current ? findingCode(text, finding.range, doc.fileName, finding.suggestions[0]) : undefined;
  return { message: finding.message, snippet, uri: args.uri, line: range.start.line, code, library: detectLibrary(snippet, text) };
}

/** Links pass ExplainFindingArgs; the findings view's inline action passes its tree node. */
function explainArgs(arg: unknown): ExplainFindingArgs | undefined {
  if (!arg || typeof arg !== 'object') return undefined;
  const node = arg as Partial<FindingsNode> & Partial<ExplainFindingArgs>;
  if (node.kind === 'finding' && node.finding && node.uri) {
    return { ruleId: node.finding.ruleId, uri: node.uri.toString(), line: node.finding.line - 1, character: node.finding.column - 1 };
  }
  return typeof node.ruleId === 'string' ? { ruleId: node.ruleId, uri: node.uri as string | undefined, line: node.line, character: node.character } : undefined;
}
