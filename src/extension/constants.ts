/**
 * Ids the manifest (package.json `contributes`) and the code share. Written once here so a rename
 * cannot leave a command registered under one name and contributed under another.
 */
export const EXTENSION_NAME = 'Perf Coach';
/** `Diagnostic.source`, what the Problems panel shows next to each finding. */
export const DIAGNOSTIC_SOURCE = 'Perf Coach';
export const RULE_PREFIX = 'perf-coach/';
export const CONFIG_SECTION = 'perfCoach';

export const Commands = {
  explainPattern: 'perfCoach.explainPattern',
  scanWorkspace: 'perfCoach.scanWorkspace',
  browseTopics: 'perfCoach.browseTopics',
  practiceQuestion: 'perfCoach.practiceQuestion',
  // Internal: targets of links and tree items, hidden from the palette.
  explainFinding: 'perfCoach.explainFinding',
  openQuestion: 'perfCoach.openQuestion',
  revealFinding: 'perfCoach.revealFinding',
  showOutput: 'perfCoach.showOutput',
} as const;

export const Views = {
  container: 'perfCoach',
  topics: 'perfCoach.topics',
  findings: 'perfCoach.findings',
} as const;

/** The webview panel type the knowledge UI registers its serializer for. */
export const EXPLAINER_VIEW_TYPE = 'perfCoach.explainer';

/** Languages analysed; each maps to the JS/TS file extensions VS Code assigns to it. */
export const LANGUAGES = ['javascript', 'javascriptreact', 'typescript', 'typescriptreact'] as const;

/** The workspace scan's include glob. */
export const SOURCE_GLOB = '**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}';
