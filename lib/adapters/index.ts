import { TOOLS } from '../catalog';
import type { Adapter, Readers } from './types';

// Each site's readers, found by folder: lib/sites/<id>/adapter.ts. The list of tools itself is
// written once, in lib/catalog/index.ts; a tool without readers (or readers without a tool)
// stops the background at start and fails the unit tests.
const readers = import.meta.glob<Readers>('../sites/*/adapter.ts', {
  eager: true,
  import: 'readers',
});

const byFolder = new Map(
  Object.entries(readers).map(([path, r]) => [path.split('/').at(-2)!, r] as const),
);

function adapterOf(id: string): Adapter {
  const r = byFolder.get(id);
  if (!r) throw new Error(`lib/sites/${id}/adapter.ts is missing`);
  const tool = TOOLS.find((t) => t.id === id)!;
  return { ...tool, ...r };
}

for (const folder of byFolder.keys())
  if (!TOOLS.some((t) => t.id === folder))
    throw new Error(`lib/sites/${folder} has readers but no entry in lib/catalog/index.ts`);

/** Every supported site, in the catalog's order. */
export const ADAPTERS: readonly Adapter[] = TOOLS.map((t) => adapterOf(t.id));

const byId = new Map(ADAPTERS.map((a) => [a.id, a]));
const byHost = new Map(ADAPTERS.flatMap((a) => a.hosts.map((h) => [h, a] as const)));

export function adapterById(id: string): Adapter | undefined {
  return byId.get(id);
}

/** The adapter whose pages live on this exact host, if any. */
export function adapterForHost(host: string): Adapter | undefined {
  return byHost.get(host);
}
