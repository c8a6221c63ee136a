// The real knowledge base, rendered in memory (not read from dist/), so these
// tests need no prior build and always see the current content.
import { loadKnowledge } from '../../src/knowledge/load.js';
import { renderCatalog } from '../../src/knowledge/build-catalog.js';
import { indexCatalog, type CatalogIndex } from '../../src/extension/knowledge/catalog.js';
import type { PageAssets } from '../../src/extension/knowledge/panel-html.js';
import { findRepoRoot } from '../knowledge/repo.js';

let cached: CatalogIndex | undefined;

export function repoCatalog(): CatalogIndex {
  if (!cached) {
    const loaded = loadKnowledge(findRepoRoot());
    if (loaded.errors.length) throw new Error(loaded.errors.join('\n'));
    cached = indexCatalog(renderCatalog(loaded.kb));
  }
  return cached;
}

export const NONCE = 'AbCdEfGhIjKlMnOpQrStUvWx';

export const assets: PageAssets = {
  // What VS Code 1.100 passes as webview.cspSource.
  cspSource: "'self' https://*.vscode-cdn.net",
  nonce: NONCE,
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/panel.css',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/panel.js',
  costModelUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/cost-model.js',
  mediaUri: (file) => `https://file+.vscode-resource.vscode-cdn.net/ext/media/${file}`,
};
