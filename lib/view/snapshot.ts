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
export const POPUP_INPUTS_VERSION = 3;

/**
 * A kept snapshot (JSON text, or an object as kept before) in the shape this version builds
 * from and holding day sums for the local day of `now` (it holds those of the day it was taken
 * and the next), or undefined (then read the tables): an older one's month and 30 days are
 * not today's.
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
    [v.states, v.health, v.manual].every(Array.isArray) &&
    [v.settings, v.paces, v.sums].every((o) => !!o && typeof o === 'object') &&
    Object.hasOwn(v.sums!, dayOf(now));
  return ok ? (v as PopupInputs) : undefined;
}
