import Dexie, { type EntityTable } from 'dexie';
import type { AlertState } from '../model/alert';
import type { DayRow } from '../model/day';
import type { Health } from '../model/health';
import type { ManualTool } from '../model/manual';
import type { MeterState } from '../model/meter';
import type { Reading } from '../model/reading';
import type { Task } from '../model/task';
import { DB_NAME } from './name';
import { VERSIONS, type SchemaVersion } from './versions';

export interface SettingRow {
  key: string;
  value: unknown;
}

/** A derived value kept for a reader, e.g. the popup's inputs (lib/view/snapshot.ts). */
export interface SnapshotRow {
  key: string;
  value: unknown;
}

export type CreditwatchDB = Dexie & {
  readings: EntityTable<Reading, 'id'>;
  meters: EntityTable<MeterState, 'key'>;
  tasks: EntityTable<Task, 'id'>;
  health: EntityTable<Health, 'tool'>;
  settings: EntityTable<SettingRow, 'key'>;
  days: EntityTable<DayRow, 'key'>;
  alerts: EntityTable<AlertState, 'key'>;
  manualTools: EntityTable<ManualTool, 'id'>;
  snapshots: EntityTable<SnapshotRow, 'key'>;
};

export { DB_NAME } from './name';

/** Opens the database declaring `versions` (all of them by default; fewer in migration tests). */
export function openDatabase(name = DB_NAME, versions: SchemaVersion[] = VERSIONS): CreditwatchDB {
  const db = new Dexie(name) as CreditwatchDB;
  for (const v of versions) {
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
  return db;
}

let shared: CreditwatchDB | undefined;

/** The one database of this extension context, opened on first use. */
export function getDatabase(): CreditwatchDB {
  shared ??= openDatabase();
  return shared;
}
