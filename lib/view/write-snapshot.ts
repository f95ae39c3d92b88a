import type { CreditwatchDB } from '../db/database';
import { popupTables, readPopupInputs } from './popup-inputs';
import { SNAPSHOT_KEY } from './read-snapshot';
import { asSnapshot } from './snapshot';

/**
 * Reads the popup's inputs and keeps them as its snapshot (lib/view/snapshot.ts), as JSON
 * text: the popup then reads one string out of IndexedDB and parses it, about 2 ms sooner
 * than IndexedDB rebuilding several hundred small objects on its main thread.
 * Read and written in one transaction, so that of two writers the later never keeps the
 * older read.
 */
export async function writeSnapshot(db: CreditwatchDB, now = Date.now()): Promise<void> {
  await db.transaction('rw', [db.snapshots, ...popupTables(db)], async () => {
    const inputs = await readPopupInputs(db, now);
    await db.snapshots.put({ key: SNAPSHOT_KEY, value: JSON.stringify(inputs) });
  });
}

/**
 * Writes the snapshot again when the kept one has no sums for today (it was taken before
 * yesterday) or is of an older shape: the popup turns it away and reads the tables, slower.
 * Without a snapshot it does nothing: the first pass writes one. Resolves whether it wrote.
 */
export async function renewSnapshot(db: CreditwatchDB, now = Date.now()): Promise<boolean> {
  const row = await db.snapshots.get(SNAPSHOT_KEY);
  if (!row || asSnapshot(row.value, now)) return false;
  await writeSnapshot(db, now);
  return true;
}
