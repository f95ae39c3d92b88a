import { DB_NAME } from '../db/name';

/** The `snapshots` row holding the popup's inputs (lib/view/snapshot.ts). */
export const SNAPSHOT_KEY = 'popup';

/**
 * Reads one row of the `snapshots` table with the browser's own IndexedDB API: the popup's
 * first render needs nothing else, so it does not wait for Dexie to load (Dexie takes over
 * right after, for live updates). Resolves undefined when there is no database, no such
 * table yet (an older schema) or no row; never creates or upgrades anything.
 */
export function readSnapshotRow(key: string): Promise<unknown> {
  return new Promise((resolve) => {
    let open: IDBOpenDBRequest;
    try {
      open = indexedDB.open(DB_NAME);
    } catch {
      return resolve(undefined);
    }
    // No database yet: abort, so that this read leaves none behind (the worker creates it).
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => resolve(undefined);
    open.onblocked = () => resolve(undefined);
    open.onsuccess = () => {
      const db = open.result;
      const done = (v: unknown) => {
        db.close();
        resolve(v);
      };
      try {
        if (!db.objectStoreNames.contains('snapshots')) return done(undefined);
        const get = db.transaction('snapshots', 'readonly').objectStore('snapshots').get(key);
        get.onsuccess = () => done((get.result as { value?: unknown } | undefined)?.value);
        get.onerror = () => done(undefined);
      } catch {
        done(undefined);
      }
    };
  });
}
