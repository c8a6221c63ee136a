#!/usr/bin/env node
// Scaffolds a rule: src/rules/<id>.ts, rules/<id>.md (explainer) and test/rules/<id>.test.ts.
// Usage: node scripts/new-rule.mjs <rule-id> "<description>" <database|application|concurrency|network>
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [id, description, category] = process.argv.slice(2);
if (!id || !/^[a-z][a-z0-9-]+$/.test(id) || !description || !['database', 'application', 'concurrency', 'network'].includes(category)) {
  console.error('usage: node scripts/new-rule.mjs <rule-id> "<description>" <database|application|concurrency|network>');
  process.exit(2);
}
const files = {
  [`src/rules/${id}.ts`]: `import type { TSESTree } from '@typescript-eslint/utils';
import type { AnalysisOptions } from '../analysis/options';
import { fileAnalysis, mayReportIn } from './util/analysis-context';
import { createRule } from './util/create-rule';
import { optionsSchema } from './util/schema';

type Options = [AnalysisOptions];
type MessageIds = 'found';

export default createRule<MessageIds, Options>({
  name: '${id}',
  meta: {
    type: 'problem',
    docs: { description: ${JSON.stringify(description)}, recommended: false, category: '${category}' },
    messages: { found: 'TODO: name the call and why it costs.' },
    schema: optionsSchema(),
    defaultOptions: [{}],
  },
  create(context, [options]) {
    if (!mayReportIn(context, '${id}' as never)) return {};
    return {
      'Program:exit'() {
        const analysis = fileAnalysis(context, options);
        if (!analysis || analysis.fileKind !== 'runtime') return;
        for (const site of analysis.collected.calls) {
          // TODO: decide from analysis.effectOf(site), analysis.requestPathOf(site.fn), analysis.perItemRepetition(site)
          void site;
          void (undefined as unknown as TSESTree.Node);
        }
      },
    };
  },
});
`,
  [`rules/${id}.md`]: `---
id: ${id}
title: TODO
category: ${category}
severity: warn
summary: TODO one sentence for hovers.
cost: TODO one line with a back-of-envelope figure.
topics: []
questions: []
costPicture: cost-${id}.svg
---

## What it is

## Why it costs

## How to fix it

## When it is fine

## How to verify the fix

## Examples
`,
  [`test/rules/${id}.test.ts`]: `import rule from '../../src/rules/${id}';
import { createRuleTester } from './rule-tester';

createRuleTester().run('${id}', rule, {
  valid: [
    // { name: 'the trap, named after what makes it fine', code: \`...\`, filename: 'src/routes/x.ts' },
  ],
  invalid: [
    // { name: '...', code: \`...\`, errors: [{ messageId: 'found', line: 1, column: 1 }] },
  ],
});
`,
};
for (const [path, text] of Object.entries(files)) {
  if (existsSync(join(root, path))) {
    console.error(`${path} exists; nothing written`);
    process.exit(1);
  }
}
for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
console.log(`Wrote ${Object.keys(files).join(', ')}.\nNext: register it in src/rules/index.ts, add a prefilter in src/rules/prefilters.ts, a cost picture in media/, and fill in the explainer.`);
