import { scaled } from '../ingest/delta';
import type { Reading } from '../model/reading';

/** How long a meter lasts at its recent pace. */
export interface Forecast {
  /** Units (or percent points) spent per day lately. */
  perDay: number;
  /** When the balance reaches zero at that pace. */
  emptyAt: number;
  /** True when that happens before the meter's next reset. */
  beforeReset: boolean;
}

/** Forecasts look back this far, and no further than the last reset. */
export const PACE_WINDOW_MS = 7 * 86_400_000;
/** Less history than this says nothing about a pace. */
const MIN_SPAN_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** What is left, in the meter's unit or percent points; undefined when a reading cannot say. */
export function leftOf(r: Reading): number | undefined {
  const remaining = scaled(r, 'remaining');
  if (remaining !== undefined) return remaining;
  const [used, limit] = [scaled(r, 'used'), scaled(r, 'limit')];
  if (used !== undefined && limit !== undefined) return Math.max(0, limit - used);
  if (r.percentUsed !== undefined) return 100 - r.percentUsed;
  return undefined;
}

/**
 * The recent pace of one meter from its readings (oldest first, the latest last): what was
 * spent since the last rise (a reset or top-up starts a new stretch) over the time it took.
 * Undefined when there is too little history, nothing was spent, or nothing is left to run
 * out of — a forecast is only shown when it can be worked out honestly.
 */
export function forecast(history: Reading[], now: number): Forecast | undefined {
  const latest = history[history.length - 1];
  if (!latest) return undefined;
  const left = leftOf(latest);
  if (left === undefined || left <= 0) return undefined;
  // Walk back from the latest while the balance only went down: that stretch is the pace.
  let start = latest;
  let spent = 0;
  for (let i = history.length - 2; i >= 0; i--) {
    const r = history[i]!;
    if (latest.at - r.at > PACE_WINDOW_MS) break;
    const [a, b] = [leftOf(r), leftOf(history[i + 1]!)];
    if (a === undefined || b === undefined || a < b) break;
    spent += a - b;
    start = r;
  }
  const span = Math.max(now, latest.at) - start.at;
  if (spent <= 0 || span < MIN_SPAN_MS) return undefined;
  const perDay = (spent / span) * DAY_MS;
  const emptyAt = Math.round(Math.max(now, latest.at) + (left / perDay) * DAY_MS);
  const beforeReset = latest.resetsAt !== undefined && emptyAt < latest.resetsAt;
  return { perDay, emptyAt, beforeReset };
}
