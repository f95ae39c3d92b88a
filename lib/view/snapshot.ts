import type { CreditwatchDB } from '../db/database';
import { POPUP_INPUTS_VERSION, readPopupInputs, type PopupInputs } from './popup-inputs';
import { SNAPSHOT_KEY } from './read-snapshot';

/**
 * The popup's inputs as the background last read them, kept in one row of the `snapshots`
 * table after every follower pass: opening the popup then costs one
 * keyed read (lib/view/read-snapshot.ts, without Dexie) instead of five queries
 * (docs/performance.md). Derived data: never backed up, rebuilt whenever it is missing.
 */
export { SNAPSHOT_KEY } from './read-snapshot';

export async function writeSnapshot(db: CreditwatchDB, now = Date.now()): Promise<void> {
  const inputs = await readPopupInputs(db, now);
  await db.snapshots.put({ key: SNAPSHOT_KEY, value: inputs });
}

/** A kept snapshot in the shape this version builds from, or undefined (then read the tables). */
export function asSnapshot(value: unknown): PopupInputs | undefined {
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
