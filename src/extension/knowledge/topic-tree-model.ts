// The topic browser's structure as plain data: categories → topics →
// patterns (rules that check the topic) and interview questions. The
// vscode TreeDataProvider (topic-tree.ts) only turns these into TreeItems,
// so the structure is unit-tested without VS Code.
import type { CategoryId } from '../../knowledge/schema.js';
import type { CatalogIndex } from './catalog.js';
import type { KnowledgeKind } from './views.js';

export type TopicNode =
  | { kind: 'category'; id: CategoryId }
  | { kind: 'topic'; id: string }
  | { kind: 'rule'; id: string; topicId: string }
  | { kind: 'question'; id: string; topicId: string };

export interface TopicNodeDescription {
  /** Unique across the tree (a question can sit under several topics). */
  key: string;
  label: string;
  description?: string;
  /** Plain text, shown as the tooltip. */
  tooltip: string;
  /** A codicon id. */
  icon: string;
  expandable: boolean;
  /** For menus (`viewItem == perfCoach.topic`, …). */
  contextValue: string;
  /** What clicking the item opens in the panel; categories open nothing. */
  opens?: { kind: KnowledgeKind; id: string };
}

const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title);

/** The rules that check a topic: its own `patterns` plus explainers that link it. */
export function rulesForTopic(index: CatalogIndex, topicId: string): string[] {
  const topic = index.topics.get(topicId);
  if (!topic) return [];
  return [...new Set([...topic.patterns, ...topic.ruleIds])].filter((id) => index.rules.has(id)).sort();
}

export function topicChildren(index: CatalogIndex, node?: TopicNode): TopicNode[] {
  if (!node) return index.catalog.categories.map((c) => ({ kind: 'category', id: c.id }));
  switch (node.kind) {
    case 'category': {
      const topics = (index.categories.get(node.id)?.topicIds ?? []).flatMap((id) => index.topics.get(id) ?? []);
      return topics.sort(byTitle).map((t) => ({ kind: 'topic', id: t.id }));
    }
    case 'topic': {
      const topic = index.topics.get(node.id);
      if (!topic) return [];
      const rules: TopicNode[] = rulesForTopic(index, node.id).map((id) => ({ kind: 'rule', id, topicId: node.id }));
      const questions: TopicNode[] = topic.questionIds
        .filter((id) => index.questions.has(id))
        .map((id) => ({ kind: 'question', id, topicId: node.id }));
      return [...rules, ...questions];
    }
    default:
      return [];
  }
}

export function topicParent(node: TopicNode, index: CatalogIndex): TopicNode | undefined {
  switch (node.kind) {
    case 'category':
      return undefined;
    case 'topic': {
      const category = index.topics.get(node.id)?.category;
      return category ? { kind: 'category', id: category } : undefined;
    }
    default:
      return { kind: 'topic', id: node.topicId };
  }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Tree labels are plain text: drop Markdown's inline-code backticks from question text. */
export function plainText(markdown: string): string {
  return markdown.replace(/`([^`]*)`/g, '$1');
}

export function describeTopicNode(index: CatalogIndex, node: TopicNode): TopicNodeDescription | undefined {
  switch (node.kind) {
    case 'category': {
      const c = index.categories.get(node.id);
      if (!c) return undefined;
      return {
        key: `category:${c.id}`,
        label: c.title,
        description: `${plural(c.topicIds.length, 'topic', 'topics')} · ${plural(c.questionIds.length, 'question', 'questions')}`,
        tooltip: c.title,
        icon: 'library',
        expandable: true,
        contextValue: 'perfCoach.category',
      };
    }
    case 'topic': {
      const t = index.topics.get(node.id);
      if (!t) return undefined;
      const checked = rulesForTopic(index, t.id).length > 0;
      return {
        key: `topic:${t.id}`,
        label: t.title,
        description: checked ? 'checked in your code' : 'no automatic check yet',
        tooltip: t.summary,
        icon: checked ? 'book' : 'bookmark',
        expandable: topicChildren(index, node).length > 0,
        contextValue: checked ? 'perfCoach.topic.checked' : 'perfCoach.topic',
        opens: { kind: 'topic', id: t.id },
      };
    }
    case 'rule': {
      const r = index.rules.get(node.id);
      if (!r) return undefined;
      return {
        key: `topic:${node.topicId}/rule:${r.id}`,
        label: r.title,
        description: `perf-coach/${r.id}`,
        tooltip: `${r.summary}\n\n${r.cost}`,
        icon: 'shield',
        expandable: false,
        contextValue: 'perfCoach.pattern',
        opens: { kind: 'rule', id: r.id },
      };
    }
    case 'question': {
      const q = index.questions.get(node.id);
      if (!q) return undefined;
      return {
        key: `topic:${node.topicId}/question:${q.id}`,
        label: plainText(q.question),
        description: q.difficulty,
        tooltip: plainText(q.question),
        icon: 'comment-discussion',
        expandable: false,
        contextValue: 'perfCoach.question',
        opens: { kind: 'question', id: q.id },
      };
    }
  }
}

export interface PatternPickEntry {
  /** A separator row when `opens` is absent. */
  label: string;
  description?: string;
  detail?: string;
  icon?: string;
  opens?: { kind: 'rule' | 'topic'; id: string };
}

/**
 * "Explain This Pattern" without a finding: the patterns with an automatic
 * check first, then every topic no rule checks yet, grouped by category.
 */
export function patternPickEntries(index: CatalogIndex): PatternPickEntry[] {
  const entries: PatternPickEntry[] = [{ label: 'Checked in your code' }];
  for (const r of [...index.catalog.rules].sort(byTitle)) {
    entries.push({ label: r.title, description: `perf-coach/${r.id}`, detail: r.summary, icon: 'shield', opens: { kind: 'rule', id: r.id } });
  }
  for (const c of index.catalog.categories) {
    const unchecked = c.topicIds
      .flatMap((id) => index.topics.get(id) ?? [])
      .filter((t) => !t.automaticCheck && rulesForTopic(index, t.id).length === 0)
      .sort(byTitle);
    if (unchecked.length === 0) continue;
    entries.push({ label: `${c.title} · no automatic check yet` });
    for (const t of unchecked) {
      entries.push({ label: t.title, description: c.title, detail: t.summary, icon: 'bookmark', opens: { kind: 'topic', id: t.id } });
    }
  }
  return entries;
}
