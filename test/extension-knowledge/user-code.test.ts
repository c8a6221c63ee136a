import { describe, expect, it } from 'vitest';
import { renderPanelPage, libraryFix } from '../../src/extension/knowledge/panel-html.js';
import { detectLibrary, findingCode, highlightLines, parseFindingCode, userCodeRows } from '../../src/extension/knowledge/user-code.js';
import { parsePanelView, type PanelView } from '../../src/extension/knowledge/views.js';
import { assets, repoCatalog } from './fixtures.js';

const index = repoCatalog();
const render = (view: PanelView) => renderPanelPage(index, view, assets, { canGoBack: false }).html;

// The sequential-await example: two independent awaits, and the rule's Promise.all rewrite.
const handler = `router.get('/summary', async (req, res) => {
  const { customerId } = req.params;
  const customer = await prisma.customer.findUnique({ where: { id: customerId } });
  const openOrders = await prisma.order.count({ where: { customerId } });
  if (!customer) return res.sendStatus(404);
  res.json({ ...customer, openOrders });
});
`;
const flaggedStart = handler.indexOf('await prisma.order.count');
const range: [number, number] = [flaggedStart, handler.indexOf(';', flaggedStart)];
const rewriteFrom = handler.indexOf('const customer');
const rewriteTo = handler.indexOf('\n  if (!customer)');
const suggestion = {
  desc: 'Start them together with `Promise.all`.',
  fix: {
    range: [rewriteFrom, rewriteTo] as [number, number],
    text: 'const [customer, openOrders] = await Promise.all([\n    prisma.customer.findUnique({ where: { id: customerId } }),\n    prisma.order.count({ where: { customerId } }),\n  ]);',
  },
};

describe("the user's code in the explainer", () => {
  it('shows the rule suggestion as a diff of the user lines, with context and line numbers', () => {
    const code = findingCode(handler, range, 'src/routes/orders.ts', suggestion);
    const rows = userCodeRows(code);
    const text = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.html.replace(/<[^>]+>/g, '').replace(/&#x27;|&#39;/g, "'").trim());
    expect(text('removed')).toEqual([
      'const customer = await prisma.customer.findUnique({ where: { id: customerId } });',
      'const openOrders = await prisma.order.count({ where: { customerId } });',
    ]);
    expect(text('added')[0]).toBe('const [customer, openOrders] = await Promise.all([');
    expect(text('added')).toHaveLength(4);
    // Context around the change, numbered as in the file.
    expect(rows[0]).toMatchObject({ kind: 'context', number: 1 });
    expect(rows.at(-1)!.kind).toBe('context');
    // Highlighted: keywords are spans.
    expect(rows.find((r) => r.kind === 'removed')!.html).toContain('<span class="hljs-keyword">const</span>');
  });

  it('without a suggestion, marks the flagged lines among their context', () => {
    const code = findingCode(handler, range, 'a.js');
    expect(code.language).toBe('javascript');
    const rows = userCodeRows(code);
    expect(rows.filter((r) => r.kind === 'flagged').map((r) => r.number)).toEqual([4]);
  });

  it('closes and reopens highlight spans at line ends', () => {
    const lines = highlightLines('const s = `a\nb`;\n/* x\ny */', 'typescript');
    expect(lines).toHaveLength(4);
    for (const l of lines) expect((l.match(/<span/g) ?? []).length).toBe((l.match(/<\/span>/g) ?? []).length);
  });

  it('renders the diff escaped and highlighted, with SVG icons and no emoji', () => {
    const hostile = handler.replace("'/summary'", "'</pre><script>alert(1)</script>'");
    const code = findingCode(hostile, [hostile.indexOf('await prisma.order'), hostile.indexOf('await prisma.order') + 10], 'x.ts', {
      ...suggestion,
      fix: { ...suggestion.fix, range: [hostile.indexOf('const customer'), hostile.indexOf('\n  if (!customer)')] },
    });
    const html = render({ kind: 'rule', id: 'no-sequential-await', finding: { message: 'm', snippet: 's', uri: 'file:///x.ts', line: 3, code } });
    expect(html).toContain('row-added');
    expect(html).toContain("The rule's fix for your code");
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toMatch(/[\u2705\u274c\u26a0\u2713\u2717]/u);
  });

  it('without a suggestion, shows the fix for the library the code uses', () => {
    expect(detectLibrary('const users = await User.findAll();', "import { User } from './models';\nimport { Sequelize } from 'sequelize';")).toBe('Sequelize');
    expect(detectLibrary('await prisma.customer.findUnique({ where: { id } })', "import { prisma } from '../db';")).toBe('Prisma');
    const rule = index.rules.get('no-n-plus-one')!;
    expect(libraryFix(rule, 'Sequelize')!.heading).toBe('Sequelize');
    expect(libraryFix(rule, 'MongoDB driver')!.heading).toMatch(/MongoDB/);
    expect(libraryFix(rule, 'axios')!.heading).toMatch(/HTTP/);
    const html = render({
      kind: 'rule',
      id: 'no-n-plus-one',
      finding: { message: 'm', snippet: 'await User.findByPk(id)', uri: 'file:///x.ts', line: 0, library: 'Sequelize', code: findingCode('for (const id of ids) {\n  await User.findByPk(id);\n}\n', [26, 42], 'x.ts') },
    });
    expect(html).toContain('The fix with Sequelize');
    expect(html).not.toContain('The fix with Prisma');
  });

  it('survives the panel state round trip, and rejects malformed code', () => {
    const code = findingCode(handler, range, 'x.ts', suggestion);
    const view: PanelView = { kind: 'rule', id: 'no-sequential-await', finding: { message: 'm', snippet: 's', uri: 'file:///x.ts', line: 3, code, library: 'Prisma' } };
    expect(parsePanelView(JSON.parse(JSON.stringify(view)))).toEqual(view);
    expect(parseFindingCode({ ...code, flagged: [0, 99] })).toBeUndefined();
    expect(parseFindingCode({ ...code, lines: [1, 2] })).toBeUndefined();
  });
});

describe('a fix per supported library in every explainer', () => {
  const LIBRARIES: Record<string, string[]> = {
    'no-n-plus-one': ['Prisma', 'TypeORM', 'Sequelize', 'Mongoose', 'MongoDB driver', 'MikroORM', 'Drizzle', 'Knex', 'pg', 'mysql2', 'ioredis', 'redis', 'AWS SDK', 'axios', 'got', 'undici'],
    'prefer-connection-pool': ['Prisma', 'TypeORM', 'Sequelize', 'Mongoose', 'MongoDB driver', 'MikroORM', 'Drizzle', 'Knex', 'pg', 'mysql2', 'ioredis', 'redis', 'AWS SDK', 'axios', 'got', 'undici'],
    'no-sync-logging': ['pino', 'winston', 'bunyan'],
    'no-blocking-io': ['node:fs', 'node:crypto', 'bcrypt', 'node:zlib', 'node:child_process'],
  };
  for (const [ruleId, libraries] of Object.entries(LIBRARIES)) {
    it(`${ruleId}: "How to fix it" has a part for ${libraries.join(', ')}`, () => {
      const rule = index.rules.get(ruleId)!;
      const missing = libraries.filter((l) => !libraryFix(rule, l));
      expect(missing).toEqual([]);
    });
  }

  it('every explainer links official documentation', () => {
    for (const rule of index.catalog.rules) {
      const html = rule.sections.map((s) => s.html).join('');
      expect(html, rule.id).toMatch(/<a href="https:\/\/(?!github\.com\/perf-coach)/);
    }
  });
});

