import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { FileAnalysis } from '../../../analysis/file-analysis';
import type { Scope } from '../../../analysis/scope';

export type FixPart = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix;

/**
 * A named export of one of `modules`, usable at `scope`: the name it is already imported under,
 * or the name plus the edit that imports it. Undefined when the name is taken by something else
 * (the fix would then change what the name means) or there is no ES import to add it to.
 */
export function namedImport(analysis: FileAnalysis, scope: Scope, name: string, modules: readonly string[]): { local: string; edit?: FixPart } | undefined {
  for (const b of analysis.collected.moduleScope.vars.values()) {
    if (b.importFrom && modules.includes(b.importFrom.module) && b.importFrom.imported === name && scope.lookup(b.name) === b) return { local: b.name };
  }
  if (scope.lookup(name)) return undefined;
  const imports = analysis.collected.program.body.filter((s): s is TSESTree.ImportDeclaration => s.type === 'ImportDeclaration');
  const from = imports.find((d) => modules.includes(String(d.source.value)) && d.importKind !== 'type' && !d.specifiers.some((s) => s.type === 'ImportNamespaceSpecifier'));
  if (from?.specifiers.length) {
    const last = from.specifiers[from.specifiers.length - 1];
    const text = last.type === 'ImportDefaultSpecifier' ? `, { ${name} }` : `, ${name}`;
    return { local: name, edit: (fixer) => fixer.insertTextAfter(last, text) };
  }
  const after = imports[imports.length - 1];
  if (!after) return undefined;
  return { local: name, edit: (fixer) => fixer.insertTextAfter(after, `\nimport { ${name} } from '${modules[0]}';`) };
}
