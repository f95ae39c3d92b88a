import type { CreditwatchDB } from '../db/database';
import { LATEST_VERSION } from '../db/versions';
import { dayOf } from '../ledger/calendar';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './schema';

/** Every table but the derived `days`, as one versioned JSON document. */
export async function makeBackup(db: CreditwatchDB, now = Date.now()): Promise<Backup> {
  return db.transaction(
    'r',
    [db.readings, db.meters, db.tasks, db.health, db.settings, db.manualTools, db.alerts],
    async () => ({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      schema: LATEST_VERSION,
      exportedAt: now,
      tables: {
        readings: await db.readings.toArray(),
        meters: await db.meters.toArray(),
        tasks: await db.tasks.toArray(),
        health: await db.health.toArray(),
        settings: (await db.settings.toArray()) as Backup['tables']['settings'],
        manualTools: await db.manualTools.toArray(),
        alerts: await db.alerts.toArray(),
      },
    }),
  );
}

export function backupFileName(now = Date.now()): string {
  return `creditwatch-backup-${dayOf(now)}.json`;
}
