import { describe, expect, it, vi } from 'vitest';
import { bareRuleId, CatalogStore, parseCatalog } from '../../src/extension/knowledge/catalog.js';
import { repoCatalog } from './fixtures.js';

const good = JSON.stringify(repoCatalog().catalog);

describe('parseCatalog', () => {
  it('indexes the real catalog by id', () => {
    const result = parseCatalog(good);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.index.rules.get('no-n-plus-one')?.title).toBe('N+1 calls');
    expect(result.index.categories.size).toBe(7);
    expect(result.index.topics.size).toBe(result.index.catalog.topics.length);
  });

  it.each([
    ['not JSON', '{', /not valid JSON/],
    ['not an object', '[]', /not a JSON object/],
    ['another schema version', '{"schemaVersion":2}', /schemaVersion is 2, expected 1/],
    ['a missing list', '{"schemaVersion":1,"categories":[]}', /"topics" is missing/],
  ])('rejects %s', (_name, text, error) => {
    const result = parseCatalog(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });

  it('names the entry and field that has the wrong shape', () => {
    const data = JSON.parse(good);
    delete data.questions[3].answerHtml;
    const result = parseCatalog(JSON.stringify(data));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBe(`questions[3] (${data.questions[3].id}): "answerHtml" is not a string`);
  });
});

describe('CatalogStore', () => {
  it('reads the file once and caches the index', async () => {
    const read = vi.fn(async () => good);
    const store = new CatalogStore('/ext/dist/catalog.json', () => {}, read);
    const [a, b] = await Promise.all([store.get(), store.get()]);
    expect(a).toBeDefined();
    expect(a).toBe(b);
    expect(await store.get()).toBe(a);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('reports a missing file once, retries on the next use, and recovers', async () => {
    const report = vi.fn();
    let present = false;
    const read = vi.fn(async () => {
      if (present) return good;
      throw Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });
    });
    const store = new CatalogStore('/ext/dist/catalog.json', report, read);
    expect(await store.get()).toBeUndefined();
    expect(await store.get()).toBeUndefined();
    expect(report).toHaveBeenCalledTimes(1);
    expect(report.mock.calls[0]![0]).toMatch(/could not load its knowledge catalog \(\/ext\/dist\/catalog\.json\): the file is missing/);
    present = true;
    expect(await store.get()).toBeDefined();
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('reports an invalid file without throwing', async () => {
    const report = vi.fn();
    const store = new CatalogStore('/c.json', report, async () => '{"schemaVersion":1}');
    await expect(store.get()).resolves.toBeUndefined();
    expect(report).toHaveBeenCalledWith(expect.stringContaining('"categories" is missing'));
  });
});

describe('bareRuleId', () => {
  it('strips the plugin prefix', () => {
    expect(bareRuleId('perf-coach/no-n-plus-one')).toBe('no-n-plus-one');
    expect(bareRuleId('no-n-plus-one')).toBe('no-n-plus-one');
  });
});
