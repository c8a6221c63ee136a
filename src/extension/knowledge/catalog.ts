// The knowledge catalog (dist/catalog.json, rendered at build time) as the
// extension uses it: parsed, shape-checked and indexed by id. Loaded on first
// use and cached; no `vscode` import, so it is unit-tested directly.
import { readFile } from 'node:fs/promises';
import type {
  Catalog,
  CatalogCategory,
  CatalogQuestion,
  CatalogRule,
  CatalogTopic,
  CategoryId,
} from '../../knowledge/schema.js';

export interface CatalogIndex {
  catalog: Catalog;
  categories: Map<CategoryId, CatalogCategory>;
  topics: Map<string, CatalogTopic>;
  questions: Map<string, CatalogQuestion>;
  rules: Map<string, CatalogRule>;
}

export type CatalogResult = { ok: true; index: CatalogIndex } | { ok: false; error: string };

type Check = (value: Record<string, unknown>) => string | undefined;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringList = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');

function fields(strings: readonly string[], lists: readonly string[], extra?: Check): Check {
  return (value) => {
    for (const k of strings) if (typeof value[k] !== 'string') return `"${k}" is not a string`;
    for (const k of lists) if (!isStringList(value[k])) return `"${k}" is not a list of strings`;
    return extra?.(value);
  };
}

const checkCategory = fields(['id', 'title'], ['topicIds', 'questionIds', 'ruleIds']);
const checkTopic = fields(['id', 'title', 'category', 'summary', 'html'], ['patterns', 'related', 'questionIds', 'ruleIds'], (t) =>
  typeof t['automaticCheck'] === 'boolean' ? undefined : '"automaticCheck" is not a boolean',
);
const checkQuestion = fields(
  ['id', 'question', 'hint', 'difficulty', 'category', 'questionHtml', 'hintHtml', 'answerHtml'],
  ['topics', 'patterns'],
  (q) => {
    const ok = Array.isArray(q['followUps']) && q['followUps'].every((f) => isObject(f) && typeof f['question'] === 'string' && typeof f['answerHtml'] === 'string');
    return ok ? undefined : '"followUps" is not a list of { question, answerHtml }';
  },
);
const checkRule = fields(['id', 'title', 'category', 'severity', 'summary', 'cost', 'costPicture'], ['topics', 'questions'], (r) => {
  const ok = Array.isArray(r['sections']) && r['sections'].every((s) => isObject(s) && typeof s['id'] === 'string' && typeof s['title'] === 'string' && typeof s['html'] === 'string');
  return ok ? undefined : '"sections" is not a list of { id, title, html }';
});

function checkList(catalog: Record<string, unknown>, key: string, check: Check): string | undefined {
  const list = catalog[key];
  if (!Array.isArray(list)) return `"${key}" is missing`;
  for (const [i, item] of list.entries()) {
    if (!isObject(item)) return `${key}[${i}] is not an object`;
    const problem = check(item);
    if (problem) return `${key}[${i}] (${String(item['id'] ?? '?')}): ${problem}`;
  }
  return undefined;
}

/**
 * Parses the catalog's JSON text. Checks the shape of every field the panel
 * and the tree read, so a stale or hand-edited file fails here with one
 * message instead of half-rendering later.
 */
export function parseCatalog(text: string): CatalogResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `it is not valid JSON (${(e as Error).message})` };
  }
  if (!isObject(data)) return { ok: false, error: 'it is not a JSON object' };
  if (data['schemaVersion'] !== 1) return { ok: false, error: `schemaVersion is ${JSON.stringify(data['schemaVersion'])}, expected 1` };
  const problem =
    checkList(data, 'categories', checkCategory) ??
    checkList(data, 'topics', checkTopic) ??
    checkList(data, 'questions', checkQuestion) ??
    checkList(data, 'rules', checkRule);
  if (problem) return { ok: false, error: problem };
  return { ok: true, index: indexCatalog(data as unknown as Catalog) };
}

export function indexCatalog(catalog: Catalog): CatalogIndex {
  return {
    catalog,
    categories: new Map(catalog.categories.map((c) => [c.id, c])),
    topics: new Map(catalog.topics.map((t) => [t.id, t])),
    questions: new Map(catalog.questions.map((q) => [q.id, q])),
    rules: new Map(catalog.rules.map((r) => [r.id, r])),
  };
}

/** Accepts `no-n-plus-one` and `perf-coach/no-n-plus-one`. */
export function bareRuleId(ruleId: string): string {
  return ruleId.replace(/^perf-coach\//, '');
}

/**
 * Loads the catalog file once and caches it. A failure is reported through
 * `report` once per distinct message (so a missing file gives one clear
 * error, not one per click) and is not cached, so rebuilding the catalog
 * fixes a running session.
 */
export class CatalogStore {
  private loaded: Promise<CatalogIndex | undefined> | undefined;
  private readonly reported = new Set<string>();

  constructor(
    private readonly file: string,
    private readonly report: (message: string) => void,
    private readonly read: (file: string) => Promise<string> = (f) => readFile(f, 'utf8'),
  ) {}

  get(): Promise<CatalogIndex | undefined> {
    this.loaded ??= this.load();
    return this.loaded;
  }

  private async load(): Promise<CatalogIndex | undefined> {
    let result: CatalogResult;
    try {
      result = parseCatalog(await this.read(this.file));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      result = { ok: false, error: code === 'ENOENT' ? 'the file is missing' : (e as Error).message };
    }
    if (result.ok) return result.index;
    this.loaded = undefined;
    const message = `Perf Coach could not load its knowledge catalog (${this.file}): ${result.error}. Reinstall the extension, or run "npm run build" when developing it.`;
    if (!this.reported.has(message)) {
      this.reported.add(message);
      this.report(message);
    }
    return undefined;
  }
}
