// Native parse floor: oxc-parser builds the ESTree AST in Rust and hands it to
// JS; the walk then touches every node from JS, which is the least any JS rule
// engine on top of it would pay.
import fs from 'node:fs';
import { parseSync, visitorKeys } from 'oxc-parser';

function countNodes(root) {
  let count = 0;
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    count++;
    for (const key of visitorKeys[node.type] ?? []) {
      const child = node[key];
      if (Array.isArray(child)) {
        for (const c of child) if (c) stack.push(c);
      } else if (child) {
        stack.push(child);
      }
    }
  }
  return count;
}

export function run(files) {
  let parseErrors = 0;
  let nodes = 0;
  for (const filePath of files) {
    const code = fs.readFileSync(filePath, 'utf8');
    const result = parseSync(filePath, code);
    if (result.errors.length) parseErrors++;
    nodes += countNodes(result.program);
  }
  return { parseErrors, nodes };
}
