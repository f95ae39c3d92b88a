import { dayOf } from '../ledger/calendar';

/** How many days the popup looks back for costs and the balance chart. */
export const CHART_DAYS = 30;

/**
 * Noon of the local day `n` days after `now`'s (before it, negative). Stepping by calendar
 * date, not by 24 h, keeps DST days (23 or 25 hours) from being skipped or repeated.
 */
export function noonAfter(now: number, n: number): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + n, 12).getTime();
}

/** The last `n` local days up to and including today's, oldest first. */
export function lastDays(now: number, n = CHART_DAYS): string[] {
  const out: string[] = [];
  for (let i = n - 1; i >= 0; i--) out.push(dayOf(noonAfter(now, -i)));
  return out;
}

/** The first local day of this month. */
export function monthStart(now: number): string {
  return `${dayOf(now).slice(0, 8)}01`;
}
