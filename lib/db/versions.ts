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
];

export const LATEST_VERSION = VERSIONS[VERSIONS.length - 1]!.version;
