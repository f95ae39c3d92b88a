import { liveQuery } from 'dexie';
import { getDatabase } from '@/lib/db/database';
import { readPopupInputs, type PopupInputs } from '@/lib/view/popup-inputs';
import { asSnapshot, SNAPSHOT_KEY } from '@/lib/view/snapshot';

/**
 * The popup's live half, loaded once the first render is on screen: the background's
 * snapshot through Dexie, which hears every write the worker makes, so the popup follows
 * each pass. Without a usable snapshot (the worker has not run since an update, or not yet
 * today) it reads the tables themselves. Returns the unsubscribe.
 */
export function watchInputs(
  next: (state: { inputs?: PopupInputs; error?: Error }) => void,
): () => void {
  const db = getDatabase();
  const sub = liveQuery(async () => {
    const now = Date.now();
    const kept = asSnapshot((await db.snapshots.get(SNAPSHOT_KEY))?.value, now);
    return kept ?? readPopupInputs(db, now);
  }).subscribe({
    next: (inputs) => next({ inputs }),
    error: (e: unknown) => next({ error: e instanceof Error ? e : new Error(String(e)) }),
  });
  return () => sub.unsubscribe();
}
