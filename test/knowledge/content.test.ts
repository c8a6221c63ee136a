// Checks on the real knowledge base under rules/ (both the topics and rule
// explainers and the interview questions).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildCatalog, countKnowledge, KnowledgeValidationError, listRuleIds } from '../../src/knowledge/build-catalog.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { CATEGORIES, validateKnowledge } from '../../src/knowledge/schema.js';
import { findRepoRoot, RULE_IDS } from './repo.js';

const root = findRepoRoot();
const loaded = loadKnowledge(root);

describe('the knowledge base in rules/', () => {
  it('reads without shape errors', () => {
    expect(loaded.errors).toEqual([]);
  });

  it('validates: ids unique, links resolve, sections present, pictures exist', () => {
    const problems = validateKnowledge(loaded.kb, { ruleIds: RULE_IDS, mediaFiles: loaded.mediaFiles });
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('has an explainer for every rule module in src/rules/', () => {
    const fromSource = listRuleIds(join(root, 'src', 'rules'));
    if (fromSource.length === 0) {
      console.warn('src/rules/ has no rule modules yet; checked against the fixed rule list only');
      return;
    }
    expect(fromSource).toEqual(RULE_IDS);
  });

  it('meets the minimum counts', () => {
    const counts = countKnowledge(loaded.kb);
    const lines = [
      `topics: ${counts.topics} (${counts.topicsWithoutCheck} without an automatic check)`,
      ...CATEGORIES.map((c) => `  ${c.id.padEnd(13)} topics ${counts.topicsByCategory[c.id]}  questions ${counts.questionsByCategory[c.id]}`),
      `questions: ${counts.questions} (junior ${counts.questionsByDifficulty.junior}, mid ${counts.questionsByDifficulty.mid}, senior ${counts.questionsByDifficulty.senior})`,
      `rule explainers: ${counts.rules}`,
      ...Object.entries(counts.linksByRule).map(([id, l]) => `  ${id.padEnd(24)} topics ${l.topics}  questions ${l.questions}`),
    ];
    console.log(`knowledge base counts\n${lines.join('\n')}`);

    expect(counts.questions).toBeGreaterThanOrEqual(45);
    for (const c of CATEGORIES) expect(counts.topicsByCategory[c.id], `topics in ${c.id}`).toBeGreaterThan(0);
    expect(counts.rules).toBe(RULE_IDS.length);
    for (const [id, l] of Object.entries(counts.linksByRule)) {
      expect(l.questions, `questions linked from ${id}`).toBeGreaterThanOrEqual(2);
      expect(l.topics, `topics linked from ${id}`).toBeGreaterThanOrEqual(1);
    }
  });

  it('builds a catalog with rendered HTML and back-links', () => {
    const catalog = buildCatalog({ rootDir: root, ruleIds: RULE_IDS });
    expect(catalog.schemaVersion).toBe(1);
    expect(catalog.rules.map((r) => r.id)).toEqual(RULE_IDS);
    for (const r of catalog.rules) {
      expect(r.sections.map((s) => s.id)).toEqual([
        'what-it-is',
        'why-it-costs',
        'how-to-fix-it',
        'when-it-is-fine',
        'how-to-verify-the-fix',
        'examples',
      ]);
      const examples = r.sections.find((s) => s.id === 'examples')!.html;
      expect(examples).toContain('class="hljs example example-bad"');
      expect(examples).toContain('class="hljs example example-good"');
    }
    const nPlusOne = catalog.topics.find((t) => t.id === 'n-plus-one-queries')!;
    expect(nPlusOne.ruleIds).toContain('no-n-plus-one');
    expect(nPlusOne.html).toContain('data-kb-id="dataloader-batching"');
    for (const q of catalog.questions) expect(q.answerHtml.length, q.id).toBeGreaterThan(0);
    expect(catalog.categories.every((c) => c.topicIds.length > 0)).toBe(true);
    expect(JSON.stringify(catalog).length).toBeLessThan(2_000_000);
  });

  it('fails the build with one error listing every problem', () => {
    let caught: unknown;
    try {
      buildCatalog({ rootDir: root, ruleIds: [...RULE_IDS, 'no-imaginary-rule'] });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(KnowledgeValidationError);
    expect((caught as KnowledgeValidationError).message).toMatch(/rules\/no-imaginary-rule\.md: missing/);
  });
});
