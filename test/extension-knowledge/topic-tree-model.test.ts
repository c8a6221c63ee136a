import { describe, expect, it } from 'vitest';
import {
  describeTopicNode,
  patternPickEntries,
  rulesForTopic,
  topicChildren,
  topicParent,
  type TopicNode,
} from '../../src/extension/knowledge/topic-tree-model.js';
import { repoCatalog } from './fixtures.js';

const index = repoCatalog();

function walk(node?: TopicNode, out: TopicNode[] = []): TopicNode[] {
  for (const child of topicChildren(index, node)) {
    out.push(child);
    walk(child, out);
  }
  return out;
}

describe('topic tree', () => {
  const all = walk();

  it('starts with the seven categories in catalog order', () => {
    expect(topicChildren(index).map((n) => n.id)).toEqual(index.catalog.categories.map((c) => c.id));
  });

  it('reaches every topic, rule and question', () => {
    const ids = (kind: TopicNode['kind']) => new Set(all.filter((n) => n.kind === kind).map((n) => n.id));
    expect(ids('topic')).toEqual(new Set(index.topics.keys()));
    expect(ids('rule')).toEqual(new Set(index.rules.keys()));
    expect(ids('question')).toEqual(new Set(index.questions.keys()));
  });

  it('gives every node a unique key, a codicon and, below categories, something to open', () => {
    const keys = new Set<string>();
    for (const node of all) {
      const d = describeTopicNode(index, node)!;
      expect(keys.has(d.key), d.key).toBe(false);
      keys.add(d.key);
      expect(d.icon).toMatch(/^[a-z-]+$/);
      if (node.kind !== 'category') expect(d.opens).toEqual({ kind: node.kind, id: node.id });
    }
  });

  it('knows each node\'s parent (for reveal)', () => {
    for (const parent of [undefined, ...all]) {
      for (const child of topicChildren(index, parent)) expect(topicParent(child, index)).toEqual(parent);
    }
  });

  it('lists patterns before questions under a checked topic and labels unchecked topics', () => {
    const children = topicChildren(index, { kind: 'topic', id: 'n-plus-one-queries' });
    expect(children[0]).toEqual({ kind: 'rule', id: 'no-n-plus-one', topicId: 'n-plus-one-queries' });
    expect(children.slice(1).every((c) => c.kind === 'question')).toBe(true);
    expect(describeTopicNode(index, { kind: 'topic', id: 'cache-stampede' })!.description).toBe('no automatic check yet');
    expect(rulesForTopic(index, 'cache-stampede')).toEqual([]);
  });

  it('shows question text without Markdown backticks', () => {
    const d = describeTopicNode(index, { kind: 'question', id: 'q-n-plus-one', topicId: 'n-plus-one-queries' })!;
    expect(index.questions.get('q-n-plus-one')!.question).toContain('`');
    expect(d.label).not.toContain('`');
    expect(d.label).toContain('await prisma.customer.findUnique(...)');
  });
});

describe('patternPickEntries', () => {
  const entries = patternPickEntries(index);

  it('lists the checked patterns first, then every topic no rule checks, under category separators', () => {
    expect(entries[0]).toEqual({ label: 'Checked in your code' });
    const rules = entries.slice(1, 1 + index.catalog.rules.length);
    expect(rules.map((e) => e.opens?.kind)).toEqual(index.catalog.rules.map(() => 'rule'));
    expect(rules.find((e) => e.opens?.id === 'no-n-plus-one')!.label).toBe('N+1 calls');
    const topics = entries.filter((e) => e.opens?.kind === 'topic').map((e) => e.opens!.id);
    const unchecked = index.catalog.topics.filter((t) => rulesForTopic(index, t.id).length === 0).map((t) => t.id);
    expect(new Set(topics)).toEqual(new Set(unchecked));
    for (const id of ['cache-stampede', 'unbounded-queries', 'large-json-on-hot-paths']) expect(topics).toContain(id);
    expect(entries.filter((e) => !e.opens).length).toBeGreaterThan(1);
  });
});
