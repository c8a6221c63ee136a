// Generators of deeply nested source text, shared by the nesting-limit measurement
// (nesting-limits.mjs) and the tests that check the host refuses such files before parsing.
// Each level sits on its own line, as in the "multi-line file" that took the editor down.

export const shapes = {
  parens: (n) => `export const x =\n${'(\n'.repeat(n)}1\n${')\n'.repeat(n)};\n`,
  arrays: (n) => `export const x =\n${'[\n'.repeat(n)}1\n${']\n'.repeat(n)};\n`,
  objects: (n) => `export const x =\n${'{ a:\n'.repeat(n)}1\n${'}\n'.repeat(n)};\n`,
  ternaries: (n) => `export const f = (a) =>\n${'a ?\n'.repeat(n)}1\n${': 2\n'.repeat(n)};\n`,
  callbacks: (n) => `export function run(f) {\n${'f(function () {\n'.repeat(n)}return 1;\n${'});\n'.repeat(n)}}\n`,
  arrows: (n) => `export const run = (f) =>\n${'f(() =>\n'.repeat(n)}1\n${')\n'.repeat(n)};\n`,
  blocks: (n) => `export function run(a) {\n${'if (a) {\n'.repeat(n)}a();\n${'}\n'.repeat(n)}}\n`,
  // `a ? 1 : b ? 2 : …`: one level in the text, but parsed as nested conditionals.
  chain: (n) => `export const f = (a) =>\n${'a ? 1 :\n'.repeat(n)}2;\n`,
  jsx: (n) => `export const x = (\n${'<a>\n'.repeat(n)}x\n${'</a>\n'.repeat(n)});\n`,
  // A flat chain is not nesting in the text, but parsers and walkers recurse on it all the same.
  binary: (n) => `export const x = ${'a +\n'.repeat(n)}1;\n`,
  members: (n) => `export const x = a${'\n.b'.repeat(n)};\n`,
};
