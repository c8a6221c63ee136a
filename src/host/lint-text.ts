import { parseSync } from 'oxc-parser';
import { visitorKeys } from 'oxc-parser';
import { ResolverFactory } from 'oxc-resolver';
import { parseOptions, provideNative, type NativeParts } from '../project/native';
import { summaryDigest } from '../project/project-model';
import { overlayFor, projectFor } from '../project/registry';
import { methodEffects, summarizeModule } from '../project/summarize';
import { analyzeFile, type SourceFile } from '../analysis/file-analysis';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { AnalysisOptions } from '../analysis/options';
import { rules, type RuleId } from '../rules';
import { mayReport } from '../rules/prefilters';
import { isDisabled, parseDirectives, type Comment } from './disable-directives';
import { LineIndex } from '../analysis/line-index';
import { nestingProblem } from './nesting-check';
import { reasonToSkip } from './skip-heuristics';
import { rangeOf } from '../analysis/ast';

type Ranged = { range?: [number, number]; start?: number; end?: number };

/**
 * The editor's rule host: the same rule modules as the ESLint plugin, run on oxc-parser's
 * ESTree/TS-ESTree output without ESLint's pipeline. Our rules only listen to `Program:exit`
 * and use a small part of the rule context (see docs/ARCHITECTURE.md), which is all this host
 * provides; test/host/host-parity.test.ts checks it reports what ESLint reports.
 * It parses text only: nothing from the workspace is ever executed or loaded.
 */

// This host is an ES module with static imports of the native parts: the project model uses them.
provideNative({ parseSync: parseSync as unknown as NativeParts['parseSync'], visitorKeys: visitorKeys as NativeParts['visitorKeys'], resolver: { ResolverFactory } as unknown as NativeParts['resolver'] });

export type Severity = 'error' | 'warning' | 'info';
export type RuleSeverities = Partial<Record<RuleId, Severity | 'off'>>;

export interface LintRequest {
  filename: string;
  text: string;
  /** Folder paths are judged relative to (the workspace folder). */
  cwd?: string;
  rules?: RuleSeverities;
  options?: AnalysisOptions;
  /** Files larger than this are skipped with a clear reason (default 1 MB). */
  maxBytes?: number;
  /** Unsaved documents (path → text) the project model reads instead of the disk; this file's own text is added. */
  buffers?: Record<string, string>;
  /**
   * Compute `exportsDigest` (default true). It summarises every export and method of the file,
   * which only the editor uses (to re-analyse open importers); the workspace scan skips it.
   */
  digest?: boolean;
}

/** `exportsDigest`, worked out after the findings were sent, and the modules it read to do so. */
export interface LateDigest {
  exportsDigest?: string;
  dependencies?: string[];
}

export interface HostSuggestion {
  desc: string;
  /** All of the suggestion's edits as one (ESLint's shape). */
  fix: { range: [number, number]; text: string };
  /** The same edits one by one, in order, not overlapping (an import and a replacement). */
  edits: Array<{ range: [number, number]; text: string }>;
}

export interface HostFinding {
  ruleId: RuleId;
  severity: Severity;
  message: string;
  /** 1-based, ESLint style. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  range: [number, number];
  suggestions: HostSuggestion[];
  /** Reported only with `report: 'all'`: not worth fixing where it runs (a cold path). The editor shows it as a hint. */
  lowCost?: boolean;
  /** Why it is only a hint, as a clause (`only once-only code reaches it (…)`), where the rule says. */
  lowCostReason?: string;
}

export interface LintResult {
  findings: HostFinding[];
  /** The file did not parse: no findings, and this says why and where. */
  parseError?: { message: string; line: number; column: number };
  /** The file was not analysed, and why (shown to the user, never silent). */
  skipped?: string;
  /** No enabled rule can match this text, so it was not even parsed. */
  prefiltered?: boolean;
  /** Project modules whose summaries this analysis read: an edit to one of them can change these findings. */
  dependencies?: string[];
  /** Digest of what this file exports, as its importers see it (undefined: not parsed or no project model). */
  exportsDigest?: string;
  timings: { parseMs: number; rulesMs: number };
}

export const DEFAULT_MAX_BYTES = 1_000_000;

export function lintText(req: LintRequest): LintResult {
  const { result, digest } = lintTextFindingsFirst(req);
  const late = digest?.();
  if (!late) return result;
  const dependencies = late.dependencies ? [...(result.dependencies ?? []), ...late.dependencies].sort() : result.dependencies;
  return { ...result, ...(dependencies && { dependencies }), ...(late.exportsDigest && { exportsDigest: late.exportsDigest }) };
}

