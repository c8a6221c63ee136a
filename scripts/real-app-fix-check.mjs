#!/usr/bin/env node
// Quick fixes on real code: for every finding of an audit run (real-app-audit.mjs --json) that
// offers a given suggestion, lint the app's file again, apply that suggestion as ESLint applies it,
// and check that the result parses and that the rule no longer reports the call the fix rewrote.
//
// Usage:
//   node scripts/real-app-fix-check.mjs --apps <folder> --findings run.json [--fix batchWrite] [--plugin dist/eslint-plugin/index.js]
//
// Prints one line per finding (ok / PARSE FAIL / STILL REPORTED, the latter with the rewritten
// code around the fix) and a total. Exits non-zero when a fixed file does not parse.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(REPO_ROOT, 'package.json'));
const { ESLint } = require('eslint');
const parser = require('@typescript-eslint/parser');
const { parse } = require('@typescript-eslint/typescript-estree');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const apps = option('--apps');
const findingsFile = option('--findings');
const fixId = option('--fix', 'batchWrite');
if (!apps || !findingsFile) {
  console.error('usage: node scripts/real-app-fix-check.mjs --apps <folder> --findings run.json [--fix batchWrite] [--plugin dist/eslint-plugin/index.js]');
  process.exit(2);
}
const plugin = require(path.resolve(option('--plugin', path.join(REPO_ROOT, 'dist/eslint-plugin/index.js'))));

const offering = JSON.parse(fs.readFileSync(findingsFile, 'utf8')).findings.filter((f) => {
  const fixes = Array.isArray(f.quickFix) ? f.quickFix : f.quickFix ? [f.quickFix] : [];
  return fixes.includes(fixId);
});

const counts = { ok: 0, parseFail: 0, stillReported: 0, notOffered: 0 };
for (const f of offering) {
  const root = path.join(apps, f.app);
  const file = path.join(root, f.file);
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.{js,mjs,cjs,ts,tsx,jsx,mts,cts}'], languageOptions: { parser, parserOptions: { ecmaFeatures: { jsx: true } } } }, plugin.configs.recommended],
  });
  const [result] = await eslint.lintFiles([file]);
  const message = result.messages.find((m) => m.line === f.line && m.ruleId === `perf-coach/${f.rule}` && m.suggestions?.some((s) => s.messageId === fixId));
  const where = `${f.app} ${f.file}:${f.line}`;
  if (!message) {
    counts.notOffered++;
    console.log(`not offered now  ${where}`);
    continue;
  }
  const suggestion = message.suggestions.find((s) => s.messageId === fixId);
  const text = fs.readFileSync(file, 'utf8');
  const fixed = text.slice(0, suggestion.fix.range[0]) + suggestion.fix.text + text.slice(suggestion.fix.range[1]);
  try {
    parse(fixed, { filePath: file, jsx: /x$/.test(file), loc: true, range: true });
  } catch (e) {
    counts.parseFail++;
    console.log(`PARSE FAIL       ${where}: ${e.message}`);
    continue;
  }
  // The call the fix writes (`prisma.user.createMany`): reported again only when an outer loop repeats it.
  const call = /`([^`]+)`/.exec(suggestion.desc)?.[1] ?? '';
  const [again] = await eslint.lintText(fixed, { filePath: file });
  const still = again.messages.filter((m) => m.ruleId === `perf-coach/${f.rule}` && call && m.message.includes(call));
  if (still.length) {
    counts.stillReported++;
    const at = suggestion.fix.range[0];
    console.log(`STILL REPORTED   ${where}: ${still[0].message}\n${fixed.slice(Math.max(0, at - 200), at + suggestion.fix.text.length + 100)}\n`);
  } else {
    counts.ok++;
    console.log(`ok               ${where}: ${suggestion.desc}`);
  }
}
console.log(`\n${offering.length} findings offering ${fixId}: ${counts.ok} fixed cleanly, ${counts.stillReported} still reported after the fix, ${counts.parseFail} do not parse, ${counts.notOffered} no longer offered`);
process.exit(counts.parseFail ? 1 : 0);
