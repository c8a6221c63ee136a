import type { TSESTree } from '@typescript-eslint/utils';
import type { CallLike, FunctionNode, Node } from './ast';
import type { Scope } from './scope';

/** Something that makes code run many times. */
export interface Repetition {
  kind: 'for-of' | 'for-in' | 'for' | 'for-await' | 'while' | 'do-while' | 'callback' | 'graphql-field' | 'recursion';
  node: Node;
  /** Source text of what is iterated (`orders`, `user.roles`), when there is one. */
  collection?: string;
  /** Iterates over a collection (as opposed to polling/retry/counted loops). */
  overCollection: boolean;
  /** Over a short list written out in the code (`for (const f of ['a', 'b'])`): a fixed number of runs, not one per data item. */
  fixedSize?: boolean;
  line: number;
  /** For callbacks: the iteration method (`map`, `forEach`) or helper function (`pMap`). */
  method?: string;
  /** The list a helper takes as an argument (`rows` of `pMap(rows, fn)`, `Promise.map(rows, fn)`, `_map(rows, fn)`). */
  list?: Node;
  /** The helper is a plain function (`pMap(xs, fn)`), not a method (`xs.map(fn)`). */
  viaFunction?: boolean;
  /** A stream's per-item step (`stream.on('data', …)`, `new Transform({ transform })`): items arrive, not a list. */
  stream?: boolean;
  /**
   * For recursion: the function (its name) is a loop written as a function that calls itself for the
   * next item (`function next(i) { if (i >= list.length) return done(); … next(i + 1); }`), not a tree walk.
   */
  stepped?: string;
}

/** Why a function is on a request path (shown in messages). */
export interface RequestPathReason {
  /** e.g. "Express route `GET /orders`", "NestJS controller method", "GraphQL resolver". */
  label: string;
  line: number;
  /**
   * Inferred from where the function lives (an export of a `services/` module), not from a route
   * registration, a handler's shape or a decorator: it serves requests, but how often is unknown.
   */
  assumed?: boolean;
  /** A method of an injectable service (NestJS provider): called by handlers, and just as often by start-up code. */
  service?: boolean;
}

export interface ClassInfo {
  node: TSESTree.ClassDeclaration | TSESTree.ClassExpression;
  name: string | undefined;
  decorators: string[];
  /** Field values: initialisers, constructor parameter properties and `this.x = ...` assignments. */
  fields: Map<string, Array<{ value?: Node; typeAnnotation?: TSESTree.TypeNode; decorators?: TSESTree.Decorator[]; scope: Scope }>>;
  methods: Map<string, FunctionInfo>;
  superClass?: Node;
  scope: Scope;
}

export interface FunctionInfo {
  node: FunctionNode;
  name: string | undefined;
  /** Lexically enclosing function (undefined: module level). */
  parent: FunctionInfo | undefined;
  /** Passed as an argument or invoked in place: runs where it is written, so it inherits loops and request paths. */
  inline: boolean;
  cls: ClassInfo | undefined;
  /** Method kind inside a class. */
  methodKind?: 'constructor' | 'method' | 'get' | 'set';
  decorators: string[];
  isAsync: boolean;
  scope: Scope;
  calls: CallSite[];
  /** Set by request-path detection. */
  requestPath?: RequestPathReason;
  /** This function is itself the body of a repetition (an iteration callback, a GraphQL field resolver). */
  repetition?: Repetition;
  /** Parameters of this function hold a transaction handle. */
  isTransactionCallback: boolean;
  /** Exported from the module (directly or via module.exports). */
  exported: boolean;
  line: number;
}

export interface CallSite {
  node: CallLike;
  fn: FunctionInfo | undefined;
  scope: Scope;
  /** Outermost first, innermost last; includes repetitions inherited through inline callbacks. */
  repetitions: Repetition[];
  /** Inside a `catch` clause of the same function. */
  inCatch: boolean;
  /** Loop statements enclosing the call (outermost first), for loop-carried checks. */
  loops: Repetition[];
}

export interface StatementList {
  statements: TSESTree.Statement[];
  fn: FunctionInfo | undefined;
  repetitions: Repetition[];
}

export interface LoopInfo {
  repetition: Repetition;
  /** Names assigned or updated anywhere in the loop (test, update and body). */
  assigned: Set<string>;
  /** Of those, names the loop changes by something other than a counter's step (`i++`, `n += 1`). */
  assignedOtherThanCounted: Set<string>;
  fn: FunctionInfo | undefined;
  body: Node;
}
