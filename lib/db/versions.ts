import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Every schema the database has ever had, oldest first. Never edit a shipped entry: add one.
 * The migration tests open each older version with data and upgrade it to the newest.
 */
export const VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // History: one row per change, read per meter or per tool over time.
      readings: '&id, [meterKey+at], [tool+at], at',
      // Latest state per meter: what the popup reads first.
      meters: '&key, tool',
      tasks: '&id, [tool+at], at',
      health: '&tool',
      settings: '&key',
    },
  },
  {
    version: 2,
    stores: {
      // Per tool and local day: spent units, tasks by kind, closing balances. Kept up to date
      // by the background after every batch so the popup and month views never scan history.
      days: '&key, [tool+day], day',
      // Alert episodes per meter (and the budget): what already fired, across worker restarts.
      alerts: '&key',
      // Tools the user tracks by hand; their balances are readings with source "manual".
      manualTools: '&id',
    },
  },
  {
    version: 3,
    stores: {
      // What the popup is built from, as the background last derived it: one row the popup
      // reads at open instead of querying five tables (lib/view/snapshot.ts).
      snapshots: '&key',
    },
  },
];

export const LATEST_VERSION = VERSIONS[VERSIONS.length - 1]!.version;
