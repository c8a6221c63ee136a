import { describe, expect, it } from 'vitest';
import { rules } from '../../src/rules';
import { plainText } from '../../src/extension/plain-text';

/**
 * The Problems list cuts long messages, so each finding's first sentence says what and where in
 * about 80 characters (checked at 90 on data like the findings on examples/), and the rest
 * (why, and what to do) follows.
 */
const SAMPLE: Record<string, string> = {
  call: 'fs.readFileSync',
  previous: 'prisma.customer.findUnique',
  where: 'on a request path (route handler `GET /:id`, line 42)',
  repetition: 'item of `orders` (loop at line 17)',
  query: 'prisma.order.findFirst',
  queryLine: '7',
  line: '18',
  collection: 'names',
  combinator: 'Promise.all',
  logger: 'logAuditEvent',
  from: '',
  what: 'Prisma client with its own connection pool',
  alternative: 'a pool',
};
const SUGGESTIONS = new Set(['useAsync', 'useLogger', 'usePromiseAll', 'removeAwait', 'useCreatePool', 'hoist', 'batchRead', 'batchReadBeforeLoop', 'batchReadFirst', 'batchWrite', 'fewAtATime']);
const placeholders = (t: string) => [...t.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]);
const fill = (t: string) => plainText(t.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => SAMPLE[k] ?? k));
const firstSentence = (t: string) => t.split(/(?<=\.)\s/)[0]!;

describe('Problems messages', () => {
  for (const [ruleId, rule] of Object.entries(rules)) {
    for (const [messageId, text] of Object.entries((rule as { meta: { messages: Record<string, string> } }).meta.messages)) {
      if (SUGGESTIONS.has(messageId)) continue;
      it(`${ruleId}/${messageId}: what and where first, in about 80 characters`, () => {
        for (const p of placeholders(text)) expect(SAMPLE, `sample data for {{${p}}}`).toHaveProperty(p);
        const first = firstSentence(fill(text));
        expect(first.length, first).toBeLessThanOrEqual(90);
        if (text.includes('{{where}}') && !text.includes('{{query}}')) expect(firstSentence(text)).toContain('{{where}}');
      });
    }
  }
});
