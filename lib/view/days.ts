import { dayOf } from '../ledger/calendar';

/** How many days the popup looks back for costs and the balance chart. */
export const CHART_DAYS = 30;

/** The last `n` local days up to and including today's, oldest first. */
export function lastDays(now: number, n = CHART_DAYS): string[] {
  const today = new Date(now);
  const out: string[] = [];
  // Stepping by calendar date, not by 24 h, keeps DST days from being skipped or repeated.
  for (let i = n - 1; i >= 0; i--) {
    const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() - i, 12);
    out.push(dayOf(d.getTime()));
  }
  return out;
}

/** Noon of the local day after `now`'s (calendar steps: a DST day is 23 or 25 hours). */
export function nextDay(now: number): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, 12).getTime();
}

/** The first local day of this month. */
export function monthStart(now: number): string {
  return `${dayOf(now).slice(0, 8)}01`;
}
