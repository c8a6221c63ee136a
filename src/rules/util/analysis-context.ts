import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { analyzeFile, type FileAnalysis } from '../../analysis/file-analysis';
import { NestingTooDeepError } from '../../analysis/nesting-limit';
import type { AnalysisOptions } from '../../analysis/options';
import type { RuleId } from '../index';
import { mayReport } from '../prefilters';
import { projectFor } from '../../project/registry';

/** The subset of a rule context every host provides (ESLint 9/10, oxlint's JS plugins). */
interface HostContext {
  sourceCode?: TSESLint.SourceCode;
  filename?: string;
  cwd?: string;
  getSourceCode?(): TSESLint.SourceCode;
  getFilename?(): string;
  getCwd?(): string;
}

/**
 * The shared analysis for the file being linted, or undefined when this file cannot be analysed
 * (an AST we do not understand): a rule never throws and never blocks the other rules.
 */
export function fileAnalysis(context: HostContext, options: AnalysisOptions): FileAnalysis | undefined {
  const sourceCode = context.sourceCode ?? context.getSourceCode?.();
  if (!sourceCode) return undefined;
  try {
    const cwd = context.cwd ?? context.getCwd?.();
    return analyzeFile(
      {
        ast: sourceCode.ast as TSESTree.Program,
        text: sourceCode.text,
        filename: context.filename ?? context.getFilename?.() ?? '<input>',
        cwd,
        project: projectFor(cwd, options),
        visitorKeys: sourceCode.visitorKeys as Record<string, readonly string[]> | undefined,
      },
      options,
    );
  } catch (error) {
    // Too deeply nested to walk: a refusal by design, not a failure.
    if (error instanceof NestingTooDeepError) return undefined;
    // The robustness run (scripts/robustness.mjs) sets this to count analysis failures instead of hiding them.
    if (typeof process !== 'undefined' && process.env?.PERF_COACH_STRICT === '1') throw error;
    return undefined;
  }
}

/** Cheap text test before any analysis: most files cannot match most rules (see prefilters.ts). */
export function mayReportIn(context: HostContext, id: RuleId): boolean {
  const sourceCode = context.sourceCode ?? context.getSourceCode?.();
  return !!sourceCode && mayReport(id, sourceCode.text, context.filename ?? context.getFilename?.() ?? '');
}
