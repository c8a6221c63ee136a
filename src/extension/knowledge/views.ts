// What the explainer panel can show, and the messages its webview sends.
// Both cross a trust boundary (webview state comes back through the panel
// serializer, messages through postMessage), so both are parsed, not cast.
import { parseFindingCode, type FindingCode } from './user-code.js';

import { isFindingUri } from '../finding-uri.js';

/** A finding the user clicked, as the diagnostics side passes it in. */
export interface FindingSnapshot {
  message: string;
  /** The flagged source text; shown escaped, never as HTML. */
  snippet: string;
  /** The document's URI, as `uri.toString()`. */
  uri: string;
  /** 0-based line of the finding. */
  line: number;
  /** The flagged lines with context, and the rule's own fix of them when it offers one (plain text). */
  code?: FindingCode;
  /** The library behind the flagged code, when Perf Coach recognises it (picks its fix in the explainer). */
  library?: string;
}

export type PanelView =
  | { kind: 'rule'; id: string; finding?: FindingSnapshot }
  | { kind: 'topic'; id: string }
  | { kind: 'question'; id: string; practice?: PracticeContext }
  | { kind: 'home' };

export interface PracticeContext {
  /** Rule ids with findings in the workspace when practice started (may be empty). */
  foundRuleIds: string[];
}

export type KnowledgeKind = 'rule' | 'topic' | 'question';

/** Messages from the webview (media/panel.js) to the extension. */
export type PanelMessage =
  /** A knowledge link was clicked (`home`: the index of all topics). */
  | { type: 'open'; kind: KnowledgeKind; id: string }
  | { type: 'open'; kind: 'home' }
  /** The "Back" button. */
  | { type: 'back' }
  /** "Open in editor" next to the user's own snippet. */
  | { type: 'revealFinding' }
  /** "Another question" in practice mode. */
  | { type: 'anotherQuestion' };

const KINDS: readonly string[] = ['rule', 'topic', 'question'];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_TEXT = 20_000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === 'string' && v.length <= 200 && ID.test(v);

export function parsePanelMessage(data: unknown): PanelMessage | undefined {
  if (!isObject(data)) return undefined;
  switch (data['type']) {
    case 'open':
      if (data['kind'] === 'home') return { type: 'open', kind: 'home' };
      return typeof data['kind'] === 'string' && KINDS.includes(data['kind']) && isId(data['id'])
        ? { type: 'open', kind: data['kind'] as KnowledgeKind, id: data['id'] }
        : undefined;
    case 'back':
    case 'revealFinding':
    case 'anotherQuestion':
      return { type: data['type'] };
    default:
      return undefined;
  }
}

function parseFinding(v: unknown): FindingSnapshot | undefined {
  if (!isObject(v)) return undefined;
  const { message, snippet, uri, line } = v;
  if (typeof message !== 'string' || typeof snippet !== 'string' || typeof uri !== 'string' || !isFindingUri(uri)) return undefined;
  if (typeof line !== 'number' || !Number.isInteger(line) || line < 0) return undefined;
  const code = parseFindingCode(v['code']);
  const library = typeof v['library'] === 'string' ? v['library'].slice(0, 40) : undefined;
  return { message: message.slice(0, MAX_TEXT), snippet: snippet.slice(0, MAX_TEXT), uri: uri.slice(0, 4096), line, ...(code && { code }), ...(library && { library }) };
}

/** Reads a view back from saved webview state; undefined when it is not one. */
export function parsePanelView(v: unknown): PanelView | undefined {
  if (!isObject(v)) return undefined;
  switch (v['kind']) {
    case 'home':
      return { kind: 'home' };
    case 'topic':
      return isId(v['id']) ? { kind: 'topic', id: v['id'] } : undefined;
    case 'rule': {
      if (!isId(v['id'])) return undefined;
      const finding = parseFinding(v['finding']);
      return finding ? { kind: 'rule', id: v['id'], finding } : { kind: 'rule', id: v['id'] };
    }
    case 'question': {
      if (!isId(v['id'])) return undefined;
      const p = v['practice'];
      if (isObject(p) && Array.isArray(p['foundRuleIds'])) {
        return { kind: 'question', id: v['id'], practice: { foundRuleIds: p['foundRuleIds'].filter(isId) } };
      }
      return { kind: 'question', id: v['id'] };
    }
    default:
      return undefined;
  }
}

/** Identifies a view for webview state: state saved for another view is not reapplied. */
export function viewKey(view: PanelView): string {
  if (view.kind === 'home') return 'home';
  const suffix = view.kind === 'rule' && view.finding ? `@${view.finding.uri}:${view.finding.line}` : '';
  return `${view.kind}:${view.id}${suffix}`;
}

/** Back/forward-free history: the panel keeps the views it showed, newest last. */
export class ViewHistory {
  private readonly stack: PanelView[] = [];

  constructor(private readonly limit = 50) {}

  push(view: PanelView): void {
    const top = this.stack.at(-1);
    if (top && viewKey(top) === viewKey(view)) {
      this.stack[this.stack.length - 1] = view;
      return;
    }
    this.stack.push(view);
    if (this.stack.length > this.limit) this.stack.shift();
  }

  get current(): PanelView | undefined {
    return this.stack.at(-1);
  }

  get canGoBack(): boolean {
    return this.stack.length > 1;
  }

  /** Drops the current view and returns the one before it. */
  back(): PanelView | undefined {
    if (this.stack.length > 1) this.stack.pop();
    return this.stack.at(-1);
  }
}
