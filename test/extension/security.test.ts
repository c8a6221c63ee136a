import { readFileSync } from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { isFindingUri } from '../../src/extension/finding-uri';
import { parsePanelView } from '../../src/extension/knowledge/views';
import { escapeMarkdown } from '../../src/extension/markdown-text';

// VS Code renders MarkdownString with markdown-it; so does this test (HTML off, as in a tooltip).
const md = new MarkdownIt({ html: false, linkify: true });

describe('user text in Markdown (findings view tooltip)', () => {
  const hostile = [
    '`db.query(`${id}`)` runs once per item` ![pixel](https://tracker.example/p.png) [click](command:workbench.action.terminal.new)',
    '`a` <img src=x onerror=alert(1)> <script>alert(1)</script>',
    '# heading\n- item\n> quote\n```\ncode\n```',
    '[link](javascript:alert(1)) and <https://example.com/autolink>',
  ];
  it.each(hostile)('escaped %j renders as its own text: no image, link, code span or HTML', (text) => {
    const html = md.render(escapeMarkdown(text));
    expect(html).not.toMatch(/<img|<a |<code|<script|<h1|<li|<blockquote|<pre/);
    // Every character of the text is still there, as text.
    const shown = html.replace(/<\/?p>|<br>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
    expect(shown).toBe(text.replace(/\s+/g, ' ').trim());
  });

  it('an unescaped message would have been live (the trap this guards)', () => {
    expect(md.render(hostile[0])).toMatch(/<img src="https:\/\/tracker\.example\/p\.png"/);
  });
});

describe('restored explainer state: the finding URI', () => {
  it.each(['file:///home/me/app/src/users.ts', 'file:///c%3A/app/users.ts', 'file://server/share/app.ts', 'untitled:Untitled-1'])('accepts %s', (uri) => {
    expect(isFindingUri(uri)).toBe(true);
    expect(parsePanelView({ kind: 'rule', id: 'no-n-plus-one', finding: { message: 'm', snippet: 's', uri, line: 1 } })).toHaveProperty('finding.uri', uri);
  });
  it.each([
    'command:workbench.action.terminal.new',
    'https://example.com/a.ts',
    'vscode-userdata:/settings.json',
    'file:///home/me/app/../../etc/passwd',
    'file:///home/me/app/%2e%2e/secret.ts',
    'file:///a.ts?query=1',
    'file:///a.ts#frag',
    'file:relative/path.ts',
    'file:///a\u0000.ts',
    'untitled:',
    'not a uri',
    `file:///${'a'.repeat(5000)}.ts`,
  ])('refuses %j, keeping the rule page without the finding', (uri) => {
    expect(isFindingUri(uri)).toBe(false);
    expect(parsePanelView({ kind: 'rule', id: 'no-n-plus-one', finding: { message: 'm', snippet: 's', uri, line: 1 } })).toEqual({ kind: 'rule', id: 'no-n-plus-one' });
  });
});

describe('untrusted workspaces', () => {
  const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8'));
  const capability = pkg.capabilities.untrustedWorkspaces;
  const properties: Record<string, { type: string }> = pkg.contributes.configuration.properties;

  it('support is limited, with restricted configurations', () => {
    expect(capability.supported).toBe('limited');
    expect(capability.description).toMatch(/Restricted Mode/);
  });
  it('every limit and every analysis input is restricted: a repository cannot raise them', () => {
    expect(capability.restrictedConfigurations).toEqual(
      expect.arrayContaining(['perfCoach.maxFileSize', 'perfCoach.timeBudgetMs', 'perfCoach.scanOnStartup', 'perfCoach.clients', 'perfCoach.requestPathMarkers', 'perfCoach.allow']),
    );
    // A new numeric setting is a limit: it must be restricted too.
    for (const [key, value] of Object.entries(properties)) if (value.type === 'number') expect(capability.restrictedConfigurations, key).toContain(key);
    for (const key of capability.restrictedConfigurations) expect(properties, key).toHaveProperty([key]);
  });
});
