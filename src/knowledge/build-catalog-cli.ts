// Build step: validates rules/ and writes dist/catalog.json.
//
//   node build/catalog.mjs [--root .] [--out dist/catalog.json]
//                          [--rules no-n-plus-one,no-sync-logging,...]
//                          [--rules-dir src/rules]
//
// Rule ids come from --rules (preferred: the build knows the registry) or,
// failing that, from the rule files in --rules-dir (default src/rules).
// Exits 1 with every problem listed when the content does not validate.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildCatalog, KnowledgeValidationError, listRuleIds } from './build-catalog.js';

interface CliArgs {
  root: string;
  out?: string;
  rules?: string[];
  rulesDir?: string;
}

function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { root: process.cwd() };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    const take = (): string => {
      if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value`);
      i++;
      return value;
    };
    if (flag === '--root') args.root = resolve(take());
    else if (flag === '--out') args.out = take();
    else if (flag === '--rules') args.rules = take().split(',').map((s) => s.trim().replace(/^perf-coach\//, '')).filter(Boolean);
    else if (flag === '--rules-dir') args.rulesDir = take();
    else throw new Error(`unknown argument ${flag}`);
  }
  return args;
}

function main(): number {
  let args: CliArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`build-catalog: ${(e as Error).message}`);
    return 2;
  }
  const ruleIds = args.rules ?? listRuleIds(resolve(args.root, args.rulesDir ?? 'src/rules'));
  const outFile = resolve(args.root, args.out ?? 'dist/catalog.json');
  try {
    const started = performance.now();
    const catalog = buildCatalog({ rootDir: args.root, ruleIds });
    mkdirSync(dirname(outFile), { recursive: true });
    writeFileSync(outFile, JSON.stringify(catalog));
    const c = catalog.counts;
    console.log(
      `catalog: ${c.rules} rules, ${c.topics} topics, ${c.questions} questions -> ${outFile} ` +
        `(${(performance.now() - started).toFixed(0)} ms)`,
    );
    return 0;
  } catch (e) {
    if (e instanceof KnowledgeValidationError) {
      console.error(e.message);
      return 1;
    }
    throw e;
  }
}

process.exitCode = main();
