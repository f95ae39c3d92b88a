import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASE_NOW } from '@/lib/adapters/case-time';
import { ADAPTERS } from '@/lib/adapters';
import type { Adapter, AdapterCase, Readout } from '@/lib/adapters/types';
import { resolveTimes } from './times';

export const FIXTURES = join(__dirname, '..', 'fixtures');

/** A fixture file as it is stored, time placeholders and all. */
export function rawFixture(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8');
}

/**
 * A fixture as a site would send it at `now`: its `{{now…}}` placeholders resolved against
 * that clock (test/support/times.ts). Unit tests pass their fake clock, browser tests the real one.
 */
export function fixture(path: string, now: number): string {
  return resolveTimes(rawFixture(path), now);
}

/** A fixture as a site would send it now, for tests in a real browser on the real clock. */
export function liveFixture(path: string): string {
  return fixture(path, Date.now());
}

type Expected = Readout | { failure: RegExp };

/**
 * A case's expectation for its fixture read at `now`: the times of a plain expectation (written
 * at CASE_NOW) move with the clock; a function of the clock is asked.
 */
export function expectedAt(c: AdapterCase, now: number): Expected {
  if (typeof c.expect === 'function') return c.expect(now);
  if ('failure' in c.expect) return c.expect;
  const d = now - CASE_NOW;
  const move = (t: number | undefined) => (t === undefined ? undefined : t + d);
  const out: Readout = {};
  if (c.expect.readings)
    out.readings = c.expect.readings.map((r) =>
      'resetsAt' in r ? { ...r, resetsAt: move(r.resetsAt) } : r,
    );
  if (c.expect.tasks)
    out.tasks = c.expect.tasks.map((t) => ('at' in t ? { ...t, at: move(t.at) } : t));
  return out;
}

const caseFiles = import.meta.glob<AdapterCase[]>('../../lib/sites/*/cases.ts', {
  eager: true,
  import: 'cases',
});

/** Each supported site's adapter and its cases (lib/sites/<id>/cases.ts), in the catalog's order. */
export function adapterModules(): { file: string; adapter: Adapter; cases: AdapterCase[] }[] {
  const byFolder = new Map(
    Object.entries(caseFiles).map(([path, cases]) => [path.split('/').at(-2)!, cases] as const),
  );
  return ADAPTERS.map((adapter) => ({
    file: adapter.id,
    adapter,
    cases: byFolder.get(adapter.id) ?? [],
  }));
}

/** The folders under lib/sites that hold a cases.ts. */
export function caseFolders(): string[] {
  return Object.keys(caseFiles).map((p) => p.split('/').at(-2)!);
}
