import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASE_NOW } from '@/lib/adapters/case-time';
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
