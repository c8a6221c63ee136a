import { createHash } from 'node:crypto';
import { relative, sep } from 'node:path';
import type { TSESTree } from '@typescript-eslint/utils';
import { FileAnalysis } from '../analysis/file-analysis';
import { libraryForModule } from '../analysis/libraries';
import type { AnalysisOptions } from '../analysis/options';
import { combineReaches } from '../analysis/file-analysis';
import type { ExportSummary, ProjectView, Reach } from '../analysis/project-view';
import { ImporterIndex } from './importers';
import type { ProjectFiles } from './files';
import type { NativeParts } from './native';
import type { ModuleResolver } from './resolver';
import { EMPTY_SUMMARY, summarizeModule, type ModuleSummary } from './summarize';

/**
 * How deep one question may go through modules that summarise their own imports (a helper that
 * calls a repository that calls the client is three). Past it, the answer is "unknown", which the
 * rules treat as harmless.
 */
const MAX_DEPTH = 6;

/**
 * The project model: module summaries built lazily, one per file, cached by path and content
 * hash, and the lookups that follow imports, re-exports, barrels and `export *` to them.
 *
 * Answers do not depend on which files were asked about before: a summary that hit a cycle or
 * the depth limit while it was being built is partial, kept only until the outermost question is
 * answered, and built again next time. So ESLint with `--concurrency`, oxlint and the editor, each
 * building its own model from the same files, see the same summaries.
 */
export class ProjectModel implements ProjectView {
  private readonly byPath = new Map<string, { text: string; hash: string; summary: ModuleSummary }>();
  private readonly byHash = new Map<string, ModuleSummary>();
  private readonly building: string[] = [];
  private readonly partial = new Map<string, ModuleSummary>();
  private truncated = false;
  /** Files whose summaries answered a question since `record()` started (the editor's dependency list). */
  private recorded: Set<string> | undefined;
  /** Counters for the benchmark and the output log. */
  readonly stats = { summaries: 0, reused: 0, parseErrors: 0, callerFiles: 0 };
  readonly importers: ImporterIndex;
  private readonly reaches = new Map<string, Reach | null>();
  private readonly analyses = new Map<string, { text: string; analysis: FileAnalysis | undefined }>();

  constructor(
    readonly root: string,
    private readonly files: ProjectFiles,
    private readonly resolver: ModuleResolver,
    private readonly native: Pick<NativeParts, 'parseSync'> & { visitorKeys?: Record<string, readonly string[]> },
    private readonly options: AnalysisOptions = {},
  ) {
    this.importers = new ImporterIndex(root, resolver);
  }

  relative(file: string): string {
    return relative(this.root, file).split(sep).join('/');
  }

  importedExport(fromFile: string, specifier: string, imported: string): ExportSummary | undefined {
    if (libraryForModule(specifier)) return undefined;
    const target = this.resolver.resolve(fromFile, specifier);
    return target ? this.exportOf(target, imported) : undefined;
  }

  exportOf(file: string, name: string, seen = new Set<string>()): ExportSummary | undefined {
    const key = `${file}\0${name}`;
    if (seen.has(key)) return undefined;
    seen.add(key);
    if (name === '*') return this.summaryOf(file) ? { kind: 'namespace', file } : undefined;
    const summary = this.summaryOf(file);
    if (!summary) return undefined;
    const e = summary.exports[name];
    if (e?.kind === 'reexport') {
      if (libraryForModule(e.specifier)) return { kind: 'library', specifier: e.specifier, name: e.name };
      const target = this.resolver.resolve(file, e.specifier);
      if (!target) return undefined;
      return e.name === '*' ? { kind: 'namespace', file: target } : this.exportOf(target, e.name, seen);
    }
    if (e) return e;
    for (const star of summary.stars) {
      const target = this.resolver.resolve(file, star);
      const found = target && this.exportOf(target, name, seen);
      if (found) return found;
    }
    // `require('./esm-module')` or a default import of a module without one: its namespace.
    return name === 'default' ? { kind: 'namespace', file } : undefined;
  }

  /**
   * How often function `name` of `file` runs, judged from its call sites in other modules: the
   * files that import it (directly or through barrels that re-export it) and mention its name.
   */
  reachOf(file: string, name: string): Reach | undefined {
    const key = `${file}#${name}`;
    const known = this.reaches.get(key);
    if (known !== undefined) return known ?? undefined;
    this.reaches.set(key, null); // a cycle of callers tells nothing
    const id = `${this.relative(file)}#${name}`;
    const word = new RegExp(`\\b${escapeRegExp(name.split('.').pop()!)}\\b`);
    const reaches: Array<Reach | undefined> = [];
    for (const caller of this.callerFiles(file, word)) {
      const a = this.analysisOf(caller);
      if (!a) continue;
      for (const site of a.collected.calls) {
        const o = a.resolver.resolve(site.node.callee, site.scope);
        if (o?.kind === 'project' && o.value.kind === 'function' && o.value.id === id) reaches.push(a.reachOf(site.fn));
      }
    }
    const result = combineReaches(reaches, undefined);
    // Partial answers (a cycle was cut) are not kept: asked from elsewhere they could differ.
    if (result?.kind === 'hot' || !reaches.includes(undefined)) this.reaches.set(key, result ?? null);
    else this.reaches.delete(key);
    return result;
  }

