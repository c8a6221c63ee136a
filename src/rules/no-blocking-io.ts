import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { unwrapExpression } from '../analysis/ast';
import type { CallEffect } from '../analysis/call-effects';
import type { FileAnalysis } from '../analysis/file-analysis';
import type { CallSite, FunctionInfo } from '../analysis/model';
import { isAllowed, type AnalysisOptions } from '../analysis/options';
import { fileAnalysis, mentionsAny } from './util/analysis-context';
import { createRule } from './util/create-rule';
import { loggerAround } from './util/logger-context';
import { requestPathPhrase } from './util/phrases';
import { optionsSchema } from './util/schema';

type Options = [AnalysisOptions];
type MessageIds = 'blocking' | 'useAsync';

/** Functions that only run while the process starts. */
const STARTUP_NAME = /^(main|bootstrap|start|startup|init\w*|setup\w*|configure\w*|register\w*|load\w*Config\w*|onModuleInit|onApplicationBootstrap)$/;

export default createRule<MessageIds, Options>({
  name: 'no-blocking-io',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow synchronous file, process, crypto and compression calls on request paths and in loops',
      recommended: true,
      category: 'application',
    },
    hasSuggestions: true,
    messages: {
      blocking: '`{{call}}` blocks the event loop {{where}}; every other request waits until it returns.',
      useAsync: 'Use `{{replacement}}` instead.',
    },
    schema: optionsSchema(),
    defaultOptions: [{}],
  },
  create(context, [options]) {
    if (!mentionsAny(context, /Sync\s*\(/)) return {};
    return {
      'Program:exit'() {
        const analysis = fileAnalysis(context, options);
        if (!analysis || analysis.fileKind !== 'runtime') return;
        for (const site of analysis.collected.calls) {
          const effect = analysis.effectOf(site);
          if (effect?.kind !== 'blocking' || isAllowed(effect.label, options.allow)) continue;
          if (loggerAround(analysis, site)) continue; // reported by no-sync-logging
          const where = whereItBlocks(analysis, site);
          if (!where) continue;
          const replacement = asyncReplacement(analysis, site, effect);
          context.report({
            node: site.node as unknown as TSESTree.Node,
            messageId: 'blocking',
            data: { call: effect.label, where },
            ...(replacement && {
              suggest: [{ messageId: 'useAsync', data: { replacement: replacement.preview }, fix: (fixer: TSESLint.RuleFixer) => fixer.replaceText(site.node as unknown as TSESTree.Node, replacement.text) }],
            }),
          });
        }
      },
    };
  },
});

function whereItBlocks(analysis: FileAnalysis, site: CallSite): string | undefined {
  const reason = analysis.requestPathOf(site.fn);
  if (reason) return requestPathPhrase(reason);
  // Loops count inside functions that are not start-up only; module-level loops run once.
  const loop = site.repetitions.at(-1);
  const owner = analysis.ownerOf(site.fn);
  if (loop && owner && !isStartupOnly(analysis, owner)) return `in a loop (line ${loop.line})`;
  return undefined;
}

function isStartupOnly(analysis: FileAnalysis, fn: FunctionInfo | undefined, seen = new Set<FunctionInfo>()): boolean {
  if (!fn) return true;
  if (fn.name && STARTUP_NAME.test(fn.name)) return true;
  if (seen.has(fn)) return false;
  seen.add(fn);
  const callers = analysis.callersOf(fn);
  return callers.length > 0 && callers.every((s) => isStartupOnly(analysis, analysis.ownerOf(s.fn), seen));
}

/** `fs.readFileSync(p)` → `await fs.promises.readFile(p)`; `bcrypt.hashSync(pw, 10)` → `await bcrypt.hash(pw, 10)`. */
function asyncReplacement(analysis: FileAnalysis, site: CallSite, effect: Extract<CallEffect, { kind: 'blocking' }>) {
  const twin = effect.table.asyncEquivalents?.[effect.name];
  const call = site.node;
  const callee = unwrapExpression(call.callee);
  if (!twin || !site.fn?.isAsync || call.type !== 'CallExpression' || callee.type !== 'MemberExpression' || callee.computed) return undefined;
  const objectText = analysis.text(callee.object);
  const isNodeFs = effect.table.id === 'fs' && (effect.origin.specifier === 'fs' || effect.origin.specifier === 'node:fs');
  if (effect.table.id === 'fs' && !isNodeFs && effect.origin.specifier !== 'fs-extra') return undefined;
  const fnText = isNodeFs ? `${objectText}.promises.${twin}` : `${objectText}.${twin}`;
  const args = call.arguments.map((a) => analysis.text(a as TSESTree.Node)).join(', ');
  const parent = call.parent;
  // `await x` binds looser than member access and calls: `(await x).toString()`.
  const needsParens = parent?.type === 'MemberExpression' || (parent?.type === 'CallExpression' && parent.callee === call) || parent?.type === 'TaggedTemplateExpression';
  const awaited = `await ${fnText}(${args})`;
  return { text: needsParens ? `(${awaited})` : awaited, preview: `await ${fnText}(…)` };
}
