// Small in-memory knowledge bases for validation tests: one valid base, and
// helpers to break it in exactly one way per test.
import { CATEGORIES, type KnowledgeBase, type RuleExplainer, type Topic, type Question } from '../../src/knowledge/schema.js';

export const RULE_ID = 'no-demo';
export const MEDIA = ['cost-demo.svg'];

export const VALID_RULE_BODY = `## What it is

A demo pattern.

## Why it costs

10 items x 2 ms = 20 ms.

## How to fix it

### Prisma

Use \`include\`.

## When it is fine

Small lists.

## How to verify the fix

Count queries.

## Examples

\`\`\`ts
// ❌ one query per item
for (const o of orders) await db.find(o.id);
\`\`\`

\`\`\`ts
// ✅ one query
await db.findMany(ids);
\`\`\`
`;

export function validKnowledge(): KnowledgeBase {
  const topics: Topic[] = CATEGORIES.map((c, i) => ({
    id: `topic-${c.id}`,
    title: `Topic ${i}`,
    category: c.id,
    summary: 'A summary.',
    patterns: i === 0 ? [RULE_ID] : [],
    automaticCheck: i === 0,
    related: i === 0 ? [] : ['topic-caching'],
    body: 'Explainer text. See [the rule](../no-demo.md).',
    path: `rules/topics/topic-${c.id}.md`,
  }));
  const questions: Question[] = ['q-one', 'q-two'].map((id) => ({
    id,
    question: 'Why?',
    hint: 'Think.',
    difficulty: 'mid',
    category: 'caching',
    topics: ['topic-caching'],
    patterns: [RULE_ID],
    followUps: [{ question: 'And then?', answer: 'Then this.' }],
    body: 'Model answer. Related: [topic](../topics/topic-database.md).',
    path: `rules/questions/${id}.md`,
  }));
  const rules: RuleExplainer[] = [
    {
      id: RULE_ID,
      title: 'Demo',
      category: 'caching',
      severity: 'warn',
      summary: 'One sentence.',
      cost: '20 ms.',
      topics: ['topic-caching'],
      questions: ['q-one', 'q-two'],
      costPicture: 'cost-demo.svg',
      body: VALID_RULE_BODY,
      path: `rules/${RULE_ID}.md`,
    },
  ];
  return { topics, questions, rules };
}

/** A fresh valid base with `mutate` applied. */
export function broken(mutate: (kb: KnowledgeBase) => void): KnowledgeBase {
  const kb = validKnowledge();
  mutate(kb);
  return kb;
}
