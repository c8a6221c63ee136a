import { describe, expect, it } from 'vitest';
import { parsePanelMessage, parsePanelView, ViewHistory, viewKey } from '../../src/extension/knowledge/views.js';

describe('parsePanelMessage', () => {
  it('accepts the messages panel.js sends', () => {
    expect(parsePanelMessage({ type: 'open', kind: 'topic', id: 'cache-stampede' })).toEqual({ type: 'open', kind: 'topic', id: 'cache-stampede' });
    expect(parsePanelMessage({ type: 'open', kind: 'home' })).toEqual({ type: 'open', kind: 'home' });
    expect(parsePanelMessage({ type: 'back', extra: 1 })).toEqual({ type: 'back' });
    expect(parsePanelMessage({ type: 'revealFinding' })).toEqual({ type: 'revealFinding' });
    expect(parsePanelMessage({ type: 'anotherQuestion' })).toEqual({ type: 'anotherQuestion' });
  });

  it.each([
    null,
    'open',
    { type: 'open', kind: 'command', id: 'x' },
    { type: 'open', kind: 'topic', id: '../etc/passwd' },
    { type: 'open', kind: 'topic', id: 'A B' },
    { type: 'open', kind: 'topic' },
    { type: 'runCommand', command: 'workbench.action.terminal.new' },
  ])('ignores %j', (data) => {
    expect(parsePanelMessage(data)).toBeUndefined();
  });
});

describe('parsePanelView', () => {
  it('round-trips every kind of view', () => {
    for (const view of [
      { kind: 'home' },
      { kind: 'topic', id: 'cache-stampede' },
      { kind: 'question', id: 'q-n-plus-one', practice: { foundRuleIds: ['no-n-plus-one'] } },
      { kind: 'rule', id: 'no-n-plus-one', finding: { message: 'm', snippet: 's', uri: 'file:///a.ts', line: 3 } },
    ] as const) {
      expect(parsePanelView(JSON.parse(JSON.stringify(view)))).toEqual(view);
    }
  });

  it('drops a malformed finding but keeps the rule', () => {
    expect(parsePanelView({ kind: 'rule', id: 'no-n-plus-one', finding: { message: 'm', line: -1 } })).toEqual({ kind: 'rule', id: 'no-n-plus-one' });
  });

  it('rejects unknown shapes', () => {
    expect(parsePanelView({ kind: 'rule' })).toBeUndefined();
    expect(parsePanelView({ kind: 'script', id: 'x' })).toBeUndefined();
    expect(parsePanelView(undefined)).toBeUndefined();
  });
});

describe('ViewHistory', () => {
  it('goes back, never past the first view, and does not stack the same view twice', () => {
    const h = new ViewHistory(3);
    h.push({ kind: 'topic', id: 'a' });
    h.push({ kind: 'topic', id: 'a' });
    expect(h.canGoBack).toBe(false);
    h.push({ kind: 'topic', id: 'b' });
    h.push({ kind: 'topic', id: 'c' });
    h.push({ kind: 'topic', id: 'd' });
    expect(h.back()).toEqual({ kind: 'topic', id: 'c' });
    expect(h.back()).toEqual({ kind: 'topic', id: 'b' });
    expect(h.canGoBack).toBe(false);
    expect(h.back()).toEqual({ kind: 'topic', id: 'b' });
  });

  it('keys a finding view by its location so its webview state is not reused for another finding', () => {
    const finding = { message: 'm', snippet: 's', uri: 'file:///a.ts', line: 3 };
    expect(viewKey({ kind: 'rule', id: 'no-n-plus-one', finding })).toBe('rule:no-n-plus-one@file:///a.ts:3');
    expect(viewKey({ kind: 'rule', id: 'no-n-plus-one' })).toBe('rule:no-n-plus-one');
  });
});
