import { dayOf } from '../ledger/calendar';
import type { PopupInputs } from './popup-inputs';

/**
 * The popup's inputs as the background last read them, kept in one row of the `snapshots`
 * table after every follower pass (lib/view/write-snapshot.ts): opening the popup then costs
 * one keyed read (lib/view/read-snapshot.ts, without Dexie) instead of five queries
 * (docs/performance.md). Derived data: never backed up, rebuilt whenever it is missing.
 * This module stays free of Dexie and zod: the popup imports it before its first frame.
 */
export { SNAPSHOT_KEY } from './read-snapshot';

/** Raised when the shape of PopupInputs changes, so a popup never reads a snapshot it cannot use. */
export const POPUP_INPUTS_VERSION = 2;

/**
 * A kept snapshot (JSON text, or an object as kept before) in the shape this version builds
 * from and taken on the local day of `now`, or undefined (then read the tables). Another day's
 * snapshot is turned away: its month and its 30 days are not today's.
 */
export function asSnapshot(value: unknown, now: number): PopupInputs | undefined {
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  const v = value as Partial<PopupInputs> | null | undefined;
  const ok =
    !!v &&
    typeof v === 'object' &&
    v.version === POPUP_INPUTS_VERSION &&
    typeof v.at === 'number' &&
    dayOf(v.at) === dayOf(now) &&
    [v.states, v.health, v.manual].every(Array.isArray) &&
    [v.settings, v.paces, v.sums].every((o) => !!o && typeof o === 'object');
  return ok ? (v as PopupInputs) : undefined;
}
