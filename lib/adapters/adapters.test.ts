import { adapterModules, caseFolders, expectedAt } from '@/test/support/fixtures';
import { envelopeFor } from '@/test/support/envelopes';
import { CASE_NOW } from './case-time';
import { TOOLS } from '../catalog';
import { ADAPTERS } from './index';
import { interpret, ownsUrl } from './interpret';

const modules = adapterModules();
const cases = modules.flatMap((m) => m.cases.map((c) => ({ adapter: m.adapter, c })));

describe('adapter cases', () => {
  it('every tool in the catalog has readers and cases in lib/sites/<its id>, and no folder more', () => {
    expect(ADAPTERS.map((a) => a.id)).toEqual(TOOLS.map((t) => t.id));
    expect(caseFolders().sort()).toEqual(TOOLS.map((t) => t.id).sort());
    for (const m of modules) expect(m.cases.length, m.adapter.id).toBeGreaterThan(0);
  });

  // The fake clock, and one 400 days, 7 hours and 13 minutes later: a time the fixture holds
  // literally, instead of as a placeholder, stays put and fails the second.
  const CLOCKS = [CASE_NOW, CASE_NOW + 400 * 86_400_000 + 7 * 3_600_000 + 13 * 60_000];
  it.each(
    cases.flatMap(({ adapter, c }) =>
      CLOCKS.map(
        (now, i) =>
          [adapter.id, c.name, i ? '400 days on' : 'at the fake clock', adapter, c, now] as const,
      ),
    ),
  )('%s: %s (%s)', (_id, _name, _when, adapter, c, now) => {
    const out = interpret(adapter, envelopeFor(adapter, c, now));
    const want = expectedAt(c, now);
    if ('failure' in want) {
      expect(out.kind).toBe('failure');
      if (out.kind === 'failure') expect(`${out.reason} ${out.path ?? ''}`).toMatch(want.failure);
      return;
    }
    expect(out.kind).toBe('readout');
    if (out.kind !== 'readout') return;
    expect(out.readings).toEqual(want.readings ?? []);
    expect(out.tasks).toEqual(want.tasks ?? []);
  });
});

describe('URL ownership', () => {
  it.each(cases.map(({ adapter, c }) => [c.url, adapter.id] as const))(
    '%s is claimed by %s alone',
    (url, id) => {
      const owners = modules
        .filter((m) => ownsUrl(m.adapter, new URL(url)))
        .map((m) => m.adapter.id);
      expect(owners).toEqual([id]);
    },
  );

  it('no adapter claims plain http or a look-alike host', () => {
    for (const a of ADAPTERS) {
      for (const h of a.hosts) {
        expect(ownsUrl(a, new URL(`http://${h}/`))).toBe(false);
        expect(ownsUrl(a, new URL(`https://${h}.evil.example/`))).toBe(false);
        expect(ownsUrl(a, new URL(`https://evil-${h}/`))).toBe(false);
      }
    }
  });
});
