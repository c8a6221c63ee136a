// Parse floor for ESLint's TypeScript parser: read and parse every file with
// the same output ESLint asks for (locations, ranges, tokens, comments), and
// nothing else. JSDoc parsing is off because that is what
// @typescript-eslint/parser does when there is no type information.
import fs from 'node:fs';
import { parse } from '@typescript-eslint/typescript-estree';

export function run(files) {
  let parseErrors = 0;
  for (const filePath of files) {
    const code = fs.readFileSync(filePath, 'utf8');
    try {
      parse(code, {
        filePath,
        loc: true,
        range: true,
        tokens: true,
        comment: true,
        jsDocParsingMode: 'none',
      });
    } catch {
      parseErrors++;
    }
  }
  return { parseErrors };
}
