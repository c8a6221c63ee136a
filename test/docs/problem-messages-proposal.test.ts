import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/rules';
import { plainText } from '../../src/extension/plain-text';

/**
 * docs/problem-messages-proposal.json proposes shorter Problems-panel messages for the rules'
 * owners: the first sentence says what and where in about 80 characters. This checks that each
 * proposal fits today's message (same placeholders) and keeps that promise on data taken from
 * the findings on examples/.
 */
const proposal = JSON.parse(readFileSync(join(__dirname, '../../docs/problem-messages-proposal.json'), 'utf8')).messages as Record<string, Record<string, string>>;

/**
 * Data from the findings on examples/, with `where` in the shorter form the proposal also asks
 * for ("in route handler `GET /revenue` (line 29)" instead of "on a request path (route handler
 * `GET /revenue`, line 29)"; built in src/rules, see the proposal's whereFormat).
 */
const SAMPLE: Record<string, string> = {
  call: 'fs.readFileSync',
  previous: 'prisma.customer.findUnique',
  where: 'in route handler `GET /:id/avatar` (line 42)',
  repetition: 'item of `orders` (loop at line 17)',
  query: 'redis.get',
  queryLine: '7',
  line: '18',
  collection: 'names',
  combinator: 'Promise.all',
  logger: 'logAuditEvent',
  what: 'pg connection',
  alternative: 'a pool',
};
/** Per rule, where the examples' data differ. */
const SAMPLE_FOR: Record<string, Record<string, string>> = {
  'prefer-connection-pool': { call: 'Client', where: 'in route handler `GET /revenue` (line 29)' },
  'no-sequential-await': { call: 'prisma.order.count' },
};

const placeholders = (t: string) => [...t.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const fill = (t: string, ruleId: string) => plainText(t.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => SAMPLE_FOR[ruleId]?.[k] ?? SAMPLE[k] ?? k));
const firstSentence = (t: string) => t.split(/(?<=\.)\s/)[0]!;

describe('proposed Problems messages', () => {
  for (const [ruleId, messages] of Object.entries(proposal)) {
    for (const [messageId, text] of Object.entries(messages)) {
      it(`${ruleId}/${messageId}: same placeholders as today, what and where first, in about 80 characters`, () => {
        const current = (rules as Record<string, { meta: { messages: Record<string, string> } }>)[ruleId]?.meta.messages[messageId];
        expect(current, 'a message the rule has today').toBeDefined();
        expect(placeholders(text)).toEqual(placeholders(current!));
        const first = firstSentence(fill(text, ruleId));
        expect(first.length, first).toBeLessThanOrEqual(90);
        if (text.includes('{{where}}')) expect(firstSentence(text)).toContain('{{where}}');
      });
    }
  }
});
