import { parse } from '@typescript-eslint/typescript-estree';
import { visitorKeys } from '@typescript-eslint/visitor-keys';
import type { TSESTree } from '@typescript-eslint/utils';
import { analyzeFile, type FileAnalysis } from '../../src/analysis/file-analysis';
import type { AnalysisOptions } from '../../src/analysis/options';
import type { CallSite, FunctionInfo } from '../../src/analysis/model';

export function analyze(code: string, filename = 'src/app.ts', options: AnalysisOptions = {}): FileAnalysis {
  const ast = parse(code, { loc: true, range: true, jsx: filename.endsWith('x') }) as TSESTree.Program;
  return analyzeFile({ ast, text: code, filename, cwd: '/repo', visitorKeys }, options);
}

/** The call whose callee text is `label` (first one). */
export function callNamed(a: FileAnalysis, label: string): CallSite {
  const site = a.collected.calls.find((s) => a.text(s.node.callee) === label);
  if (!site) throw new Error(`no call to ${label}`);
  return site;
}

export function fnNamed(a: FileAnalysis, name: string): FunctionInfo {
  const fn = a.collected.functions.find((f) => f.name === name);
  if (!fn) throw new Error(`no function ${name}`);
  return fn;
}
