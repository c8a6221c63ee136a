// Load → validate → render. The build calls this once; any problem fails the
// build with one error that lists every problem, so a content author fixes
// them in one pass instead of one per run.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledge } from './load.js';
import { createRenderer, type KnowledgeKind } from './render.js';
import {
  CATEGORIES,
  DIFFICULTIES,
  RULE_SECTIONS,
  splitSections,
  validateKnowledge,
  type Catalog,
  type CatalogCounts,
  type CatalogRule,
  type CategoryId,
  type Difficulty,
  type KnowledgeBase,
} from './schema.js';

export interface BuildCatalogOptions {
  /** Repo root: contains rules/ and media/. */
  rootDir: string;
  /** Rule ids implemented in src/rules/ (without the `perf-coach/` prefix). */
  ruleIds: readonly string[];
}

export class KnowledgeValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Knowledge base has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'KnowledgeValidationError';
  }
}

/** Module names in src/rules/ that hold shared code, not a rule. */
const HELPER_MODULES = new Set(['create-rule', 'helpers', 'helper', 'utils', 'util', 'types', 'shared', 'common']);

/**
 * Rule ids from the files directly in src/rules/ (sub-folders are helpers).
 * A file is a rule module when it builds its rule with `createRule(...)` (typed or not) /
 * `RuleCreator`; if no file does, every file except the index, tests,
 * declarations, `_*.ts` and HELPER_MODULES counts. Prefer passing explicit
 * ids from the rule registry, as the build does.
 */
export function listRuleIds(rulesSourceDir: string): string[] {
  if (!existsSync(rulesSourceDir)) return [];
  const candidates = readdirSync(rulesSourceDir, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|js|mts)$/.test(e.name))
    .map((e) => ({ id: e.name.replace(/\.(ts|js|mts)$/, ''), file: join(rulesSourceDir, e.name) }))
    .filter(({ id }) => id !== 'index' && !id.endsWith('.test') && !id.endsWith('.d') && !id.startsWith('_'));
  const built = candidates.filter(({ file }) => /\bcreateRule\s*[<(]|\bRuleCreator\b/.test(readFileSync(file, 'utf8')));
  const chosen = built.length > 0 ? built : candidates.filter(({ id }) => !HELPER_MODULES.has(id));
  return chosen.map(({ id }) => id).sort();
}

export function buildCatalog(options: BuildCatalogOptions): Catalog {
  const loaded = loadKnowledge(options.rootDir);
  const problems = [
    ...loaded.errors,
    ...validateKnowledge(loaded.kb, { ruleIds: options.ruleIds, mediaFiles: loaded.mediaFiles }),
  ];
  if (problems.length > 0) throw new KnowledgeValidationError(problems);
  return renderCatalog(loaded.kb);
}

/** Renders an already validated knowledge base. */
export function renderCatalog(kb: KnowledgeBase): Catalog {
  const kinds = new Map<string, KnowledgeKind>();
  for (const t of kb.topics) kinds.set(t.id, 'topic');
  for (const q of kb.questions) kinds.set(q.id, 'question');
  for (const r of kb.rules) kinds.set(r.id, 'rule');
  const md = createRenderer((id) => kinds.get(id));

  const categoryOrder = (c: CategoryId) => CATEGORIES.findIndex((x) => x.id === c);
  const byCategoryThenId = <T extends { category: CategoryId; id: string }>(a: T, b: T) =>
    categoryOrder(a.category) - categoryOrder(b.category) || a.id.localeCompare(b.id);

  const topics = [...kb.topics].sort(byCategoryThenId).map(({ body, path: _path, ...t }) => ({
    ...t,
    html: md.render(body),
    questionIds: kb.questions.filter((q) => q.topics.includes(t.id)).map((q) => q.id).sort(),
    ruleIds: kb.rules.filter((r) => r.topics.includes(t.id)).map((r) => r.id).sort(),
  }));

  const questions = [...kb.questions].sort(byCategoryThenId).map(({ body, path: _path, followUps, ...q }) => ({
    ...q,
    questionHtml: md.renderInline(q.question),
    hintHtml: md.renderInline(q.hint),
    answerHtml: md.render(body),
    followUps: followUps.map((f) => ({ ...f, answerHtml: md.renderInline(f.answer) })),
  }));

  const rules: CatalogRule[] = [...kb.rules]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ body, path: _path, ...r }) => {
      const byTitle = new Map(splitSections(body).map((s) => [s.title, s.content]));
      return {
        ...r,
        sections: RULE_SECTIONS.map((s) => ({ id: s.id, title: s.title, html: md.render(byTitle.get(s.title) ?? '') })),
      };
    });

  const categories = CATEGORIES.map((c) => ({
    id: c.id,
    title: c.title,
    topicIds: topics.filter((t) => t.category === c.id).map((t) => t.id),
    questionIds: questions.filter((q) => q.category === c.id).map((q) => q.id),
    ruleIds: rules.filter((r) => r.category === c.id).map((r) => r.id),
  }));

  return { schemaVersion: 1, categories, topics, questions, rules, counts: countKnowledge(kb) };
}

export function countKnowledge(kb: KnowledgeBase): CatalogCounts {
  const perCategory = (items: Array<{ category: CategoryId }>) =>
    Object.fromEntries(CATEGORIES.map((c) => [c.id, items.filter((i) => i.category === c.id).length])) as Record<
      CategoryId,
      number
    >;
  return {
    categories: CATEGORIES.length,
    topics: kb.topics.length,
    questions: kb.questions.length,
    rules: kb.rules.length,
    topicsWithoutCheck: kb.topics.filter((t) => !t.automaticCheck).length,
    topicsByCategory: perCategory(kb.topics),
    questionsByCategory: perCategory(kb.questions),
    questionsByDifficulty: Object.fromEntries(
      DIFFICULTIES.map((d) => [d, kb.questions.filter((q) => q.difficulty === d).length]),
    ) as Record<Difficulty, number>,
    linksByRule: Object.fromEntries(
      [...kb.rules]
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((r) => [r.id, { topics: r.topics.length, questions: r.questions.length }]),
    ),
  };
}