/**
 * The findings, and the digest of the file's exports as a function to call later. The editor's
 * worker sends the findings at once and works the digest out when it has nothing else to do: on
 * a large module it costs a fifth of the analysis (every method's effect), and only open
 * importers of the file need it, once the typing stops.
 */
export function lintTextFindingsFirst(req: LintRequest): { result: LintResult; digest?: () => LateDigest } {
  const timings = { parseMs: 0, rulesMs: 0 };
  const skipped = reasonToSkip(req.text, req.maxBytes ?? DEFAULT_MAX_BYTES);
  if (skipped) return { result: { findings: [], skipped, timings } };

  // Most files cannot match any enabled rule: skip the parse entirely (the scan's prefilter).
  const enabled = (Object.keys(rules) as RuleId[]).filter((id) => (req.rules?.[id] ?? 'warning') !== 'off');
  if (!enabled.some((id) => mayReport(id, req.text, req.filename))) return { result: { findings: [], prefiltered: true, timings } };
  // Nesting the parser cannot take would overflow its native stack and take the process down.
  const tooDeep = nestingProblem(req.text, req.filename);
  if (tooDeep) return { result: { findings: [], skipped: tooDeep, timings } };

  const t0 = performance.now();
  // No `range` arrays: nodes carry `start`/`end`, which is all the rules and this host read
  // (through rangeOf), and the AST is a fifth smaller to build, hand over and collect.
  const parsed = parseSync(req.filename, req.text, parseOptions(req.filename));
  timings.parseMs = performance.now() - t0;
  const lines = LineIndex.of(req.text);
  const fatal = parsed.errors.find((e) => e.severity === 'Error') ?? parsed.errors[0];
  if (fatal) {
    const at = lines.position(fatal.labels?.[0]?.start ?? 0);
    return { result: { findings: [], parseError: { message: fatal.message, ...at }, timings } };
  }

  const t1 = performance.now();
  const program = parsed.program as unknown as TSESTree.Program;
  const project = projectFor(req.cwd, req.options ?? {});
  if (project) {
    const buffers = { ...req.buffers, [req.filename]: req.text };
    overlayFor(project.root).replaceAll(buffers);
    // Which files read differently since the last request: answers worked out from them are asked again.
    project.importers.noteTexts(buffers);
    // Who imports whom, as this text says (the index is read from the disk once).
    project.importers.update(req.filename, req.text);
  }
  const stopRecording = project?.record();
  // Where ESLint's parsers put them, so rules see the same comments under every host.
  (program as { comments?: unknown }).comments = parsed.comments;
  const directives = parseDirectives(parsed.comments as Comment[], (o) => lines.line(o));
  // Made now (a rule would make it first thing) and handed to the model before the rules run: what
  // they ask the model about this very file (a base class's members, a method's effect), and what
  // importers analysed later read of it, comes from this analysis instead of a second parse. This
  // host parses with the model's own parser and options. (Not under ESLint: keeping its larger ASTs
  // cost more memory and collection than the parses it saved.)
  if (project) project.adopt(analyzeFile({ ast: program, text: req.text, filename: req.filename, cwd: req.cwd, project, visitorKeys }, req.options ?? {}));
  const findings: HostFinding[] = [];
  // No `parserServices`: the editor builds no TypeScript program, so typed mode (typed-origins.ts)
  // never runs here and the editor reports what untyped ESLint reports (docs/ARCHITECTURE.md).
  const sourceCode = {
    ast: program,
    text: req.text,
    visitorKeys,
    getText: (node?: Ranged) => (node ? req.text.slice(...rangeOf(node)) : req.text),
  };
  for (const [id, rule] of Object.entries(rules) as Array<[RuleId, (typeof rules)[RuleId]]>) {
    const severity = req.rules?.[id] ?? 'warning';
    if (severity === 'off') continue;
    const ruleId = `perf-coach/${id}`;
    const messages = rule.meta.messages as Record<string, string>;
    const context = {
      id: ruleId,
      sourceCode,
      filename: req.filename,
      cwd: req.cwd,
      options: [req.options ?? {}],
      settings: {},
      report(d: TSESLint.ReportDescriptor<string> & { node: Ranged }) {
        const [start, end] = rangeOf(d.node);
        const startPos = lines.position(start);
        if (isDisabled(directives, ruleId, start, startPos.line)) return;
        const endPos = lines.position(end);
        findings.push({
          ruleId: id,
          severity,
          message: interpolate(messages[d.messageId], d.data),
          line: startPos.line,
          column: startPos.column,
          endLine: endPos.line,
          endColumn: endPos.column,
          range: [start, end],
          ...lowCostOf(d.data as { cost?: string; costNote?: string } | undefined),
          suggestions: (d.suggest ?? []).flatMap((s) => {
            const edits = runFix(s.fix as TSESLint.ReportFixFunction, req.text);
            return edits ? [{ desc: interpolate(messages[s.messageId], s.data), ...edits }] : [];
          }),
        });
      },
    };
    const listener = rule.create(context as never) as Record<string, ((node: unknown) => void) | undefined>;
    listener.Program?.(program);
    listener['Program:exit']?.(program);
  }
  const dependencies = stopRecording?.().filter((f) => f !== req.filename);
  timings.rulesMs = performance.now() - t1;
  findings.sort((a, b) => a.range[0] - b.range[0] || a.ruleId.localeCompare(b.ruleId));
  const result: LintResult = { findings, timings, ...(dependencies && { dependencies }) };
  if (!project || req.digest === false) return { result };
  const file: SourceFile = { ast: program, text: req.text, filename: req.filename, cwd: req.cwd, visitorKeys, project };
  const digest = (): LateDigest => {
    // Modules the digest reads are dependencies too: a change there can change what this file exports.
    const stop = project.record();
    const exportsDigest = digestOf(file, req.options ?? {});
    const more = stop().filter((f) => f !== req.filename && !dependencies?.includes(f));
    return { ...(exportsDigest && { exportsDigest }), ...(more.length && { dependencies: more }) };
  };
  return { result, digest };
}

