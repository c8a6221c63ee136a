import { propertyName, unwrapExpression, type Node } from '../../analysis/ast';
import type { CallSite, FunctionInfo } from '../../analysis/model';

/** `if (err)`, `if (stderr)`, `if (!res.ok)`, `if (failed)`: a branch for when something went wrong. */
const ERROR_TEST = /\b(err|error|errors|stderr|fail\w*|invalid|exception|!\s*\w+\.ok)\b|!\s*[\w.]*\.ok\b/i;
/** `res.status(400).json(…)`, `Response.json(body, { status: 401 })`, `reply.code(404)`, `res.sendStatus(403)`, `new BadRequestException(…)`. */
const ERROR_RESPONSE = /\b(status|code|sendStatus)\s*[(:]\s*[45]\d\d\b|\b(BadRequest|Unauthorized|Forbidden|NotFound|Conflict|UnprocessableEntity)\w*(Error|Exception)?\b/;

/**
 * Error paths run when something failed, not on every pass: a `catch` block, a promise's
 * `.catch(cb)` / `.then(ok, onRejected)` callback, or Express error middleware `(err, req, res, next)`.
 */
export function onErrorPath(site: CallSite): boolean {
  if (site.inCatch) return true;
  for (let f: FunctionInfo | undefined = site.fn; f; f = f.inline ? f.parent : undefined) {
    const call = f.node.parent;
    const callee = call?.type === 'CallExpression' ? unwrapExpression(call.callee) : undefined;
    if (call?.type === 'CallExpression' && callee?.type === 'MemberExpression') {
      const name = propertyName(callee);
      if ((name === 'catch' && call.arguments[0] === f.node) || (name === 'then' && call.arguments[1] === f.node)) return true;
    }
    const first = f.node.params[0];
    if (f.node.params.length === 4 && first?.type === 'Identifier' && /^(err|error)$/.test(first.name)) return true;
  }
  return false;
}

/**
 * Inside an `if`/`else` or ternary whose test is about an error, just before a `throw`, or in a block
 * that answers with an error response. A call in a test decides which way the code goes, on the
 * normal path: `if (compareSync(pw, hash)) return null; throw new ConflictException()` is no error branch.
 */
export function onErrorBranch(node: Node, text: (n: Node) => string): boolean {
  // Set while climbing out of a test: the `if` it decides and the block around that `if` do not count.
  let deciding = false;
  for (let child: Node = node, n: Node | undefined = node.parent; n; child = n, n = n.parent) {
    if (n.type === 'IfStatement' || n.type === 'ConditionalExpression') {
      if (n.test === child) {
        deciding = true;
        continue;
      }
      if (ERROR_TEST.test(textOfTest(n.test) + (n.test.type === 'UnaryExpression' ? ` !${textOfTest(n.test.argument)}` : ''))) return true;
    }
    if (n.type === 'BlockStatement' && deciding) {
      deciding = false;
      continue;
    }
    // A block that ends in a throw or an error response, with the call in a plain statement before it:
    // `console.error(e); throw e;`. Not a block the call only sits deeper in (a function whose last
    // statement throws, after ifs that return on the normal path).
    if (n.type === 'BlockStatement' && STRAIGHT.has(child.type) && n.body.some((s) => s.type === 'ThrowStatement' || (s.type === 'ReturnStatement' && !!s.argument && ERROR_RESPONSE.test(text(s.argument as Node))))) return true;
    if (n.type === 'FunctionDeclaration' || n.type === 'FunctionExpression' || n.type === 'ArrowFunctionExpression') return false;
  }
  return false;
}

/** Statements that run straight on to the next one. */
const STRAIGHT = new Set(['ExpressionStatement', 'VariableDeclaration', 'ReturnStatement', 'ThrowStatement']);

/** Identifier and member names of a test, enough to spot error and debug flags without the source text. */
export function textOfTest(n: Node): string {
  if (n.type === 'Identifier') return n.name;
  if (n.type === 'MemberExpression') return `${textOfTest(n.object)}.${propertyName(n) ?? ''}`;
  if (n.type === 'BinaryExpression' || n.type === 'LogicalExpression') return `${textOfTest(n.left as Node)} ${textOfTest(n.right)}`;
  if (n.type === 'UnaryExpression') return textOfTest(n.argument);
  if (n.type === 'CallExpression') return textOfTest(n.callee);
  if (n.type === 'Literal') return String(n.value);
  return '';
}
