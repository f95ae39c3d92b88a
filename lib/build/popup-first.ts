/** The part of Rollup's module graph that manualChunks gets to see. */
export interface ModuleGraph {
  getModuleIds(): IterableIterator<string>;
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

const POPUP_ENTRY = /\/entrypoints\/popup\/main\.tsx$/;

/**
 * Rollup's manualChunks for the HTML pages' build: every module the popup's entry imports
 * statically, directly or not, goes in the chunk 'popup-first'; all else is chunked as Rollup
 * likes. The set is worked out once per build, from the graph Rollup hands over.
 */
export function popupFirstChunk() {
  let first: Set<string> | undefined;
  return (id: string, graph: ModuleGraph): string | undefined => {
    first ??= staticClosure(graph);
    return first.has(id) ? 'popup-first' : undefined;
  };
}

/** The modules the popup's entry needs before it runs, not counting the entry itself. */
export function staticClosure(graph: ModuleGraph): Set<string> {
  const entry = [...graph.getModuleIds()].find((id) => POPUP_ENTRY.test(id));
  const seen = new Set<string>();
  if (!entry) return seen;
  const todo = [entry];
  while (todo.length) {
    for (const dep of graph.getModuleInfo(todo.pop()!)?.importedIds ?? []) {
      if (seen.has(dep) || dep === entry) continue;
      seen.add(dep);
      todo.push(dep);
    }
  }
  return seen;
}
