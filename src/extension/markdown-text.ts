/**
 * User text (finding messages quote the user's code) on its way into a `MarkdownString`. Escaped
 * character by character, so nothing in it is Markdown: a backtick in the code cannot close a code
 * span, and `![x](https://…)` after it stays text instead of an image fetched from the network.
 * No `vscode` import, so it is tested on its own (test/extension/markdown-text.test.ts).
 */
const SPECIAL = /[\\`*_{}[\]()#+\-.!<>|~$&:"']/g;

export function escapeMarkdown(text: string): string {
  // Line breaks stay line breaks; nothing else can start a block (lists, headings, quotes are escaped).
  return text.replace(SPECIAL, '\\$&');
}
