// Reads the knowledge base from disk: rules/<rule-id>.md, rules/topics/*.md,
// rules/questions/*.md. Front matter is YAML between `---` lines at the top.
// Shape errors are collected, not thrown, so one build run reports them all.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  readQuestion,
  readRuleExplainer,
  readTopic,
  type KnowledgeBase,
  type RawDocument,
  type ReadResult,
} from './schema.js';

export interface LoadedKnowledge {
  kb: KnowledgeBase;
  /** Problems found while reading (bad YAML, wrong field types, unknown keys). */
  errors: string[];
  /** File names in media/, for the costPicture check. */
  mediaFiles: string[];
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits `---\nyaml\n---\nbody` and parses the YAML. */
export function parseMarkdownDocument(text: string, path: string): { doc?: RawDocument; error?: string } {
  const source = text.replace(/^\uFEFF/, '');
  const m = FRONT_MATTER.exec(source);
  if (!m) return { error: `${path}: no YAML front matter (the file must start with a line "---")` };
  try {
    const data: unknown = parseYaml(m[1] ?? '', { prettyErrors: true });
    return { doc: { path, data, body: source.slice(m[0].length).trim() } };
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return { error: `${path}: front matter is not valid YAML: ${msg}` };
  }
}

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md') && !e.name.startsWith('_') && e.name !== 'README.md')
    .map((e) => e.name)
    .sort();
}

function readAll<T>(
  rootDir: string,
  relDir: string,
  reader: (doc: RawDocument) => ReadResult<T>,
  errors: string[],
): T[] {
  const out: T[] = [];
  for (const name of markdownFiles(join(rootDir, relDir))) {
    const rel = `${relDir}/${name}`;
    const parsed = parseMarkdownDocument(readFileSync(join(rootDir, relDir, name), 'utf8'), rel);
    if (!parsed.doc) {
      errors.push(parsed.error ?? `${rel}: unreadable`);
      continue;
    }
    const result = reader(parsed.doc);
    errors.push(...result.errors);
    if (result.value !== undefined) out.push(result.value);
  }
  return out;
}

/** Loads every knowledge document under `<rootDir>/rules` and lists `<rootDir>/media`. */
export function loadKnowledge(rootDir: string): LoadedKnowledge {
  const errors: string[] = [];
  if (!existsSync(join(rootDir, 'rules'))) errors.push(`rules/: directory not found under ${rootDir}`);
  const kb: KnowledgeBase = {
    rules: readAll(rootDir, 'rules', readRuleExplainer, errors),
    topics: readAll(rootDir, 'rules/topics', readTopic, errors),
    questions: readAll(rootDir, 'rules/questions', readQuestion, errors),
  };
  const mediaDir = join(rootDir, 'media');
  const mediaFiles = existsSync(mediaDir)
    ? readdirSync(mediaDir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name)
    : [];
  return { kb, errors, mediaFiles };
}