  /** Files that import `file`, directly or through re-exporting barrels (three levels), and mention `word`. */
  private callerFiles(file: string, word: RegExp): string[] {
    const out: string[] = [];
    const seen = new Set([file]);
    let frontier = [file];
    for (let depth = 0; depth < 3 && frontier.length; depth++) {
      const next: string[] = [];
      for (const f of frontier) {
        for (const importer of this.importers.importersOf(f)) {
          if (seen.has(importer)) continue;
          seen.add(importer);
          const text = this.files.read(importer);
          if (!text || !word.test(text)) continue;
          out.push(importer);
          if (/\bexport\b/.test(text)) next.push(importer);
        }
      }
      frontier = next;
    }
    return out.slice(0, 200);
  }

  /** A full analysis of another module (to see where its calls run), kept for the last few files. */
  private analysisOf(file: string): FileAnalysis | undefined {
    const text = this.files.read(file);
    if (text === undefined) return undefined;
    const hit = this.analyses.get(file);
    if (hit && hit.text === text) return hit.analysis;
    const analysis = this.analyse(file, text);
    this.stats.callerFiles++;
    if (this.analyses.size >= 64) this.analyses.delete(this.analyses.keys().next().value!);
    this.analyses.set(file, { text, analysis });
    return analysis;
  }

  /** Starts noting which modules' summaries are read; returns a function that stops and lists them. */
  record(): () => string[] {
    const seen = new Set<string>();
    this.recorded = seen;
    return () => {
      if (this.recorded === seen) this.recorded = undefined;
      return [...seen].sort();
    };
  }

  /** The summary of one module, or undefined when it cannot be read (or the question went too deep). */
  summaryOf(file: string): ModuleSummary | undefined {
    this.recorded?.add(file);
    const text = this.files.read(file);
    if (text === undefined) return undefined;
    const known = this.byPath.get(file);
    if (known && known.text === text) return known.summary;
    const partial = this.partial.get(file);
    if (partial) return partial;
    if (this.building.includes(file) || this.building.length >= MAX_DEPTH) {
      this.truncated = true;
      return undefined;
    }
    const hash = createHash('sha1').update(file).update('\0').update(text).digest('hex');
    const reused = this.byHash.get(hash);
    if (reused) {
      this.stats.reused++;
      this.byPath.set(file, { text, hash, summary: reused });
      return reused;
    }
    const outerTruncated = this.truncated;
    this.truncated = false;
    this.building.push(file);
    let summary: ModuleSummary;
    try {
      summary = this.build(file, text);
    } finally {
      this.building.pop();
    }
    const isPartial = this.truncated;
    this.truncated = outerTruncated || isPartial;
    if (isPartial) this.partial.set(file, summary);
    else {
      this.stats.summaries++;
      if (known) this.byHash.delete(known.hash);
      this.byHash.set(hash, summary);
      this.byPath.set(file, { text, hash, summary });
    }
    if (!this.building.length) this.partial.clear();
    return summary;
  }

  private build(file: string, text: string): ModuleSummary {
    const analysis = this.analyse(file, text);
    if (!analysis) return EMPTY_SUMMARY;
    try {
      return summarizeModule(analysis);
    } catch (error) {
      if (typeof process !== 'undefined' && process.env?.PERF_COACH_STRICT === '1') throw error;
      return EMPTY_SUMMARY;
    }
  }

  private analyse(file: string, text: string): FileAnalysis | undefined {
    let parsed;
    try {
      parsed = this.native.parseSync(file, text, { lang: langOf(file), range: false, preserveParens: false, sourceType: 'unambiguous' });
    } catch {
      this.stats.parseErrors++;
      return undefined;
    }
    if (parsed.errors.length) {
      this.stats.parseErrors++;
      return undefined;
    }
    const program = parsed.program as TSESTree.Program;
    (program as { comments?: unknown }).comments = parsed.comments;
    try {
      return new FileAnalysis({ ast: program, text, filename: file, cwd: this.root, visitorKeys: this.native.visitorKeys, project: this }, this.options);
    } catch (error) {
      if (typeof process !== 'undefined' && process.env?.PERF_COACH_STRICT === '1') throw error;
      return undefined;
    }
  }
}

/** A short digest of what a module exports (changes only when its importers could see a difference). */
export function summaryDigest(summary: ModuleSummary): string {
  return createHash('sha1').update(JSON.stringify(summary)).digest('hex').slice(0, 16);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function langOf(filename: string): 'js' | 'jsx' | 'ts' | 'tsx' {
  if (/\.[cm]?tsx$/.test(filename)) return 'tsx';
  if (/\.[cm]?ts$/.test(filename)) return 'ts';
  return 'jsx';
}
