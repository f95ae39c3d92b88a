import { scaled } from '../ingest/delta';
import type { MeterState } from '../model/meter';
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

/** Where a meter's latest stretch of spending began: its first reading and what was left. */
export interface PaceStart {
  at: number;
  left: number;
}

/**
 * The pace start the background kept with a meter's state (refreshPace), while it still
 * belongs to the latest reading; undefined once a newer reading came in.
 */
export function keptPace(state: MeterState): PaceStart | undefined {
  return state.pace?.of === state.latest.at ? state.pace : undefined;
}

/**
 * The start of the latest stretch in a meter's readings (oldest first, the latest last):
 * walking back from the latest while the balance only went down, within PACE_WINDOW_MS of
 * it (a reset or top-up starts a new stretch). It depends on the readings only, not on the
 * clock, so the background can keep it with the meter's state for the popup (MeterState.pace).
 * Undefined when the latest reading cannot say what is left.
 */
export function paceStart(history: Reading[]): PaceStart | undefined {
  const latest = history[history.length - 1];
  if (!latest) return undefined;
  const left = leftOf(latest);
  if (left === undefined) return undefined;
  let start: PaceStart = { at: latest.at, left };
  for (let i = history.length - 2; i >= 0; i--) {
    const r = history[i]!;
    if (latest.at - r.at > PACE_WINDOW_MS) break;
    const a = leftOf(r);
    // Each step only went down, so what was spent is the start's balance minus the latest's.
    if (a === undefined || a < start.left) break;
    start = { at: r.at, left: a };
  }
  return start;
}

/**
 * How long a meter lasts at the pace since `start`: what was spent over the time it took.
 * Undefined when there is too little history, nothing was spent, or nothing is left to run
 * out of — a forecast is only shown when it can be worked out honestly.
 */
export function forecastFrom(
  start: PaceStart | undefined,
  latest: Reading,
  now: number,
): Forecast | undefined {
  const left = leftOf(latest);
  if (!start || left === undefined || left <= 0) return undefined;
  const spent = start.left - left;
  const span = Math.max(now, latest.at) - start.at;
  if (spent <= 0 || span < MIN_SPAN_MS) return undefined;
  const perDay = (spent / span) * DAY_MS;
  const emptyAt = Math.round(Math.max(now, latest.at) + (left / perDay) * DAY_MS);
  const beforeReset = latest.resetsAt !== undefined && emptyAt < latest.resetsAt;
  return { perDay, emptyAt, beforeReset };
}

/** The recent pace of one meter from its readings (oldest first, the latest last). */
export function forecast(history: Reading[], now: number): Forecast | undefined {
  const latest = history[history.length - 1];
  return latest && forecastFrom(paceStart(history), latest, now);
}
