import type * as vscode from 'vscode';
import type { FindingCode } from './knowledge/user-code';

/**
 * What the extension needs from the knowledge UI (src/extension/knowledge/: the explainer panel,
 * the topic tree, interview practice). This is the whole contract between the two halves; the
 * assignment in extension.ts type-checks the implementation against it.
 */
export interface FindingForExplainer {
  message: string;
  /** The flagged source lines, as text (the panel escapes it). */
  snippet: string;
  /** `uri.toString()` of the document. */
  uri: string;
  /** 0-based line of the finding. */
  line: number;
  /** The flagged lines with context and the rule's fix of them (knowledge/user-code.ts). */
  code?: FindingCode;
  /** The library behind the flagged code, when recognised. */
  library?: string;
}

export interface KnowledgeUi {
  /** Opens (or reuses) the explainer panel on a rule, with the user's finding beside the fix. */
  explain(ruleId: string, finding?: FindingForExplainer): unknown;
  /** Quick pick of all patterns; opens the chosen one. */
  pickPattern(): unknown;
  openTopic(id: string): unknown;
  openQuestion(id: string): unknown;
  /** A question related to the rules found in this workspace (any question when none). */
  practiceQuestion(foundRuleIds: string[]): unknown;
  /** Provider of the `perfCoach.topics` view. */
  topicTreeProvider: vscode.TreeDataProvider<unknown>;
}
