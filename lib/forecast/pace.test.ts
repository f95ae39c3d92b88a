import { describe, expect, it } from 'vitest';
import type { Reading } from '../model/reading';
import { forecast, leftOf } from './pace';

const H = 3_600_000;
const T0 = Date.UTC(2026, 10, 1);
const r = (at: number, v: Partial<Reading>): Reading => ({
  id: `suno:credits@${at}`,
  tool: 'suno',
  meter: 'credits',
  meterKey: 'suno:credits',
  scale: 1,
  exact: true,
  source: 'json',
  at,
  ...v,
});

describe('forecast', () => {
  it('projects the recent pace to the day the balance runs out', () => {
    const h = [r(T0, { remaining: 100 }), r(T0 + 24 * H, { remaining: 90 })];
    const f = forecast(h, T0 + 24 * H)!;
    expect(f.perDay).toBeCloseTo(10);
    expect(f.emptyAt).toBe(T0 + 24 * H + 9 * 24 * H);
    expect(f.beforeReset).toBe(false);
  });

  it('says it runs out before the reset when the pace is faster than the window', () => {
    const h = [
      r(T0, { percentUsed: 20, resetsAt: T0 + 10 * H }),
      r(T0 + 2 * H, { percentUsed: 60, resetsAt: T0 + 10 * H }),
    ];
    const f = forecast(h, T0 + 2 * H)!;
    expect(f.emptyAt).toBe(T0 + 4 * H);
    expect(f.beforeReset).toBe(true);
  });

  it('starts the pace after the last rise (reset or top-up)', () => {
    const h = [
      r(T0, { remaining: 500 }),
      r(T0 + 24 * H, { remaining: 10 }),
      r(T0 + 25 * H, { remaining: 200 }),
      r(T0 + 49 * H, { remaining: 190 }),
    ];
    expect(forecast(h, T0 + 49 * H)!.perDay).toBeCloseTo(10);
  });

  it('gives nothing for too little history, no spending, or an empty meter', () => {
    expect(forecast([r(T0, { remaining: 5 })], T0)).toBeUndefined();
    expect(
      forecast([r(T0, { remaining: 5 }), r(T0 + 60_000, { remaining: 4 })], T0 + 60_000),
    ).toBeUndefined();
    expect(
      forecast([r(T0, { remaining: 5 }), r(T0 + 5 * H, { remaining: 5 })], T0 + 5 * H),
    ).toBeUndefined();
    expect(
      forecast([r(T0, { remaining: 5 }), r(T0 + 5 * H, { remaining: 0 })], T0 + 5 * H),
    ).toBeUndefined();
  });

  it('reads what is left from remaining, limit minus used, or percent', () => {
    expect(leftOf(r(T0, { remaining: 250, scale: 0.01 }))).toBe(2.5);
    expect(leftOf(r(T0, { used: 30, limit: 50 }))).toBe(20);
    expect(leftOf(r(T0, { percentUsed: 35 }))).toBe(65);
  });
});
