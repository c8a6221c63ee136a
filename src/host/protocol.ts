import type { AnalysisOptions } from '../analysis/options';
import type { LintResult, RuleSeverities } from './lint-text';

/**
 * Messages between the extension host (main thread) and the analysis worker. Each request has an
 * `id`; the worker answers with the same `id`. Sent by the extension: `lint`, `lintFile`, `cancel`.
 * Sent by the worker: `result`, and for `lint` a `digest` later, once it has nothing else to do.
 */
export interface AnalysisSettings {
  rules: RuleSeverities;
  options: AnalysisOptions;
  maxBytes: number;
  /** Workspace folder the file belongs to; paths are judged relative to it, and it is the project model's root. */
  cwd?: string;
  /** Unsaved open documents of that folder (path → text): the project model reads them instead of the disk. */
  buffers?: Record<string, string>;
}

/** Lint an open document's current text (editor path). */
export interface LintMessage {
  type: 'lint';
  id: number;
  filename: string;
  text: string;
  settings: AnalysisSettings;
}

/** Lint a file on disk (workspace scan); the worker reads it, so big repos do not copy text through the main thread. */
export interface LintFileMessage {
  type: 'lintFile';
  id: number;
  filename: string;
  settings: AnalysisSettings;
}

/** The text changed again or the scan was cancelled: drop the answer for `id` if not started. */
export interface CancelMessage {
  type: 'cancel';
  id: number;
}

export type ToWorker = LintMessage | LintFileMessage | CancelMessage;

export interface ResultMessage {
  type: 'result';
  id: number;
  filename: string;
  /** Undefined when cancelled before it ran. */
  result?: LintResult;
  /** Analysis failed (a bug in Perf Coach, never the user's fault): the message for the output channel. */
  error?: string;
  /** Wall time in the worker, including parse. */
  ms: number;
}

/**
 * After the `result` of a `lint`, when the worker is idle: what the file exports, for the editor to
 * re-analyse open importers when it changed. Not sent when a newer `lint` of the same file came first.
 */
export interface DigestMessage {
  type: 'digest';
  /** The `lint` request it belongs to. */
  id: number;
  filename: string;
  exportsDigest?: string;
  /** Modules the digest read beyond the result's `dependencies`. */
  dependencies?: string[];
}

export type FromWorker = ResultMessage | DigestMessage;
