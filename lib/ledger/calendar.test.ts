import fc from 'fast-check';
import { isoLocal, isoLocalSlow } from './calendar';

// Zones with whole, half and three-quarter hour offsets, and a half-hour clock change.
const ZONES = [
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'America/St_Johns',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
];

describe('isoLocal', () => {
  const saved = process.env.TZ;
  afterEach(() => {
    process.env.TZ = saved;
  });

  it.each(ZONES)('formats every instant as the reference does in %s', (zone) => {
    process.env.TZ = zone;
    const instant = fc.oneof(
      fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }),
      // Around clock changes of 2026 in any of these zones: March, April, September–November.
      fc.integer({ min: Date.UTC(2026, 2, 1), max: Date.UTC(2026, 10, 30) }),
      fc.double({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1), noNaN: true }),
    );
    // Sorted runs, as an export asks, exercise the caches between neighbouring lines.
    fc.assert(
      fc.property(fc.array(instant, { maxLength: 50 }), (ats) => {
        for (const at of ats.sort((a, b) => a - b)) expect(isoLocal(at)).toBe(isoLocalSlow(at));
      }),
      { numRuns: 200 },
    );
  });

  // Clock changes in the middle of a UTC hour: the offset cache must not span them.
  it.each([
    // Lord Howe moves from +10:30 to +11:00 on 4 October 2026 at 02:00 local (15:30 UTC).
    ['Australia/Lord_Howe', Date.UTC(2026, 9, 3, 13), ['+10:30', '+11:00']],
    // St John's moves from -03:30 to -02:30 on 8 March 2026 at 02:00 local (05:30 UTC).
    ['America/St_Johns', Date.UTC(2026, 2, 8, 3), ['-02:30', '-03:30']],
  ] as const)('walks across the clock change in %s minute by minute', (zone, from, offsets) => {
    process.env.TZ = zone;
    const seen = new Set<string>();
    for (let at = from; at < from + 4 * 3_600_000; at += 60_000) {
      expect(isoLocal(at)).toBe(isoLocalSlow(at));
      seen.add(isoLocal(at).slice(-6));
    }
    expect([...seen].sort()).toEqual(offsets);
  });

  it('writes the offset and the local wall time', () => {
    process.env.TZ = 'Asia/Kathmandu';
    expect(isoLocal(Date.UTC(2026, 10, 3, 18, 20, 5))).toBe('2026-11-04T00:05:05+05:45');
  });
});
