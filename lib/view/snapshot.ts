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
export const POPUP_INPUTS_VERSION = 1;

/**
 * A kept snapshot (JSON text, or an object as kept before) in the shape this version builds
 * from, or undefined (then read the tables).
 */
export function asSnapshot(value: unknown): PopupInputs | undefined {
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
    [v.states, v.health, v.manual, v.days].every(Array.isArray) &&
    !!v.settings &&
    typeof v.settings === 'object' &&
    !!v.paces &&
    typeof v.paces === 'object';
  return ok ? (v as PopupInputs) : undefined;
}
