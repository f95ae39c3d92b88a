import type { Adapter } from '../adapters/types';
import type { WatchSpec } from '../model/wire';

/** What a page's content script should forward: only what this adapter can read. */
export function watchSpec(a: Adapter): WatchSpec {
  return {
    tool: a.id,
    responses: a.responses.map((r) => r.match.source),
    requests: (a.requests ?? []).map((r) => ({ method: r.method, pattern: r.match.source })),
    probes: (a.probes ?? []).map((p) => ({
      name: p.name,
      selectors: p.selectors ?? [],
      pattern: p.pattern?.source,
    })),
    usagePath: a.usagePath?.source,
  };
}
