import { describe, expect, it } from 'vitest';
import { parseMarkdownDocument } from '../../src/knowledge/load.js';
import {
  readQuestion,
  readRuleExplainer,
  readTopic,
  splitSections,
  validateKnowledge,
  type KnowledgeBase,
} from '../../src/knowledge/schema.js';
import { broken, MEDIA, RULE_ID, validKnowledge, VALID_RULE_BODY } from './fixtures.js';

const ctx = { ruleIds: [RULE_ID], mediaFiles: MEDIA };
const errorsOf = (kb: KnowledgeBase, c = ctx) => validateKnowledge(kb, c);

/** Asserts that validation reports exactly one problem matching `pattern`, and that it is clear about where. */
function expectOneError(kb: KnowledgeBase, pattern: RegExp, c = ctx) {
  const errors = errorsOf(kb, c);
  expect(errors, errors.join('\n')).toHaveLength(1);
  expect(errors[0]).toMatch(pattern);
}

describe('validateKnowledge', () => {
  it('accepts a minimal valid knowledge base', () => {
    expect(errorsOf(validKnowledge())).toEqual([]);
  });

  describe('ids', () => {
    it('reports an id used by two kinds of document', () => {
      const kb = broken((k) => {
        k.topics[1]!.id = 'no-demo';
        k.topics[1]!.path = 'rules/topics/no-demo.md';
      });
      expect(errorsOf(kb).some((e) => /id "no-demo" is already used by/.test(e))).toBe(true);
    });

    it('reports two questions with the same id', () => {
      const kb = broken((k) => k.questions.push({ ...k.questions[0]!, path: 'rules/questions/copy/q-one.md' }));
      expectOneError(kb, /rules\/questions\/copy\/q-one\.md: id "q-one" is already used by rules\/questions\/q-one\.md/);
    });

    it('reports a question id without the q- prefix', () => {
      const kb = broken((k) => {
        k.questions[0]!.id = 'one';
        k.questions[0]!.path = 'rules/questions/one.md';
        k.rules[0]!.questions = ['one', 'q-two'];
      });
      expectOneError(kb, /must start with "q-"/);
    });

    it('reports a file name that does not match the id', () => {
      const kb = broken((k) => (k.topics[2]!.path = 'rules/topics/renamed.md'));
      expectOneError(kb, /renamed\.md: file name should be topic-application\.md/);
    });

    it('reports ids that are not lower-case kebab case', () => {
      const kb = broken((k) => {
        k.topics[3]!.id = 'Topic_Three';
        delete k.topics[3]!.path;
      });
      expectOneError(kb, /id "Topic_Three" must be lower-case words joined by "-"/);
    });
  });

  describe('links', () => {
    it('reports a question that links an unknown topic', () => {
      expectOneError(broken((k) => (k.questions[0]!.topics = ['topic-missing'])), /q-one\.md: topics "topic-missing" is not a known topic id/);
    });

    it('reports a question that links no topic (orphan)', () => {
      expectOneError(broken((k) => (k.questions[1]!.topics = [])), /q-two\.md: links no topic/);
    });

    it('reports an unknown pattern on a question', () => {
      expectOneError(broken((k) => (k.questions[0]!.patterns = ['no-such-rule'])), /patterns "no-such-rule" is not a known rule id/);
    });

    it('reports an unknown pattern on a topic', () => {
      const kb = broken((k) => (k.topics[0]!.patterns = ['no-such-rule']));
      expectOneError(kb, /topic-caching\.md: patterns "no-such-rule" is not a known rule id/);
    });

    it('reports an unknown related topic, and a question id used as a topic', () => {
      expectOneError(broken((k) => (k.topics[1]!.related = ['q-one'])), /related "q-one" is not a known topic id/);
    });

    it('reports a topic related to itself', () => {
      expectOneError(broken((k) => (k.topics[0]!.related = ['topic-caching'])), /related lists the topic itself/);
    });

    it('reports a duplicated link', () => {
      expectOneError(broken((k) => (k.rules[0]!.topics = ['topic-caching', 'topic-caching'])), /topics lists "topic-caching" twice/);
    });

    it('reports a rule explainer question link that does not resolve', () => {
      expectOneError(broken((k) => (k.rules[0]!.questions = ['q-one', 'q-gone'])), /questions "q-gone" is not a known question id/);
    });

    it('reports a rule explainer topic link that does not resolve', () => {
      expectOneError(broken((k) => (k.rules[0]!.topics = ['topic-gone'])), /topics "topic-gone" is not a known topic id/);
    });

    it('reports a Markdown body link to a missing entry', () => {
      const kb = broken((k) => (k.topics[2]!.body = 'See [pooling](./connection-pooling.md).'));
      expectOneError(kb, /link "\.\/connection-pooling\.md" points to "connection-pooling", which does not exist/);
    });

    it('reports a relative body link that is not a knowledge-base file', () => {
      const kb = broken((k) => (k.questions[0]!.body = 'See [code](../../src/rules/index.ts).'));
      expectOneError(kb, /link "\.\.\/\.\.\/src\/rules\/index\.ts" is neither http\(s\) nor a link/);
    });

    it('ignores links inside code', () => {
      const kb = broken((k) => (k.topics[2]!.body = 'Text `[x](./nope.md)`\n\n```md\n[y](./nope.md)\n```\n'));
      expect(errorsOf(kb)).toEqual([]);
    });
  });

  describe('rules and explainers', () => {
    it('reports an explainer without a rule', () => {
      const errors = errorsOf(validKnowledge(), { ruleIds: [], mediaFiles: MEDIA });
      expect(errors).toContain('rules/no-demo.md: no rule "no-demo" in src/rules/ (an explainer needs a rule)');
    });

    it('reports a rule without an explainer', () => {
      expectOneError(validKnowledge(), /rules\/no-other\.md: missing; rule "no-other" has no explainer/, {
        ruleIds: [RULE_ID, 'no-other'],
        mediaFiles: MEDIA,
      });
    });

    it('reports an explainer with fewer than two questions', () => {
      expectOneError(broken((k) => (k.rules[0]!.questions = ['q-one'])), /links 1 questions; needs at least 2/);
    });

    it('reports an explainer without topics', () => {
      expectOneError(broken((k) => (k.rules[0]!.topics = [])), /links 0 topics; needs at least 1/);
    });

    it('reports a cost picture missing from media/', () => {
      expectOneError(validKnowledge(), /costPicture "cost-demo\.svg" is not in media\//, { ruleIds: [RULE_ID], mediaFiles: [] });
    });

    it('reports a cost picture that is not an SVG', () => {
      expectOneError(broken((k) => (k.rules[0]!.costPicture = 'cost-demo.png')), /must be an \.svg file/);
    });

    it('reports a missing section', () => {
      const body = VALID_RULE_BODY.replace(/## When it is fine\n\nSmall lists\.\n\n/, '');
      expectOneError(broken((k) => (k.rules[0]!.body = body)), /missing section "## When it is fine"/);
    });

    it('reports sections out of order', () => {
      const body = VALID_RULE_BODY.replace('## What it is\n\nA demo pattern.\n\n## Why it costs\n\n10 items x 2 ms = 20 ms.\n\n',
        '## Why it costs\n\n10 items x 2 ms = 20 ms.\n\n## What it is\n\nA demo pattern.\n\n');
      expectOneError(broken((k) => (k.rules[0]!.body = body)), /sections must be in this order/);
    });

    it('reports an unexpected section', () => {
      expectOneError(broken((k) => (k.rules[0]!.body += '\n## Trivia\n\nMore.\n')), /unexpected section "## Trivia"/);
    });

    it('reports "How to fix it" without a ### per library', () => {
      const body = VALID_RULE_BODY.replace('### Prisma\n\n', '');
      expectOneError(broken((k) => (k.rules[0]!.body = body)), /needs a "###" per library or technique/);
    });

    it('reports an example that does not start with a verdict comment', () => {
      const body = VALID_RULE_BODY.replace('// ✅ one query\n', '');
      const errors = errorsOf(broken((k) => (k.rules[0]!.body = body)));
      expect(errors.some((e) => /example 2 must start with "\/\/ ❌ \.\.\." or "\/\/ ✅ \.\.\."/.test(e))).toBe(true);
      expect(errors.some((e) => /needs at least one "\/\/ ✅" example/.test(e))).toBe(true);
    });
  });

  describe('topics and categories', () => {
    it('reports an empty category', () => {
      const kb = broken((k) => (k.topics = k.topics.filter((t) => t.category !== 'network')));
      expectOneError(kb, /category network: has no topic/);
    });

    it('reports automaticCheck that disagrees with patterns', () => {
      expectOneError(broken((k) => (k.topics[1]!.automaticCheck = true)), /automaticCheck is true but patterns has 0 rule/);
    });

    it('reports an empty body', () => {
      expectOneError(broken((k) => (k.questions[0]!.body = '  ')), /q-one\.md: body is empty/);
    });
  });
});

describe('reading front matter', () => {
  const doc = (data: unknown) => ({ path: 'rules/topics/x.md', data, body: 'text' });

  it('reads a well-formed topic', () => {
    const r = readTopic(doc({ id: 'x', title: 'X', category: 'database', summary: 'S', patterns: [], automaticCheck: false, related: [] }));
    expect(r.errors).toEqual([]);
    expect(r.value?.category).toBe('database');
  });

  it('lists every shape problem at once', () => {
    const r = readTopic(doc({ id: 'x', title: '', category: 'cooking', patterns: 'nope', automaticCheck: 'yes', related: [], extra: 1 }));
    expect(r.value).toBeUndefined();
    expect(r.errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/"title" must be a non-empty string/),
        expect.stringMatching(/"category" is "cooking"; expected one of caching, database/),
        expect.stringMatching(/"summary" must be a non-empty string/),
        expect.stringMatching(/"patterns" must be a list of strings/),
        expect.stringMatching(/"automaticCheck" must be true or false/),
        expect.stringMatching(/unknown front matter key "extra"/),
      ]),
    );
  });

  it('checks question difficulty and follow-ups', () => {
    const r = readQuestion({
      path: 'rules/questions/q-x.md',
      body: 'a',
      data: { id: 'q-x', question: 'Q', hint: 'H', difficulty: 'expert', category: 'database', topics: ['t'], patterns: [], followUps: [{ question: 'F' }] },
    });
    expect(r.errors).toEqual([
      expect.stringMatching(/"difficulty" is "expert"; expected one of junior, mid, senior/),
      expect.stringMatching(/followUps\[0\] needs a non-empty "question" and "answer"/),
    ]);
  });

  it('checks rule explainer severity', () => {
    const r = readRuleExplainer({
      path: 'rules/x.md',
      body: 'a',
      data: { id: 'x', title: 'T', category: 'database', severity: 'fatal', summary: 'S', cost: 'C', topics: [], questions: [], costPicture: 'a.svg' },
    });
    expect(r.errors).toEqual([expect.stringMatching(/"severity" is "fatal"; expected one of warn, error/)]);
  });

  it('reports missing and broken YAML front matter', () => {
    expect(parseMarkdownDocument('# no front matter', 'rules/topics/a.md').error).toMatch(/no YAML front matter/);
    expect(parseMarkdownDocument('---\nid: [unclosed\n---\nbody', 'rules/topics/a.md').error).toMatch(/front matter is not valid YAML/);
    expect(parseMarkdownDocument('---\nid: a\n---\n\nbody\n', 'rules/topics/a.md').doc).toEqual({
      path: 'rules/topics/a.md',
      data: { id: 'a' },
      body: 'body',
    });
  });
});

describe('splitSections', () => {
  it('ignores headings inside fenced code', () => {
    const sections = splitSections('## A\n\n```md\n## not a heading\n```\n\n### Sub\n\n## B\ntext');
    expect(sections.map((s) => s.title)).toEqual(['A', 'B']);
    expect(sections[0]!.content).toContain('### Sub');
  });
});
