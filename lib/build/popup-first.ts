/** The part of Rollup's module graph that manualChunks gets to see. */
export interface ModuleGraph {
  getModuleIds(): IterableIterator<string>;
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

// The popup's page, and its script: the page also imports small modules of WXT's and Vite's
// (a module-preload polyfill), which would otherwise make one more file to fetch.
export const POPUP_PAGE = /\/entrypoints\/popup\/index\.html$/;
const POPUP_ENTRY = /\/entrypoints\/popup\/main\.tsx$/;

/**
 * Rollup's manualChunks for the HTML pages' build: every module the popup's page and script
 * import statically, directly or not, goes in the chunk 'popup-first'; all else is chunked as
 * Rollup likes. The set is worked out once per build, from the graph Rollup hands over.
 */
export function popupFirstChunk() {
  let first: Set<string> | undefined;
  return (id: string, graph: ModuleGraph): string | undefined => {
    first ??= staticClosure(graph);
    return first.has(id) ? 'popup-first' : undefined;
  };
}

/**
 * The modules the popup's page needs before its script runs: what its page and its script
 * import statically, directly or not; not the page, the script or stylesheets (those stay
 * with their page, or the options page would get the popup's styles).
 */
export function staticClosure(graph: ModuleGraph): Set<string> {
  const ids = [...graph.getModuleIds()];
  const roots = ids.filter((id) => POPUP_PAGE.test(id) || POPUP_ENTRY.test(id));
  const seen = new Set<string>();
  const todo = [...roots];
  while (todo.length) {
    for (const dep of graph.getModuleInfo(todo.pop()!)?.importedIds ?? []) {
      if (seen.has(dep) || roots.includes(dep) || dep.endsWith('.css')) continue;
      seen.add(dep);
      todo.push(dep);
    }
  }
  return seen;
}
