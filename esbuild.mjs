// Build: validate the rule/explainer pairing, bundle the ESLint plugin into a publishable
// package (dist/eslint-plugin), and (when present) the knowledge catalog and the extension.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

const root = dirname(fileURLToPath(import.meta.url));
// `npm test` (scripts/test-all.mjs) builds once and sets this for the steps it starts after that
// (vsce's vscode:prepublish, the integration runner): a rebuild would only repeat the same output
// and, while other layers read dist/, delete it under them for a moment.
if (process.env.PERF_COACH_DIST_BUILT === '1' && existsSync(join(root, 'dist/eslint-plugin/index.js')) && existsSync(join(root, 'dist/extension/extension.js'))) {
  console.log('dist/ is fresh (built once by npm test), not rebuilt');
  process.exit(0);
}
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const fail = (msg) => {
  console.error(`build failed: ${msg}`);
  process.exit(1);
};

// 1. Every rule has an explainer and every explainer a rule (rules/<id>.md, front matter id = file name).
// A rule module is a file in src/rules/ that calls createRule (helpers live beside them).
const ruleIds = readdirSync(join(root, 'src/rules'))
  .filter((f) => f.endsWith('.ts') && /\bcreateRule</.test(readFileSync(join(root, 'src/rules', f), 'utf8')))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();
const explainerIds = readdirSync(join(root, 'rules'))
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .map((f) => f.replace(/\.md$/, ''))
  .sort();
const missing = ruleIds.filter((id) => !explainerIds.includes(id));
const orphans = explainerIds.filter((id) => !ruleIds.includes(id));
if (missing.length) fail(`rules without an explainer in rules/: ${missing.join(', ')}`);
if (orphans.length) fail(`explainers without a rule in src/rules/: ${orphans.join(', ')}`);
const severities = {};
for (const id of ruleIds) {
  const text = readFileSync(join(root, 'rules', `${id}.md`), 'utf8');
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!m) fail(`rules/${id}.md has no front matter`);
  const front = parseYaml(m[1]);
  if (front.id !== id) fail(`rules/${id}.md: front matter id is "${front.id}", expected "${id}"`);
  if (front.severity !== 'warn' && front.severity !== 'error') fail(`rules/${id}.md: severity must be warn or error`);
  severities[id] = front.severity;
}

// 2. The ESLint plugin: one CommonJS file. Its only runtime dependencies are the two native
// packages the project model reads other modules with (oxc-parser, oxc-resolver); without them
// the rules still run, one file at a time.
const out = join(root, 'dist/eslint-plugin');
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'docs'), { recursive: true });
await build({
  entryPoints: [join(root, 'src/eslint-plugin/index.ts')],
  outfile: join(out, 'index.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  minify: false,
  legalComments: 'none',
  external: ['oxc-parser', 'oxc-resolver'],
  // `require('eslint-plugin-perf-coach')` must return the plugin itself, not `{ default }`.
  footer: { js: 'module.exports = module.exports.default;' },
  define: {
    __PERF_COACH_VERSION__: JSON.stringify(pkg.version),
    __PERF_COACH_SEVERITIES__: JSON.stringify(severities),
  },
  logLevel: 'warning',
});
const pluginPkg = {
  name: 'eslint-plugin-perf-coach',
  version: pkg.version,
  description: 'ESLint rules that catch backend performance mistakes (N+1 calls, blocking I/O, sync logging, per-request connections, sequential awaits).',
  keywords: ['eslint', 'eslintplugin', 'eslint-plugin', 'performance', 'n+1', 'prisma', 'typeorm', 'nodejs'],
  license: pkg.license,
  main: 'index.js',
  types: 'index.d.ts',
  files: ['index.js', 'index.d.ts', 'oxlint.json', 'docs', 'README.md'],
  engines: { node: '>=18.18' },
  peerDependencies: { eslint: '^9.0.0 || ^10.0.0' },
  dependencies: { 'oxc-parser': pkg.dependencies['oxc-parser'], 'oxc-resolver': pkg.dependencies['oxc-resolver'] },
  repository: pkg.repository,
};
writeFileSync(join(out, 'package.json'), `${JSON.stringify(pluginPkg, null, 2)}\n`);
writeFileSync(
  join(out, 'index.d.ts'),
  `import type { ESLint, Linter } from 'eslint';\ndeclare const plugin: ESLint.Plugin & { configs: { recommended: Linter.Config; all: Linter.Config } };\nexport = plugin;\n`,
);
for (const id of ruleIds) copyFileSync(join(root, 'rules', `${id}.md`), join(out, 'docs', `${id}.md`));
// oxlint cannot read flat configs; this file lets users `"extends": ["./node_modules/eslint-plugin-perf-coach/oxlint.json"]`.
const oxlintConfig = { jsPlugins: ['./index.js'], rules: Object.fromEntries(ruleIds.map((id) => [`perf-coach/${id}`, severities[id]])) };
writeFileSync(join(out, 'oxlint.json'), `${JSON.stringify(oxlintConfig, null, 2)}\n`);
if (existsSync(join(root, 'src/eslint-plugin/README.md'))) copyFileSync(join(root, 'src/eslint-plugin/README.md'), join(out, 'README.md'));

// 3. The knowledge catalog (rules/topics, rules/questions, explainers) rendered to HTML once.
const catalogCli = join(root, 'src/knowledge/build-catalog-cli.ts');
if (existsSync(catalogCli)) {
  const tool = join(root, 'dist/tools/build-catalog.cjs');
  await build({ entryPoints: [catalogCli], outfile: tool, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
  const { execFileSync } = await import('node:child_process');
  try {
    execFileSync(process.execPath, [tool, '--root', root, '--out', join(root, 'dist/catalog.json'), '--rules', ruleIds.join(',')], { stdio: 'inherit' });
  } catch {
    fail('the knowledge catalog did not validate (see above)');
  }
}

// 4. The VS Code extension: the extension host side (CommonJS, `vscode` provided by the host) and
// the analysis worker. The worker is an ES module because oxc-parser is one; it stays external
// (its native binding is platform-specific) and ships in the .vsix's node_modules.
const extensionEntry = join(root, 'src/extension/extension.ts');
if (existsSync(extensionEntry)) {
  // The manifest lists each rule under perfCoach.rules (for the settings UI); keep it in step with src/rules.
  const manifestRules = Object.keys(pkg.contributes?.configuration?.properties?.['perfCoach.rules']?.properties ?? {}).sort();
  if (manifestRules.join() !== ruleIds.join()) fail(`package.json perfCoach.rules lists [${manifestRules.join(', ')}], src/rules has [${ruleIds.join(', ')}]`);
  const extOut = join(root, 'dist/extension');
  rmSync(extOut, { recursive: true, force: true });
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
    // Rule ids and default severities, so the extension host never loads the rule modules themselves.
    define: { __PERF_COACH_SEVERITIES__: JSON.stringify(severities) },
  };
  await Promise.all([
    build({ ...common, entryPoints: [extensionEntry], outfile: join(extOut, 'extension.js'), format: 'cjs', external: ['vscode'], minify: true, keepNames: true }),
    build({ ...common, entryPoints: [join(root, 'src/host/worker.ts')], outfile: join(extOut, 'worker.mjs'), format: 'esm', external: ['oxc-parser', 'oxc-resolver'], minify: true, keepNames: true }),
  ]);
  console.log('built dist/extension (extension.js, worker.mjs)');
}

console.log(`built dist/eslint-plugin (${ruleIds.length} rules)`);
