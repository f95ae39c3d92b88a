import { popupFirstChunk, staticClosure, type ModuleGraph } from './popup-first';

/** A module graph as Rollup reports it: static imports only in `importedIds`. */
function graph(edges: Record<string, string[]>): ModuleGraph {
  return {
    getModuleIds: () => Object.keys(edges)[Symbol.iterator](),
    getModuleInfo: (id) => (id in edges ? { importedIds: edges[id]! } : null),
  };
}

const PAGE = '/p/entrypoints/popup/index.html';
const ENTRY = '/p/entrypoints/popup/main.tsx';
const g = graph({
  [PAGE]: [ENTRY, '\0virtual:wxt-html-plugins', '/p/entrypoints/popup/style.css'],
  '\0virtual:wxt-html-plugins': [],
  '/p/entrypoints/popup/style.css': [],
  [ENTRY]: ['/p/components/Popup.tsx', '/p/node_modules/preact/dist/preact.mjs'],
  '/p/components/Popup.tsx': ['/p/lib/view/format.ts', ENTRY],
  '/p/lib/view/format.ts': [],
  '/p/node_modules/preact/dist/preact.mjs': [],
  // Only imported lazily by the popup, at once by the options page.
  '/p/components/popup-db.ts': ['/p/node_modules/dexie/dist/dexie.js'],
  '/p/node_modules/dexie/dist/dexie.js': [],
  '/p/entrypoints/options/main.tsx': ['/p/node_modules/dexie/dist/dexie.js'],
});

describe('popupFirstChunk', () => {
  it('puts what the popup imports statically, and only that, in its first chunk', () => {
    expect([...staticClosure(g)].sort()).toEqual([
      '\0virtual:wxt-html-plugins',
      '/p/components/Popup.tsx',
      '/p/lib/view/format.ts',
      '/p/node_modules/preact/dist/preact.mjs',
    ]);
    const chunk = popupFirstChunk();
    expect(chunk('/p/lib/view/format.ts', g)).toBe('popup-first');
    expect(chunk('/p/node_modules/dexie/dist/dexie.js', g)).toBeUndefined();
    expect(chunk('/p/components/popup-db.ts', g)).toBeUndefined();
    expect(chunk(ENTRY, g)).toBeUndefined();
    expect(chunk(PAGE, g)).toBeUndefined();
    // Stylesheets stay with their page: the options page must not get the popup's.
    expect(chunk('/p/entrypoints/popup/style.css', g)).toBeUndefined();
  });

  it('leaves chunking to Rollup in a build without the popup', () => {
    const chunk = popupFirstChunk();
    expect(chunk('/p/a.ts', graph({ '/p/a.ts': ['/p/b.ts'], '/p/b.ts': [] }))).toBeUndefined();
  });
});
