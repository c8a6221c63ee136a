import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { keyName, propertyName, unwrapExpression, type Node } from '../analysis/ast';
import { enclosingChainCalls } from '../analysis/call-effects';
import type { FileAnalysis } from '../analysis/file-analysis';
import type { CallSite, Repetition } from '../analysis/model';
import { isAllowed, type AnalysisOptions } from '../analysis/options';
import { fileAnalysis } from './util/analysis-context';
import { createRule } from './util/create-rule';
import { repetitionPhrase } from './util/phrases';
import { optionsSchema } from './util/schema';

type Options = [AnalysisOptions];
type MessageIds = 'perItem' | 'perItemViaHelper' | 'useFindManyIn';

/** Files where a per-row loop is the point (seeding, migrating, testing). */
const QUIET_FILES = new Set(['test', 'migration', 'seed']);

export default createRule<MessageIds, Options>({
  name: 'no-n-plus-one',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow database, cache and HTTP calls made once per item of a collection (N+1)',
      recommended: true,
      category: 'database',
    },
    hasSuggestions: true,
    messages: {
      perItem: '`{{call}}` runs once per {{repetition}}: one round trip per item where one batched call would do.',
      perItemViaHelper: '`{{call}}` runs `{{query}}` (line {{queryLine}}) once per {{repetition}}: one round trip per item where one batched call would do.',
      useFindManyIn: 'Fetch them in one `findMany` with `in` (rows come back in database order; missing ids are left out).',
    },
    schema: optionsSchema(),
    defaultOptions: [{}],
  },
  create(context, [options]) {
    return {
      'Program:exit'() {
        const analysis = fileAnalysis(context, options);
        if (!analysis || QUIET_FILES.has(analysis.fileKind)) return;
        for (const site of analysis.collected.calls) {
          const finding = findingAt(analysis, site);
          if (!finding || isAllowed(finding.data.call, options.allow)) continue;
          const suggestion = finding.messageId === 'perItem' ? findManyInFix(analysis, site, finding.rep) : undefined;
          context.report({
            node: site.node as unknown as TSESTree.Node,
            messageId: finding.messageId,
            data: finding.data,
            ...(suggestion && { suggest: [{ messageId: 'useFindManyIn', fix: suggestion }] }),
          });
        }
      },
    };
  },
});

interface Finding {
  messageId: 'perItem' | 'perItemViaHelper';
  data: Record<string, string>;
  rep: Repetition;
}

function findingAt(analysis: FileAnalysis, site: CallSite): Finding | undefined {
  const effect = analysis.effectOf(site);
  if (effect?.kind === 'query') {
    // One finding per chain: `knex('t').where(…).first()` is one query.
    for (const outer of enclosingChainCalls(site.node)) {
      const outerSite = analysis.collected.callByNode.get(outer);
      if (outerSite && analysis.effectOf(outerSite)?.kind === 'query') return undefined;
    }
    const rep = analysis.perItemRepetition(site, effect);
    if (!rep) return undefined;
    return { messageId: 'perItem', data: { call: effect.label, repetition: repetitionPhrase(rep) }, rep };
  }
  if (effect) return undefined;
  const target = analysis.targetOf(site);
  if (!target || target === analysis.ownerOf(site.fn)) return undefined;
  const witness = analysis.queryWitness(target);
  if (!witness || witness.effect.tx) return undefined;
  const rep = analysis.perItemRepetition(site);
  if (!rep) return undefined;
  const callText = target.name ? (unwrapExpression(site.node.callee).type === 'MemberExpression' && unwrapExpression((site.node.callee as TSESTree.MemberExpression).object).type === 'ThisExpression' ? `this.${target.name}` : target.name) : 'this call';
  return {
    messageId: 'perItemViaHelper',
    data: { call: callText, query: witness.effect.label, queryLine: String(analysis.line(witness.site.node)), repetition: repetitionPhrase(rep) },
    rep,
  };
}

/**
 * `await Promise.all(ids.map((id) => prisma.user.findUnique({ where: { id } })))`
 *   → `await prisma.user.findMany({ where: { id: { in: ids } } })`
 * Only for that exact shape, where the rewrite keeps the meaning apart from order and nulls.
 */
function findManyInFix(analysis: FileAnalysis, site: CallSite, rep: Repetition) {
  if (rep.kind !== 'callback' || rep.method !== 'map') return undefined;
  const effect = analysis.effectOf(site);
  if (effect?.kind !== 'query' || effect.table.id !== 'prisma') return undefined;
  const call = site.node;
  const callee = unwrapExpression(call.callee);
  if (call.type !== 'CallExpression' || callee.type !== 'MemberExpression' || propertyName(callee) !== 'findUnique' || call.arguments.length !== 1) return undefined;
  const mapCall = rep.node as TSESTree.CallExpression;
  const promiseAll = mapCall.parent;
  if (promiseAll?.type !== 'CallExpression' || promiseAll.arguments[0] !== mapCall || analysis.text(promiseAll.callee).replace(/\s/g, '') !== 'Promise.all') return undefined;
  const callback = unwrapExpression(mapCall.arguments[0] as Node);
  if (callback.type !== 'ArrowFunctionExpression' || callback.params.length !== 1 || callback.params[0].type !== 'Identifier') return undefined;
  const param = callback.params[0].name;
  const body = unwrapExpression(callback.body as Node);
  const bodyCall = body.type === 'AwaitExpression' ? unwrapExpression(body.argument) : body;
  if (bodyCall !== call) return undefined;
  const arg = unwrapExpression(call.arguments[0] as Node);
  if (arg.type !== 'ObjectExpression') return undefined;
  const whereProp = arg.properties.find((p): p is TSESTree.Property => p.type === 'Property' && keyName(p) === 'where');
  const where = whereProp && unwrapExpression(whereProp.value as Node);
  if (!where || where.type !== 'ObjectExpression' || where.properties.length !== 1 || where.properties[0].type !== 'Property') return undefined;
  const keyProp = where.properties[0];
  const key = keyName(keyProp);
  const value = unwrapExpression(keyProp.value as Node);
  let ids: string;
  const collection = analysis.text(unwrapExpression((mapCall.callee as TSESTree.MemberExpression).object));
  if (value.type === 'Identifier' && value.name === param) ids = collection;
  else if (value.type === 'MemberExpression' && !value.computed && unwrapExpression(value.object).type === 'Identifier' && (unwrapExpression(value.object) as TSESTree.Identifier).name === param) {
    ids = `${collection}.map((${param}) => ${analysis.text(value)})`;
  } else return undefined;
  if (!key) return undefined;
  const others = arg.properties.filter((p) => p !== whereProp).map((p) => analysis.text(p));
  const model = analysis.text(callee.object);
  const args = [`where: { ${key}: { in: ${ids} } }`, ...others].join(', ');
  return (fixer: TSESLint.RuleFixer) => fixer.replaceText(promiseAll as TSESTree.Node, `${model}.findMany({ ${args} })`);
}
