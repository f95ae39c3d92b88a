/**
 * Times for adapter cases and their fixtures, relative to a fixed clock. Fixtures never hold a
 * literal time: they hold `{{now+9d12h|iso}}`, which the tests resolve against the clock they
 * run the case at (CASE_NOW in unit tests, the real clock end to end), and the cases' expected
 * times are written with `at()` against the same clock. So no test depends on the day it runs.
 */

/** The fake clock adapter cases are read at: Saturday 21 Nov 2026, 12:00 UTC. */
export const CASE_NOW = 1_795_262_400_000;

const UNIT_MS: Record<string, number> = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 };

/** An offset such as `+9d12h`, `-90m` or `` (none) in milliseconds; throws on anything else. */
export function offsetMs(offset: string): number {
  const m = /^([+-])?((?:\d+[dhms])*)$/.exec(offset);
  if (!m) throw new Error(`bad time offset "${offset}"`);
  let ms = 0;
  for (const [, n, u] of m[2]!.matchAll(/(\d+)([dhms])/g)) ms += Number(n) * UNIT_MS[u!]!;
  return m[1] === '-' ? -ms : ms;
}

/** `offset` after the clock (CASE_NOW unless given), epoch ms. */
export function at(offset: string, now = CASE_NOW): number {
  return now + offsetMs(offset);
}

/** Midnight UTC of the day `offset` after the clock: what a `YYYY-MM-DD` field means. */
export function dayAt(offset: string, now = CASE_NOW): number {
  const t = at(offset, now);
  return t - (((t % 86_400_000) + 86_400_000) % 86_400_000);
}

/** Midnight UTC on the 1st of the month `n` months after the clock's. */
export function monthStartUtc(now: number, n: number): number {
  const d = new Date(now);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1);
}

/** The same UTC wall time `n` calendar months later, on the month's last day if it is shorter. */
export function addMonthsUtc(t: number, n: number): number {
  const d = new Date(t);
  const [y, m] = [d.getUTCFullYear(), d.getUTCMonth() + n];
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const day = Math.min(d.getUTCDate(), last);
  return Date.UTC(y, m, day) + (t - Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}