/** What this file exports, from the analysis the rules already made of it (cached per AST). */
function digestOf(file: SourceFile, options: AnalysisOptions): string | undefined {
  try {
    const analysis = analyzeFile(file, options);
    return summaryDigest({ ...summarizeModule(analysis), methods: methodEffects(analysis) });
  } catch {
    return undefined;
  }
}

// Re-exported: the worker and tests import them from here.
export { reasonToSkip, tooLarge } from './skip-heuristics';

function interpolate(template: string | undefined, data: Record<string, unknown> | undefined): string {
  return (template ?? '').replace(/\{\{\s*(\w+)\s*\}\}/g, (m, key: string) => (data && key in data ? String(data[key]) : m));
}

type Edit = HostSuggestion['fix'];

/**
 * The edits a suggestion makes. A fix may return several (an import plus a replacement); `fix` is
 * them merged into one the way ESLint merges them, `edits` keeps them apart for the editor.
 */
function runFix(fix: TSESLint.ReportFixFunction, text: string): Pick<HostSuggestion, 'fix' | 'edits'> | undefined {
  const at = (node: Ranged) => rangeOf(node);
  const fixer = {
    replaceText: (node: Ranged, t: string): Edit => ({ range: at(node), text: t }),
    replaceTextRange: (range: [number, number], t: string): Edit => ({ range, text: t }),
    insertTextBefore: (node: Ranged, t: string): Edit => ({ range: [at(node)[0], at(node)[0]], text: t }),
    insertTextBeforeRange: (range: [number, number], t: string): Edit => ({ range: [range[0], range[0]], text: t }),
    insertTextAfter: (node: Ranged, t: string): Edit => ({ range: [at(node)[1], at(node)[1]], text: t }),
    insertTextAfterRange: (range: [number, number], t: string): Edit => ({ range: [range[1], range[1]], text: t }),
    remove: (node: Ranged): Edit => ({ range: at(node), text: '' }),
    removeRange: (range: [number, number]): Edit => ({ range, text: '' }),
  };
  const out = fix(fixer as unknown as TSESLint.RuleFixer) as unknown as Edit | Iterable<Edit> | null | undefined;
  if (!out) return undefined;
  const edits = (Symbol.iterator in Object(out) ? [...(out as Iterable<Edit>)] : [out as Edit]).filter(Boolean).sort((a, b) => a.range[0] - b.range[0]);
  if (!edits.length) return undefined;
  if (edits.length === 1) return { fix: edits[0], edits };
  for (let i = 1; i < edits.length; i++) if (edits[i].range[0] < edits[i - 1].range[1]) return undefined; // overlapping: ESLint rejects it too
  const start = edits[0].range[0];
  const end = edits[edits.length - 1].range[1];
  let merged = '';
  let pos = start;
  for (const e of edits) {
    merged += text.slice(pos, e.range[0]) + e.text;
    pos = e.range[1];
  }
  return { fix: { range: [start, end], text: merged }, edits };
}

/** A hint's mark, and why it is one when the rule gave a reason (`data.costNote`). */
function lowCostOf(data: { cost?: string; costNote?: string } | undefined): Pick<HostFinding, 'lowCost' | 'lowCostReason'> {
  if (data?.cost !== 'low') return {};
  return data.costNote ? { lowCost: true, lowCostReason: data.costNote } : { lowCost: true };
}
