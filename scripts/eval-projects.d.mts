// Types for eval-projects.mjs (plain JS so it runs under Node without a build step).
export interface Scored {
  ruleId: string;
  /** `<project>/<path in the project>`. */
  file: string;
  line: number;
}
export interface Reported extends Scored {
  column: number;
  message: string;
}
export interface RuleRow {
  rule: string;
  labels: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  inPlugin?: boolean;
}
export interface Evaluation {
  projects: string[];
  /** Project name → its source files, relative to the project folder. */
  filesByProject: Record<string, string[]>;
  files: number;
  /** `// ok:` look-alike markers. */
  negatives: Array<{ file: string; line: number }>;
  rows: RuleRow[];
  totals: RuleRow;
  truePositives: Scored[];
  falsePositives: Reported[];
  falseNegatives: Scored[];
  /** Every perf-coach finding ESLint reported. */
  findings: Reported[];
  parseErrors: Array<{ file: string; line: number; column: number; message: string }>;
  crashes: Array<{ file: string; rule: string | null; message: string }>;
  labelProblems: Array<{ file: string; line: number; message: string }>;
  otherMessages: Array<{ file: string; line: number; message: string }>;
}
export declare const PLUGIN_PREFIX: string;
export declare function listProjects(dir: string): string[];
export declare function listSourceFiles(dir: string): string[];
export declare function readLabels(code: string): {
  expected: Array<{ ruleId: string; line: number }>;
  negatives: Array<{ line: number }>;
  problems: Array<{ line: number; message: string }>;
};
export declare function evaluateProjects(options: { plugin: unknown; projectsDir?: string; only?: string | null }): Promise<Evaluation>;
export declare function formatTable(rows: RuleRow[]): string;
