// Types and validation for the coaching knowledge base under `rules/`.
// Pure functions only: callers pass in what was read from disk (documents,
// the list of rule ids, the files in media/), so the same checks run in the
// build, in tests against in-memory fixtures, and anywhere else without I/O.

export const CATEGORIES = [
  { id: 'caching', title: 'Caching' },
  { id: 'database', title: 'Database' },
  { id: 'application', title: 'Application and code-level tuning' },
  { id: 'concurrency', title: 'Concurrency and async processing' },
  { id: 'network', title: 'Network and protocols' },
  { id: 'architecture', title: 'Architecture for performance' },
  { id: 'measurement', title: 'Measurement' },
] as const;

export type CategoryId = (typeof CATEGORIES)[number]['id'];
export const CATEGORY_IDS: readonly CategoryId[] = CATEGORIES.map((c) => c.id);

export interface Category {
  id: CategoryId;
  title: string;
}

export const DIFFICULTIES = ['junior', 'mid', 'senior'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const SEVERITIES = ['warn', 'error'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Body sections of a rule explainer, in the order they must appear. */
export const RULE_SECTIONS = [
  { id: 'what-it-is', title: 'What it is' },
  { id: 'why-it-costs', title: 'Why it costs' },
  { id: 'how-to-fix-it', title: 'How to fix it' },
  { id: 'when-it-is-fine', title: 'When it is fine' },
  { id: 'how-to-verify-the-fix', title: 'How to verify the fix' },
  { id: 'examples', title: 'Examples' },
] as const;
export type RuleSectionId = (typeof RULE_SECTIONS)[number]['id'];

/** Where a document came from; `path` is relative to the repo root and only used in messages. */
interface Sourced {
  path?: string;
  /** Markdown body after the front matter. */
  body: string;
}

export interface Topic extends Sourced {
  id: string;
  title: string;
  category: CategoryId;
  summary: string;
  /** Rule ids that check this topic; empty when no rule does. */
  patterns: string[];
  /** False renders as "no automatic check yet". Must agree with `patterns`. */
  automaticCheck: boolean;
  related: string[];
}

export interface FollowUp {
  question: string;
  answer: string;
}

export interface Question extends Sourced {
  id: string;
  question: string;
  hint: string;
  difficulty: Difficulty;
  category: CategoryId;
  topics: string[];
  patterns: string[];
  followUps: FollowUp[];
}

export interface RuleExplainer extends Sourced {
  id: string;
  title: string;
  category: CategoryId;
  severity: Severity;
  summary: string;
  cost: string;
  topics: string[];
  questions: string[];
  costPicture: string;
}

export interface KnowledgeBase {
  topics: Topic[];
  questions: Question[];
  rules: RuleExplainer[];
}

export interface ValidationContext {
  /** Ids of the rules implemented in src/rules/, without the `perf-coach/` prefix. */
  ruleIds: readonly string[];
  /** File names present in media/ (e.g. `cost-n-plus-one.svg`). */
  mediaFiles: readonly string[];
}

// ---------------------------------------------------------------------------
// Rendered catalog (dist/catalog.json), what the extension loads.

export interface CatalogCategory extends Category {
  topicIds: string[];
  questionIds: string[];
  ruleIds: string[];
}

export interface CatalogTopic extends Omit<Topic, 'body' | 'path'> {
  html: string;
  /** Back-links, computed: questions and rule explainers that link this topic. */
  questionIds: string[];
  ruleIds: string[];
}

export interface CatalogFollowUp extends FollowUp {
  answerHtml: string;
}

export interface CatalogQuestion extends Omit<Question, 'body' | 'path' | 'followUps'> {
  questionHtml: string;
  hintHtml: string;
  answerHtml: string;
  followUps: CatalogFollowUp[];
}

export interface CatalogSection {
  id: RuleSectionId;
  title: string;
  html: string;
}

export interface CatalogRule extends Omit<RuleExplainer, 'body' | 'path'> {
  sections: CatalogSection[];
}

export interface CatalogCounts {
  categories: number;
  topics: number;
  questions: number;
  rules: number;
  topicsWithoutCheck: number;
  topicsByCategory: Record<CategoryId, number>;
  questionsByCategory: Record<CategoryId, number>;
  questionsByDifficulty: Record<Difficulty, number>;
  linksByRule: Record<string, { topics: number; questions: number }>;
}

export interface Catalog {
  schemaVersion: 1;
  categories: CatalogCategory[];
  topics: CatalogTopic[];
  questions: CatalogQuestion[];
  rules: CatalogRule[];
  counts: CatalogCounts;
}

// ---------------------------------------------------------------------------
// Reading front matter into typed documents. Each reader returns the value
// when the shape is right, plus every problem it found (not just the first).

export interface RawDocument {
  /** Repo-relative path, used in messages and to check that file name = id. */
  path: string;
  /** Parsed YAML front matter (anything; checked here). */
  data: unknown;
  body: string;
}

export interface ReadResult<T> {
  value?: T;
  errors: string[];
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

class FieldReader {
  readonly errors: string[] = [];
  private readonly record: Record<string, unknown>;

  constructor(
    private readonly where: string,
    data: unknown,
  ) {
    if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
      this.record = data as Record<string, unknown>;
    } else {
      this.record = {};
      this.errors.push(`${where}: front matter is missing or not a YAML mapping`);
    }
  }

  string(key: string): string {
    const v = this.record[key];
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
    this.errors.push(`${this.where}: "${key}" must be a non-empty string`);
    return '';
  }

  boolean(key: string): boolean {
    const v = this.record[key];
    if (typeof v === 'boolean') return v;
    this.errors.push(`${this.where}: "${key}" must be true or false`);
    return false;
  }

  oneOf<T extends string>(key: string, allowed: readonly T[]): T {
    const v = this.record[key];
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    this.errors.push(`${this.where}: "${key}" is ${JSON.stringify(v)}; expected one of ${allowed.join(', ')}`);
    return allowed[0] as T;
  }

  /** A list of strings; a missing key is an error, `[]` is allowed. */
  stringList(key: string): string[] {
    const v = this.record[key];
    if (Array.isArray(v) && v.every((x) => typeof x === 'string' && x.trim() !== '')) {
      return (v as string[]).map((x) => x.trim());
    }
    this.errors.push(`${this.where}: "${key}" must be a list of strings (use [] for none)`);
    return [];
  }

  followUps(key: string): FollowUp[] {
    const v = this.record[key];
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      this.errors.push(`${this.where}: "${key}" must be a list of { question, answer }`);
      return [];
    }
    const out: FollowUp[] = [];
    v.forEach((item: unknown, i: number) => {
      const rec = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
      const q = rec['question'];
      const a = rec['answer'];
      if (typeof q === 'string' && q.trim() !== '' && typeof a === 'string' && a.trim() !== '') {
        out.push({ question: q.trim(), answer: a.trim() });
      } else {
        this.errors.push(`${this.where}: ${key}[${i}] needs a non-empty "question" and "answer"`);
      }
    });
    return out;
  }

  unknownKeys(known: readonly string[]): void {
    for (const k of Object.keys(this.record)) {
      if (!known.includes(k)) this.errors.push(`${this.where}: unknown front matter key "${k}"`);
    }
  }
}

const TOPIC_KEYS = ['id', 'title', 'category', 'summary', 'patterns', 'automaticCheck', 'related'] as const;
const QUESTION_KEYS = ['id', 'question', 'hint', 'difficulty', 'category', 'topics', 'patterns', 'followUps'] as const;
const RULE_KEYS = ['id', 'title', 'category', 'severity', 'summary', 'cost', 'topics', 'questions', 'costPicture'] as const;

function finish<T>(r: FieldReader, value: T): ReadResult<T> {
  return r.errors.length ? { errors: r.errors } : { value, errors: [] };
}

export function readTopic(doc: RawDocument): ReadResult<Topic> {
  const r = new FieldReader(doc.path, doc.data);
  const value: Topic = {
    path: doc.path,
    body: doc.body,
    id: r.string('id'),
    title: r.string('title'),
    category: r.oneOf('category', CATEGORY_IDS),
    summary: r.string('summary'),
    patterns: r.stringList('patterns'),
    automaticCheck: r.boolean('automaticCheck'),
    related: r.stringList('related'),
  };
  r.unknownKeys(TOPIC_KEYS);
  return finish(r, value);
}

export function readQuestion(doc: RawDocument): ReadResult<Question> {
  const r = new FieldReader(doc.path, doc.data);
  const value: Question = {
    path: doc.path,
    body: doc.body,
    id: r.string('id'),
    question: r.string('question'),
    hint: r.string('hint'),
    difficulty: r.oneOf('difficulty', DIFFICULTIES),
    category: r.oneOf('category', CATEGORY_IDS),
    topics: r.stringList('topics'),
    patterns: r.stringList('patterns'),
    followUps: r.followUps('followUps'),
  };
  r.unknownKeys(QUESTION_KEYS);
  return finish(r, value);
}

export function readRuleExplainer(doc: RawDocument): ReadResult<RuleExplainer> {
  const r = new FieldReader(doc.path, doc.data);
  const value: RuleExplainer = {
    path: doc.path,
    body: doc.body,
    id: r.string('id'),
    title: r.string('title'),
    category: r.oneOf('category', CATEGORY_IDS),
    severity: r.oneOf('severity', SEVERITIES),
    summary: r.string('summary'),
    cost: r.string('cost'),
    topics: r.stringList('topics'),
    questions: r.stringList('questions'),
    costPicture: r.string('costPicture'),
  };
  r.unknownKeys(RULE_KEYS);
  return finish(r, value);
}

// ---------------------------------------------------------------------------
// Markdown structure helpers (line based; enough for the bodies we write).

export interface MarkdownSection {
  title: string;
  /** Text under the heading, up to the next `## ` heading. */
  content: string;
}

const FENCE = /^\s{0,3}(```|~~~)/;

/** Splits a body on `## ` headings that are not inside fenced code. Text before the first heading is dropped. */
export function splitSections(body: string): MarkdownSection[] {
  const sections: MarkdownSection[] = [];
  let fence: string | null = null;
  let current: { title: string; lines: string[] } | null = null;
  for (const line of body.split(/\r?\n/)) {
    const f = FENCE.exec(line);
    if (f) fence = fence === null ? (f[1] ?? null) : fence === f[1] ? null : fence;
    const heading = fence === null && !f ? /^##\s+(.+?)\s*#*\s*$/.exec(line) : null;
    if (heading && !line.startsWith('###')) {
      if (current) sections.push({ title: current.title, content: current.lines.join('\n').trim() });
      current = { title: heading[1] ?? '', lines: [] };
    } else if (current) {
      current.lines.push(line);
    }
  }
  if (current) sections.push({ title: current.title, content: current.lines.join('\n').trim() });
  return sections;
}

export interface FencedBlock {
  info: string;
  code: string;
}

export function fencedBlocks(markdown: string): FencedBlock[] {
  const blocks: FencedBlock[] = [];
  let open: { marker: string; info: string; lines: string[] } | null = null;
  for (const line of markdown.split(/\r?\n/)) {
    const f = /^\s{0,3}(```|~~~)\s*(.*)$/.exec(line);
    if (open === null && f) {
      open = { marker: f[1] ?? '```', info: (f[2] ?? '').trim(), lines: [] };
    } else if (open !== null && f && f[1] === open.marker && (f[2] ?? '').trim() === '') {
      blocks.push({ info: open.info, code: open.lines.join('\n') });
      open = null;
    } else if (open !== null) {
      open.lines.push(line);
    }
  }
  return blocks;
}

/** Link targets in Markdown prose (fenced code and inline code are skipped). */
export function markdownLinkTargets(markdown: string): string[] {
  const prose: string[] = [];
  let fence: string | null = null;
  for (const line of markdown.split(/\r?\n/)) {
    const f = FENCE.exec(line);
    if (f) {
      fence = fence === null ? (f[1] ?? null) : fence === f[1] ? null : fence;
      continue;
    }
    if (fence === null) prose.push(line.replace(/`[^`]*`/g, ''));
  }
  const targets: string[] = [];
  const link = /\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
  for (const m of prose.join('\n').matchAll(link)) targets.push(m[1] ?? '');
  return targets;
}

/**
 * A link to another knowledge-base entry is written as a relative link to its
 * Markdown file (`./connection-pooling.md`, `../questions/q-pool-sizing.md`),
 * so it also works when browsing the repo. Returns the linked id, or
 * undefined for anything else.
 */
export function knowledgeLinkId(href: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#') || href.startsWith('/')) return undefined;
  const m = /(?:^|\/)([a-z0-9-]+)\.md(?:#[\w-]*)?$/.exec(href);
  return m?.[1];
}

// ---------------------------------------------------------------------------
// Cross-document validation.

export function validateKnowledge(kb: KnowledgeBase, ctx: ValidationContext): string[] {
  const errors: string[] = [];
  const where = (d: { path?: string; id: string }, kind: string) => d.path ?? `${kind} ${d.id}`;

  // Ids: well-formed, unique across all three kinds, and equal to the file name.
  const owners = new Map<string, string>();
  const all: Array<[string, { id: string; path?: string }]> = [
    ...kb.topics.map((t) => ['topic', t] as [string, Topic]),
    ...kb.questions.map((q) => ['question', q] as [string, Question]),
    ...kb.rules.map((r) => ['rule explainer', r] as [string, RuleExplainer]),
  ];
  for (const [kind, d] of all) {
    const w = where(d, kind);
    if (!ID_PATTERN.test(d.id)) errors.push(`${w}: id "${d.id}" must be lower-case words joined by "-"`);
    if (kind === 'question' && !d.id.startsWith('q-')) errors.push(`${w}: question id "${d.id}" must start with "q-"`);
    if (kind !== 'question' && d.id.startsWith('q-')) errors.push(`${w}: only question ids may start with "q-"`);
    const previous = owners.get(d.id);
    if (previous !== undefined) errors.push(`${w}: id "${d.id}" is already used by ${previous}`);
    else owners.set(d.id, w);
    if (d.path !== undefined) {
      const base = d.path.split(/[\\/]/).pop()?.replace(/\.md$/, '');
      if (base !== d.id) errors.push(`${w}: file name should be ${d.id}.md to match the id`);
    }
  }

  const topicIds = new Set(kb.topics.map((t) => t.id));
  const questionIds = new Set(kb.questions.map((q) => q.id));
  const ruleIds = new Set(ctx.ruleIds);
  const explainerIds = new Set(kb.rules.map((r) => r.id));
  const media = new Set(ctx.mediaFiles);
  const allIds = new Set(owners.keys());

  const checkLinks = (w: string, field: string, ids: readonly string[], valid: Set<string>, kind: string) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (!valid.has(id)) errors.push(`${w}: ${field} "${id}" is not a known ${kind} id`);
      if (seen.has(id)) errors.push(`${w}: ${field} lists "${id}" twice`);
      seen.add(id);
    }
  };
  const checkBodyLinks = (w: string, body: string) => {
    for (const href of markdownLinkTargets(body)) {
      if (/^https?:\/\//i.test(href) || href.startsWith('#')) continue;
      const id = knowledgeLinkId(href);
      if (id === undefined) errors.push(`${w}: link "${href}" is neither http(s) nor a link to a knowledge-base .md file`);
      else if (!allIds.has(id)) errors.push(`${w}: link "${href}" points to "${id}", which does not exist`);
    }
  };

  for (const t of kb.topics) {
    const w = where(t, 'topic');
    checkLinks(w, 'patterns', t.patterns, ruleIds, 'rule');
    checkLinks(w, 'related', t.related, topicIds, 'topic');
    if (t.related.includes(t.id)) errors.push(`${w}: related lists the topic itself`);
    if (t.automaticCheck !== t.patterns.length > 0) {
      errors.push(`${w}: automaticCheck is ${t.automaticCheck} but patterns has ${t.patterns.length} rule(s)`);
    }
    if (t.body.trim() === '') errors.push(`${w}: body is empty; write the explainer`);
    checkBodyLinks(w, t.body);
  }

  for (const q of kb.questions) {
    const w = where(q, 'question');
    if (q.topics.length === 0) errors.push(`${w}: links no topic (every question needs at least one)`);
    checkLinks(w, 'topics', q.topics, topicIds, 'topic');
    checkLinks(w, 'patterns', q.patterns, ruleIds, 'rule');
    if (q.body.trim() === '') errors.push(`${w}: body is empty; write the model answer`);
    checkBodyLinks(w, q.body);
  }

  for (const r of kb.rules) {
    const w = where(r, 'rule explainer');
    if (!ruleIds.has(r.id)) errors.push(`${w}: no rule "${r.id}" in src/rules/ (an explainer needs a rule)`);
    if (r.topics.length < 1) errors.push(`${w}: links ${r.topics.length} topics; needs at least 1`);
    if (r.questions.length < 2) errors.push(`${w}: links ${r.questions.length} questions; needs at least 2`);
    checkLinks(w, 'topics', r.topics, topicIds, 'topic');
    checkLinks(w, 'questions', r.questions, questionIds, 'question');
    if (!r.costPicture.endsWith('.svg')) errors.push(`${w}: costPicture "${r.costPicture}" must be an .svg file`);
    else if (!media.has(r.costPicture)) errors.push(`${w}: costPicture "${r.costPicture}" is not in media/`);
    errors.push(...ruleBodyErrors(w, r.body));
    checkBodyLinks(w, r.body);
  }

  for (const id of ctx.ruleIds) {
    if (!explainerIds.has(id)) errors.push(`rules/${id}.md: missing; rule "${id}" has no explainer`);
  }

  for (const c of CATEGORIES) {
    if (!kb.topics.some((t) => t.category === c.id)) errors.push(`category ${c.id}: has no topic`);
  }

  return errors;
}

function ruleBodyErrors(w: string, body: string): string[] {
  const errors: string[] = [];
  const sections = splitSections(body);
  const titles = sections.map((s) => s.title);
  const expected: readonly string[] = RULE_SECTIONS.map((s) => s.title);
  for (const t of titles) {
    if (!expected.includes(t)) errors.push(`${w}: unexpected section "## ${t}"`);
  }
  for (const t of expected) {
    const count = titles.filter((x) => x === t).length;
    if (count === 0) errors.push(`${w}: missing section "## ${t}"`);
    if (count > 1) errors.push(`${w}: section "## ${t}" appears ${count} times`);
  }
  const order = titles.filter((t) => expected.includes(t));
  const sortedOrder = [...order].sort((a, b) => expected.indexOf(a) - expected.indexOf(b));
  if (order.join('|') !== sortedOrder.join('|')) {
    errors.push(`${w}: sections must be in this order: ${expected.join(', ')}`);
  }
  for (const s of sections) {
    if (s.content === '') errors.push(`${w}: section "## ${s.title}" is empty`);
  }
  const fix = sections.find((s) => s.title === 'How to fix it');
  if (fix && !/^###\s+\S/m.test(fix.content)) errors.push(`${w}: "## How to fix it" needs a "###" per library or technique`);
  const examples = sections.find((s) => s.title === 'Examples');
  if (examples) {
    const blocks = fencedBlocks(examples.content);
    if (blocks.length === 0) errors.push(`${w}: "## Examples" has no fenced code block`);
    blocks.forEach((b, i) => {
      const first = b.code.split('\n')[0]?.trim() ?? '';
      if (!first.startsWith('// ❌') && !first.startsWith('// ✅')) {
        errors.push(`${w}: example ${i + 1} must start with "// ❌ ..." or "// ✅ ..." (found "${first.slice(0, 40)}")`);
      }
    });
    if (blocks.length > 0 && !blocks.some((b) => b.code.trimStart().startsWith('// ❌'))) {
      errors.push(`${w}: "## Examples" needs at least one "// ❌" example`);
    }
    if (blocks.length > 0 && !blocks.some((b) => b.code.trimStart().startsWith('// ✅'))) {
      errors.push(`${w}: "## Examples" needs at least one "// ✅" example`);
    }
  }
  return errors;
}
