import { isFunctionNode, rangeOf, type Node } from './ast';

/**
 * Code that production never runs: the branch of a development check (`if (process.env.NODE_ENV
 * !== 'production')`, `if (isDev)`, the `else` of `=== 'production'`), a route or callback
 * registered inside such a branch, or code after a guard that leaves in production
 * (`if (process.env.NODE_ENV === 'production') return;`). Its cost is paid on a developer's machine.
 */

// `process.env.NODE_ENV`, `process.env['NODE_ENV']`, `env('NODE_ENV')`, `config.get('NODE_ENV')`; `dev`, `isDev`, `__DEV__`.
const DEV_TEST = /NODE_ENV['"]?\]?\)?\s*!==?\s*['"]production['"]|NODE_ENV['"]?\]?\)?\s*===?\s*['"](development|dev|test|local)['"]|\bis(Dev|Development|Test|Local)\b|\b(__DEV__|dev|devMode|DEV_MODE)\b/;
const PROD_TEST = /NODE_ENV['"]?\]?\)?\s*===?\s*['"]production['"]|\bis(Production|Prod)\b|\bIS_PRODUCTION\b/;

export function developmentOnly(node: Node, text: (n: Node) => string): boolean {
  for (let n: Node = node, p: Node | undefined = node.parent; p; n = p, p = p.parent) {
    if (isFunctionNode(p)) {
      if (afterProductionExit(p, node, text)) return true;
      // A handler written inline where it is registered (`app.get('/debug', (req, res) => …)`)
      // runs only if the registration does: keep looking outside it. Not past a declaration.
      if (p.type === 'FunctionDeclaration' || p.parent?.type === 'MethodDefinition' || p.parent?.type === 'Property') return false;
      continue;
    }
    if (p.type !== 'IfStatement' && p.type !== 'ConditionalExpression' && p.type !== 'LogicalExpression') continue;
    if (p.type === 'LogicalExpression') {
      // `isDev && app.use(…)`
      if (p.operator === '&&' && p.right === n && DEV_TEST.test(text(p.left)) && !PROD_TEST.test(text(p.left))) return true;
      continue;
    }
    if (p.test === n) continue;
    const test = text(p.test);
    const negated = isNegation(p.test);
    if (p.consequent === n && ((DEV_TEST.test(test) && !negated) || (PROD_TEST.test(test) && negated))) return true;
    if (p.alternate === n && PROD_TEST.test(test) && !/!/.test(test)) return true;
  }
  return false;
}

/** `if (process.env.NODE_ENV === 'production') return;` (or `throw`, or `return next()`) in `fn`'s body, before `inner`. */
function afterProductionExit(fn: Node, inner: Node, text: (n: Node) => string): boolean {
  if (!isFunctionNode(fn) || fn.body.type !== 'BlockStatement') return false;
  const [start] = rangeOf(inner);
  for (const s of fn.body.body) {
    if (rangeOf(s)[1] > start) break;
    if (s.type !== 'IfStatement' || s.alternate) continue;
    const exit = s.consequent.type === 'BlockStatement' ? s.consequent.body[s.consequent.body.length - 1] : s.consequent;
    if (exit?.type !== 'ReturnStatement' && exit?.type !== 'ThrowStatement') continue;
    const test = text(s.test);
    const negated = isNegation(s.test);
    if ((PROD_TEST.test(test) && !negated && !/!==?/.test(test)) || (DEV_TEST.test(test) && negated)) return true;
  }
  return false;
}

/** `!isDev`, `!(NODE_ENV === 'development')`: the whole test is negated. */
function isNegation(test: Node): boolean {
  return test.type === 'UnaryExpression' && test.operator === '!';
}
