// The runs we compare our plugin against: two parse floors, ESLint with no
// rules, and the nearest existing rules in ESLint and in oxlint. Each entry is
// a task for lib/measure.mjs.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBin } from './lib/tools.mjs';

const TASKS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'tasks');

/** Stable names: results/latest.json, the README table and the ratios use them. */
export const RUN = {
  tsEstreeParse: 'typescript-estree parse',
  oxcParseWalk: 'oxc-parser parse + JS walk',
  eslintNoRules: 'ESLint, no rules',
  eslintPeer: 'ESLint + no-await-in-loop + n/no-sync',
  oxlintPeer1: 'oxlint + no-await-in-loop + node/no-sync (1 thread)',
  oxlintPeerAll: 'oxlint + no-await-in-loop + node/no-sync (all cores)',
};

/**
 * Names for our own runs (defined in ours.mjs). The ratios in run.mjs refer
 * to them and stay null until runs with these names exist.
 */
export const OUR_RUN = {
  eslintRecommended: 'ESLint + perf-coach recommended',
  /** The same run with the project model off (PERF_COACH_PROJECT=0): what the model costs. */
  eslintRecommendedNoModel: 'ESLint + perf-coach recommended, project model off',
  oxlintJsPlugin: 'oxlint + perf-coach jsPlugins (1 thread)',
  oxlintJsPluginAll: 'oxlint + perf-coach jsPlugins (all cores)',
  scanEngine: 'Perf Coach scan engine (2 workers)',
};

// Same two checks as the ESLint peer, and nothing else: every default
// category is switched off so none of oxlint's default-on rules run.
const OXLINT_PEER_CONFIG = {
  plugins: ['node'],
  categories: { correctness: 'off' },
  rules: { 'no-await-in-loop': 'warn', 'node/no-sync': 'warn' },
};

/**
 * Count oxlint's `--format unix` lines by rule. Lines look like
 * `file:line:col: message [Warning/eslint(no-await-in-loop)]`.
 */
export function parseOxlintUnix(stdout) {
  const byRule = {};
  let other = 0;
  for (const line of stdout.split('\n')) {
    const m = /\[(?:Warning|Error)\/(?:(\w[\w-]*)\(([^)]+)\))?[^\]]*\]$/.exec(line);
    if (!m) continue;
    if (!m[2]) {
      other++;
      continue;
    }
    const rule = m[1] === 'eslint' ? m[2] : `${m[1]}/${m[2]}`;
    byRule[rule] = (byRule[rule] ?? 0) + 1;
  }
  return { fatal: other, byRule };
}

/**
 * An oxlint CLI task. Files are passed by name, not by folder: oxlint skips
 * git-ignored folders when it walks a directory, and the corpus cache is git-ignored.
 */
export function oxlintTask({ name, config, threads, corpusRoot, needs = [] }) {
  return {
    name,
    needs: ['oxlint', ...needs],
    cli(files, ctx) {
      const configPath = path.join(ctx.tmpDir, `oxlintrc-${threads ?? 'all'}.json`);
      fs.writeFileSync(configPath, JSON.stringify(config));
      const rel = files.map((f) => (f.startsWith(corpusRoot + path.sep) ? path.relative(corpusRoot, f) : f));
      const args = ['-c', configPath, '--disable-nested-config', '--format', 'unix'];
      if (threads) args.push('--threads', String(threads));
      return { bin: findBin('oxlint'), args: [...args, ...rel], cwd: corpusRoot };
    },
    // oxlint exits 1 when it reports errors; the peer config only warns.
    okExitCodes: [0, 1],
    parse: parseOxlintUnix,
  };
}

/** @param {{ corpusRoot: string }} ctx */
export function peerTasks({ corpusRoot }) {
  return [
    {
      name: RUN.tsEstreeParse,
      needs: ['@typescript-eslint/typescript-estree'],
      module: path.join(TASKS_DIR, 'ts-estree-parse.mjs'),
    },
    {
      name: RUN.oxcParseWalk,
      needs: ['oxc-parser'],
      module: path.join(TASKS_DIR, 'oxc-parse-walk.mjs'),
    },
    {
      name: RUN.eslintNoRules,
      needs: ['eslint', '@typescript-eslint/parser'],
      module: path.join(TASKS_DIR, 'eslint.mjs'),
      options: { preset: 'no-rules', cwd: corpusRoot },
    },
    {
      name: RUN.eslintPeer,
      needs: ['eslint', '@typescript-eslint/parser', 'eslint-plugin-n'],
      module: path.join(TASKS_DIR, 'eslint.mjs'),
      options: { preset: 'peer', cwd: corpusRoot },
    },
    oxlintTask({ name: RUN.oxlintPeer1, config: OXLINT_PEER_CONFIG, threads: 1, corpusRoot }),
    oxlintTask({ name: RUN.oxlintPeerAll, config: OXLINT_PEER_CONFIG, corpusRoot }),
  ];
}
