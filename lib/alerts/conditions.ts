import { forecast, leftOf } from '../forecast/pace';
import { scaled } from '../ingest/delta';
import type { MeterState } from '../model/meter';
import type { Reading } from '../model/reading';
import type { ToolSettings } from '../model/settings';
import type { MeterSpec } from '../model/tool';
import { meterView } from '../view/meter-view';

/** A low episode ends only this many points above the threshold, so a wobble cannot re-fire. */
export const LOW_HYSTERESIS_POINTS = 5;
/** For amount thresholds: back above the threshold by this share of it. */
export const LOW_HYSTERESIS_SHARE = 0.05;
/** A run-out episode ends when the balance would last this much longer than the time to reset. */
export const RUN_OUT_CLEAR_FACTOR = 1.25;

/** What one meter's latest state says, for alerts and the badge. Undefined means "cannot tell". */
export interface MeterCondition {
  key: string;
  tool: string;
  toolName: string;
  label: string;
  /** The popup's headline for the meter, e.g. "150 credits left of 2,500 credits". */
  summary: string;
  percentLeft?: number;
  /** Units left, when the reading says. */
  left?: number;
  /** Below the user's threshold; undefined when no threshold applies to what the reading says. */
  low?: boolean;
  /** Far enough above the threshold to end a low episode. */
  lowCleared: boolean;
  /** The recent pace empties the meter before its reset. */
  runOut: boolean;
  runOutCleared: boolean;
  /** When the meter is empty at the recent pace (only with runOut). */
  emptyAt?: number;
  resetsAt?: number;
  /** When the latest reading was taken. */
  at: number;
}

export interface MeterInput {
  state: MeterState;
  spec: MeterSpec;
  toolName: string;
  settings: ToolSettings;
  /** This meter's readings of the last days, oldest first, the latest last. */
  history: Reading[];
}

function unitsLeft(r: Reading): number | undefined {
  const remaining = scaled(r, 'remaining');
  if (remaining !== undefined) return remaining;
  const [used, limit] = [scaled(r, 'used'), scaled(r, 'limit')];
  return used !== undefined && limit !== undefined ? Math.max(0, limit - used) : undefined;
}

/** Low by share where the share is known, else by amount where the user set one. */
function lowOf(s: ToolSettings, percentLeft?: number, left?: number) {
  if (percentLeft !== undefined)
    return {
      low: percentLeft < s.lowPercent,
      cleared: percentLeft >= s.lowPercent + LOW_HYSTERESIS_POINTS,
    };
  if (left !== undefined && s.lowAmount !== undefined)
    return {
      low: left < s.lowAmount,
      cleared: left >= s.lowAmount * (1 + LOW_HYSTERESIS_SHARE) && left > 0,
    };
  // Nothing to compare (a text reading without its limit): neither start nor end an episode.
  return { low: undefined, cleared: false };
}

/** Did the balance go up at the latest reading (a top-up or a renewal)? */
function rose(history: Reading[]): boolean {
  const [a, b] = [history[history.length - 2], history[history.length - 1]];
  if (!a || !b) return false;
  const [x, y] = [leftOf(a), leftOf(b)];
  return x !== undefined && y !== undefined && y > x;
}

/** Reads one meter's state against the user's thresholds and its recent pace. */
export function meterCondition(input: MeterInput, now: number): MeterCondition {
  const { state, spec, settings } = input;
  const r = state.latest;
  const view = meterView(spec, r, state.lastSeen, now);
  const left = unitsLeft(r);
  const { low, cleared } = lowOf(settings, view.percentLeft, left);
  const history = input.history.length ? input.history : [r];
  const f = forecast(history, now);
  const runOut = !!f?.beforeReset;
  // The pace moves a little with every reading; only a clear margin (or a rise) ends the episode.
  const lastsLongEnough =
    f !== undefined &&
    r.resetsAt !== undefined &&
    f.emptyAt - now >= RUN_OUT_CLEAR_FACTOR * Math.max(0, r.resetsAt - now);
  return {
    key: state.key,
    tool: state.tool,
    toolName: input.toolName,
    label: spec.label,
    summary: view.summary,
    percentLeft: view.percentLeft,
    left,
    low,
    lowCleared: cleared,
    runOut,
    runOutCleared: !runOut && (lastsLongEnough || (f === undefined && rose(history))),
    emptyAt: runOut ? f!.emptyAt : undefined,
    resetsAt: r.resetsAt,
    at: r.at,
  };
}
