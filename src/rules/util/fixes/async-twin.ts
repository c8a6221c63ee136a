import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { unwrapExpression } from '../../../analysis/ast';
import type { CallEffect } from '../../../analysis/call-effects';
import type { FileAnalysis } from '../../../analysis/file-analysis';
import type { CallSite } from '../../../analysis/model';
import { namedImport, type FixPart } from './imports';

type Blocking = Extract<CallEffect, { kind: 'blocking' }>;

const NODE_FS = new Set(['fs', 'node:fs']);
const UTIL = ['node:util', 'util'];
const FS_PROMISES = ['node:fs/promises', 'fs/promises'];

/**
 * The same call, awaited, inside an async function: `fs.readFileSync(p)` → `await fs.promises.readFile(p)`,
 * `readFileSync(p)` → `await readFile(p)` (imported from `node:fs/promises`), `bcrypt.hashSync(…)` →
 * `await bcrypt.hash(…)`, `zlib.gzipSync(b)` → `await promisify(zlib.gzip)(b)`. Same arguments, same
 * result, same errors (as a rejection). Calls without a promise twin in the library table
 * (`existsSync`: its async forms answer differently) get none.
 */
export function asyncTwinFix(analysis: FileAnalysis, site: CallSite, effect: Blocking): { preview: string; fix: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[] } | undefined {
  const call = site.node;
  if (!site.fn?.isAsync || call.type !== 'CallExpression' || call.optional) return undefined;
  const callee = unwrapExpression(call.callee);
  const table = effect.table;
  const twin = table.asyncEquivalents?.[effect.name];
  const callback = table.promisifiable?.[effect.name];
  if (!twin && !callback) return undefined;
  const parts: FixPart[] = [];
  const use = (name: string, modules: readonly string[]) => {
    const found = namedImport(analysis, site.scope, name, modules);
    if (found?.edit) parts.push(found.edit);
    return found?.local;
  };
  let fnText: string | undefined;
  if (callee.type === 'MemberExpression' && !callee.computed) {
    const object = analysis.text(callee.object);
    if (twin) {
      if (table.id === 'fs' && NODE_FS.has(effect.origin.specifier)) fnText = `${object}.promises.${twin}`;
      else if (table.id !== 'fs' || effect.origin.specifier === 'fs-extra') fnText = `${object}.${twin}`;
    } else if (callback) {
      const promisify = use('promisify', UTIL);
      fnText = promisify && `${promisify}(${object}.${callback})`;
    }
  } else if (callee.type === 'Identifier') {
    // A named import: the twin is imported beside it (fs's from `node:fs/promises`).
    if (twin) {
      const modules = table.id === 'fs' && NODE_FS.has(effect.origin.specifier) ? FS_PROMISES : table.id !== 'fs' || effect.origin.specifier === 'fs-extra' ? [effect.origin.specifier] : undefined;
      fnText = modules && use(twin, modules);
    } else if (callback) {
      const fn = use(callback, [effect.origin.specifier]);
      const promisify = fn && use('promisify', UTIL);
      fnText = promisify && `${promisify}(${fn})`;
    }
  }
  if (!fnText) return undefined;
  const args = call.arguments.map((a) => analysis.text(a as TSESTree.Node)).join(', ');
  const parent = call.parent;
  // `await x` binds looser than member access and calls: `(await x).toString()`.
  const needsParens = parent?.type === 'MemberExpression' || (parent?.type === 'CallExpression' && parent.callee === call) || parent?.type === 'TaggedTemplateExpression';
  const awaited = `await ${fnText}(${args})`;
  const text = needsParens ? `(${awaited})` : awaited;
  return { preview: `await ${fnText}(…)`, fix: (fixer) => [...parts.map((p) => p(fixer)), fixer.replaceText(call, text)] };
}
