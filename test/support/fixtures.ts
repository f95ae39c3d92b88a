import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Adapter, AdapterCase } from '@/lib/adapters/types';

export const FIXTURES = join(__dirname, '..', 'fixtures');

export function fixture(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8');
}

type AdapterModule = Record<string, unknown> & { cases?: AdapterCase[] };

function isAdapter(v: unknown): v is Adapter {
  return !!v && typeof v === 'object' && 'hosts' in v && 'responses' in v && 'meters' in v;
}

/**
 * Every adapter file's adapter and `cases`, gathered by file so that adding a site needs no
 * test wiring (the list in index.ts is checked against this separately).
 */
export function adapterModules(): { file: string; adapter: Adapter; cases: AdapterCase[] }[] {
  const mods = import.meta.glob<AdapterModule>(
    ['../../lib/adapters/*.ts', '!../../lib/adapters/*.test.ts'],
    { eager: true },
  );
  return Object.entries(mods).flatMap(([path, mod]) => {
    const adapter = Object.values(mod).find(isAdapter);
    if (!adapter) return [];
    return [
      { file: path.replace(/^.*\//, '').replace(/\.ts$/, ''), adapter, cases: mod.cases ?? [] },
    ];
  });
}
