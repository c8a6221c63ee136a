// ESLint through its Node API (what `eslint <files>` does), with
// @typescript-eslint/parser for every file. `options.preset` picks the rules;
// other tasks can reuse lintFiles() with their own config.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';

const SOURCE_FILES = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'];

/** Base config: parser only, no rules; unused-disable reports off so corpus comments cost nothing. */
export const baseConfig = {
  files: SOURCE_FILES,
  languageOptions: { parser: tsParser },
  linterOptions: { reportUnusedDisableDirectives: 'off' },
};

/**
 * Lint `files` with a flat config array (appended after baseConfig) and
 * summarize: problems per rule, and fatal (parse) errors. With `findingsFile`,
 * also writes one `rule<TAB>file<TAB>line` row per finding (file relative to
 * `cwd`), so another host's findings can be compared with these one for one.
 */
export async function lintFiles(files, config, cwd, findingsFile) {
  const eslint = new ESLint({
    cwd,
    overrideConfigFile: true, // ignore any eslint.config.* around the corpus
    overrideConfig: [baseConfig, ...config],
    cache: false,
    warnIgnored: false,
    errorOnUnmatchedPattern: false,
  });
  const results = await eslint.lintFiles(files);
  const byRule = {};
  let fatal = 0;
  let unknownRuleComments = 0;
  const rows = [];
  for (const result of results) {
    for (const m of result.messages) {
      if (m.fatal) fatal++;
      // Corpus comments name rules of the packages' own configs; ESLint flags
      // those as unknown. Not findings: counted apart.
      else if (m.message.startsWith('Definition for rule')) unknownRuleComments++;
      else {
        byRule[m.ruleId] = (byRule[m.ruleId] ?? 0) + 1;
        if (findingsFile) rows.push(`${m.ruleId}\t${path.relative(cwd, result.filePath)}\t${m.line}`);
      }
    }
  }
  if (findingsFile) fs.writeFileSync(findingsFile, rows.join('\n'));
  return { linted: results.length, fatal, unknownRuleComments, byRule };
}

/**
 * @typescript-eslint/parser without type information still returns its node
 * maps, and eslint-plugin-n (17.x and 18.x) takes maps without a program as a
 * misconfiguration: n/no-sync throws on the first *Sync call it sees. Hiding
 * the maps makes the plugin take its documented no-type-information path,
 * which is how it runs under ESLint's default parser. Costs one object spread
 * per file.
 */
const tsParserWithoutNodeMaps = {
  meta: { name: 'typescript-eslint-parser-without-node-maps' },
  parseForESLint(code, options) {
    const result = tsParser.parseForESLint(code, options);
    return {
      ...result,
      services: { ...result.services, esTreeNodeToTSNodeMap: undefined, tsNodeToESTreeNodeMap: undefined },
    };
  },
};

async function presetConfig(preset, options) {
  switch (preset) {
    case 'no-rules':
      return [];
    case 'perf-coach-recommended': {
      // The built plugin package (CommonJS), exactly as users install it.
      const plugin = createRequire(import.meta.url)(options.pluginPath);
      return [plugin.configs.recommended];
    }
    case 'peer': {
      // The nearest existing rules to ours: awaits inside loops, and sync Node APIs.
      const { default: pluginN } = await import('eslint-plugin-n');
      return [
        {
          files: SOURCE_FILES,
          languageOptions: { parser: tsParserWithoutNodeMaps },
          plugins: { n: pluginN },
          rules: { 'no-await-in-loop': 'warn', 'n/no-sync': 'warn' },
        },
      ];
    }
    default:
      throw new Error(`unknown ESLint preset: ${preset}`);
  }
}

export async function run(files, { preset = 'no-rules', cwd, findingsFile, ...options }) {
  return lintFiles(files, await presetConfig(preset, options), cwd, findingsFile);
}
