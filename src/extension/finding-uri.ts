/**
 * Whether a URI string that came back from outside (a webview's saved state) may name the
 * document of a finding: `file:` or `untitled:` only, well-formed, short, no control characters,
 * no query, fragment or `..` segment. Whether a `file:` URI lies in the workspace needs `vscode`;
 * the caller checks that (knowledge/explainer-panel.ts).
 */
const MAX_URI = 4096;

export function isFindingUri(uri: string): boolean {
  if (uri.length > MAX_URI || /[\u0000-\u001f\u007f]/.test(uri)) return false;
  let decoded: string;
  let parsed: URL;
  try {
    decoded = decodeURIComponent(uri);
    parsed = new URL(uri);
  } catch {
    return false;
  }
  if (parsed.search || parsed.hash || /[\u0000-\u001f\u007f]/.test(decoded) || /(^|[/\\])\.\.([/\\]|$)/.test(decoded)) return false;
  if (parsed.protocol === 'file:') return uri.startsWith('file:///') || /^file:\/\/[^/]+\//.test(uri);
  if (parsed.protocol === 'untitled:') return parsed.pathname.length > 0;
  return false;
}
