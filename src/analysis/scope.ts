import type { TSESTree } from '@typescript-eslint/utils';
import { unwrapExpression, type Node } from './ast';
import type { FunctionInfo, ClassInfo } from './model';

/**
 * A deliberately small scope model: enough to know what a name refers to (an import, a local
 * function, a variable initialised from a client) and to respect shadowing. Declarations are
 * collected during the single walk and resolved lazily afterwards, so hoisting needs no extra pass.
 */

export type BindingKind = 'import' | 'variable' | 'parameter' | 'function' | 'class';

export interface Binding {
  name: string;
  kind: BindingKind;
  /** For imports: the module and imported name (`default`, `*` or a named export). */
  importFrom?: { module: string; imported: string };
  /** Initialiser (variables) and later assignments, each with the destructuring path to this name. */
  values: Array<{ node: Node; path: string[]; scope: Scope }>;
  /** Parameter or variable type annotation. */
  typeAnnotation?: TSESTree.TypeNode;
  /** A name destructured from a parameter: the member's type in the parameter's type literal (`({ getStream }: { getStream: GetStream })`). */
  memberType?: TSESTree.TypeNode;
  /** Decorators on a constructor parameter (`@InjectRepository(User)`). */
  decorators?: TSESTree.Decorator[];
  fn?: FunctionInfo;
  cls?: ClassInfo;
  /** Position among the declaring function's parameters. */
  paramIndex?: number;
  /** A name destructured from a parameter's object (`({ tx, ids }) => …`): that parameter's position and the key. */
  paramMember?: { index: number; key: string };
  /** The function whose body declares it (undefined: module scope). */
  owner?: FunctionInfo;
  declNode: Node;
  /** The scope that declares it (set by Scope.declare). */
  scope?: Scope;
}

/** Where a parameter's value comes from in a call: its position, and the key when destructured (`({ tx }) => …` → 0, `tx`). */
export function parameterSlot(b: Binding): { index: number; key?: string } | undefined {
  if (b.kind !== 'parameter') return undefined;
  return b.paramIndex !== undefined ? { index: b.paramIndex } : b.paramMember;
}

/** The one value a variable is bound to, as written (`const x = …`, not destructured, never reassigned). */
export function singleValue(b: Binding | undefined): Node | undefined {
  return b?.kind === 'variable' && b.values.length === 1 && b.values[0].path.length === 0 ? unwrapExpression(b.values[0].node) : undefined;
}

/** The value of a `const` declaration (`const n = rows.length`): what the name holds wherever it is read. */
export function constValue(b: Binding | undefined): Node | undefined {
  const decl = b?.declNode.parent?.parent;
  return decl?.type === 'VariableDeclaration' && decl.kind === 'const' ? singleValue(b) : undefined;
}

export class Scope {
  readonly vars = new Map<string, Binding>();
  constructor(
    readonly parent: Scope | undefined,
    readonly isFunctionScope: boolean,
    readonly owner: FunctionInfo | undefined,
  ) {}

  declare(binding: Binding): Binding {
    const existing = this.vars.get(binding.name);
    if (existing) {
      existing.values.push(...binding.values);
      return existing;
    }
    binding.scope = this;
    this.vars.set(binding.name, binding);
    return binding;
  }

  lookup(name: string): Binding | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const b = s.vars.get(name);
      if (b) return b;
    }
    return undefined;
  }

  functionScope(): Scope {
    let s: Scope = this;
    while (!s.isFunctionScope && s.parent) s = s.parent;
    return s;
  }
}
