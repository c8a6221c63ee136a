export interface LabelledFinding {
  app: string;
  file: string;
  line: number;
  rule: string;
  message: string;
  label: 'TP' | 'debatable' | 'FP';
}
export interface Tally {
  n: number;
  TP: number;
  debatable: number;
  FP: number;
  strict: number;
  interval: [number, number];
}
export const KINDS: Record<string, (message: string) => boolean>;
export function tally(findings: LabelledFinding[]): Tally;
export function labelledFindings(runs: Array<{ findings?: Array<Omit<LabelledFinding, 'label'>> }>, labels: Record<string, { label: string }>): LabelledFinding[];
export function originTable(findings: LabelledFinding[]): Array<[string, Tally]>;
