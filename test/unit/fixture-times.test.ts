import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CASE_NOW } from '@/lib/adapters/case-time';
import { FIXTURES, rawFixture } from '@/test/support/fixtures';
import { literalTimes, resolveTimes } from '@/test/support/times';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const all = files(FIXTURES).map((p) => relative(FIXTURES, p));

describe('fixtures hold no literal time', () => {
  it.each(all)('%s', (path) => {
    // Every time is a {{now…}} placeholder, resolved against the clock of the test that reads it.
    expect(literalTimes(rawFixture(path))).toEqual([]);
  });

  it('the check finds each format a site sends', () => {
    const found = literalTimes(
      '{"renews_on":"2026-12-01T00:00:00Z","a":1796083200,"b":"1796083200000",' +
        '"c":1796083200000417,"d":"2027-02-01","e":"2026-11-21T22:00:00.123456+00:00"}',
    );
    expect(found).toEqual([
      '2026-12-01',
      '2027-02-01',
      '2026-11-21',
      '1796083200',
      '1796083200000',
      '1796083200000417',
    ]);
    // Neither counts, nor a placeholder, nor what it resolves to once it is one.
    expect(literalTimes('{"count":12345,"id":"a1796083200","p":"{{now+3d|unix_s}}"}')).toEqual([]);
  });
});

describe('time placeholders', () => {
  const now = CASE_NOW;
  it.each([
    ['{{now+1d|iso}}', '2026-11-22T12:00:00.000Z'],
    ['{{now-90m|iso_s}}', '2026-11-21T10:30:00Z'],
    ['{{now+2h|iso_us}}', '2026-11-21T14:00:00.000417+00:00'],
    ['{{now|iso_ns}}', '2026-11-21T12:00:00.000417093Z'],
    ['{{now+1d|iso@+05:30}}', '2026-11-22T17:30:00.000+05:30'],
    ['{{now|iso_s@-08:00}}', '2026-11-21T04:00:00-08:00'],
    ['{{now+10d|date}}', '2026-12-01'],
    ['"{{now|unix_s}}"', '1795262400'],
    ['"{{now+1s|unix_ms}}"', '1795262401000'],
    ['"{{now|unix_us}}"', '1795262400000417'],
    ['"{{now|unix_s_float}}"', '1795262400.000'],
    ['"{{now|ms_string}}"', '"1795262400000"'],
    ['"{{now-1d|s_string}}"', '"1795176000"'],
  ])('%s → %s', (text, want) => {
    expect(resolveTimes(text, now)).toBe(want);
    // Every resolved form parses back to the instant it names.
    expect(literalTimes(resolveTimes(text, now)).length).toBeGreaterThan(0);
  });

  it('refuses a format it does not know rather than leaving the placeholder', () => {
    expect(() => resolveTimes('{{now|julian}}', now)).toThrow(/unknown time format/);
    expect(() => resolveTimes('{{now+3x|iso}}', now)).toThrow();
  });
});
