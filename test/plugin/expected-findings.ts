import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Finding {
  file: string;
  line: number;
  rule: string;
}

const MARKER = /\/\/\s*expect:\s*([\w/,\s-]+?)\s*$/;

/** Findings declared in fixture files with `// expect: perf-coach/<rule>` at the end of a line. */
export function expectedFindings(dir: string): Finding[] {
  const out: Finding[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'node_modules') walk(p);
        continue;
      }
      if (!/\.(c|m)?[jt]sx?$/.test(name)) continue;
      readFileSync(p, 'utf8')
        .split('\n')
        .forEach((text, i) => {
          const m = MARKER.exec(text);
          if (m) for (const rule of m[1].split(',').map((r) => r.trim()).filter(Boolean)) out.push({ file: relative(dir, p).replace(/\\/g, '/'), line: i + 1, rule });
        });
    }
  };
  walk(dir);
  return sortFindings(out);
}

export function sortFindings<T extends Finding>(list: T[]): T[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule));
}

export function formatFindings(list: Finding[]): string {
  return list.map((f) => `${f.file}:${f.line} ${f.rule}`).join('\n');
}
