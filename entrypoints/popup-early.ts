import { readSnapshotRow, SNAPSHOT_KEY } from '@/lib/view/read-snapshot';

/**
 * A tiny classic script in the popup's <head>: starts reading the background's snapshot
 * while the popup's modules are still loading, so that IndexedDB opens in parallel with them
 * (entrypoints/popup/main.tsx picks the promise up).
 */
export default defineUnlistedScript(() => {
  (window as { creditwatchSnapshot?: Promise<unknown> }).creditwatchSnapshot =
    readSnapshotRow(SNAPSHOT_KEY);
});
