import * as vscode from 'vscode';
import { Commands, RULE_PREFIX } from './constants';
import { commandUri, type ExplainFindingArgs } from './explain-link';
import { findingRange, type FindingsStore } from './findings-store';
import type { RuleCatalog } from './rule-catalog';
import type { SettingsService } from './settings-service';

/**
 * Hover on a flagged range: why the pattern costs and how much, in one line each, with links to
 * the explainer and the related interview question. VS Code already shows the diagnostic's
 * message in the same hover, so this adds the teaching, not a repeat of the message.
 */
export class PerfCoachHover implements vscode.HoverProvider {
  constructor(
    private readonly store: FindingsStore,
    private readonly catalog: RuleCatalog,
    private readonly settings: SettingsService,
  ) {}

  async provideHover(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const finding = this.store.findingAt(doc.uri, position);
    if (!finding || this.settings.for(doc.uri).rules[finding.ruleId] === 'off') return undefined;
    const range = findingRange(finding);
    const facts = await this.catalog.rule(finding.ruleId);

    const md = new vscode.MarkdownString(undefined, true);
    // Only our own commands may run from this hover's links.
    md.isTrusted = { enabledCommands: [Commands.explainFinding, Commands.openQuestion] };
    md.appendMarkdown(`**Perf Coach** · ${escape(facts?.title ?? `${RULE_PREFIX}${finding.ruleId}`)}\n\n`);
    if (facts?.summary) md.appendMarkdown(`$(info) ${escape(facts.summary)}\n\n`);
    else md.appendMarkdown(`${escape(finding.message)}\n\n`);
    if (facts?.cost) md.appendMarkdown(`$(dashboard) *Cost:* ${escape(facts.cost)}\n\n`);

    const args: ExplainFindingArgs = { ruleId: finding.ruleId, uri: doc.uri.toString(), line: range.start.line, character: range.start.character };
    const links = [`[$(book) Explain this pattern](${commandUri(Commands.explainFinding, args).toString()} "Open the explainer for this finding")`];
    const question = facts?.questions[0];
    if (question) {
      links.push(`[$(comment-discussion) Interview question](${commandUri(Commands.openQuestion, question.id).toString()} "${escapeTitle(question.question)}")`);
    }
    md.appendMarkdown(links.join(' · '));
    return new vscode.Hover(md, range);
  }
}

/** Catalog text is ours, but keep Markdown and HTML out of it anyway. */
function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|$]/g, '\\$&');
}

function escapeTitle(text: string): string {
  return text.replace(/["\\]/g, "'").slice(0, 200);
}
