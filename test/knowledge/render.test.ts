import { describe, expect, it } from 'vitest';
import { createRenderer } from '../../src/knowledge/render.js';

describe('createRenderer', () => {
  const md = createRenderer((id) => (id === 'connection-pooling' ? 'topic' : id === 'q-pool-sizing' ? 'question' : undefined));

  it('highlights fenced code with hljs classes', () => {
    const html = md.render('```ts\nconst pool = new Pool({ max: 10 });\n```');
    expect(html).toContain('<pre class="hljs"><code class="hljs language-ts">');
    expect(html).toContain('<span class="hljs-keyword">const</span>');
  });

  it('escapes code in unknown languages and still marks the block', () => {
    const html = md.render('```weird\n<b>x</b>\n```');
    expect(html).toContain('class="hljs language-weird"');
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
  });

  it('marks ❌ / ✅ examples', () => {
    expect(md.render('```ts\n// ❌ bad\nx()\n```')).toContain('class="hljs example example-bad"');
    expect(md.render('```ts\n// ✅ good\nx()\n```')).toContain('class="hljs example example-good"');
  });

  it('never passes raw HTML through', () => {
    const html = md.render('<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)> here.');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('drops javascript: links', () => {
    expect(md.render('[x](javascript:alert(1))')).not.toContain('href="javascript:');
  });

  it('turns links to knowledge-base files into in-panel links', () => {
    const html = md.render('See [pooling](./connection-pooling.md) and [sizing](../questions/q-pool-sizing.md).');
    expect(html).toContain('<a href="#topic:connection-pooling" data-kb-kind="topic" data-kb-id="connection-pooling">');
    expect(html).toContain('<a href="#question:q-pool-sizing" data-kb-kind="question" data-kb-id="q-pool-sizing">');
  });

  it('renders inline Markdown without a paragraph', () => {
    expect(md.renderInline('Use `Promise.all`')).toBe('Use <code>Promise.all</code>');
  });
});
