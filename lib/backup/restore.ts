import { toolById } from '../catalog';
import type { CreditwatchDB } from '../db/database';
import { LATEST_VERSION } from '../db/versions';
import { t } from '../i18n';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  Backup,
  BackupHead,
  MAX_BACKUP_CHARS,
  type BackupTables,
} from './schema';

export type Parsed = { ok: true; backup: Backup } | { ok: false; error: string };

function where(path: PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .slice(1);
}

function duplicate(ids: string[]): string | undefined {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return undefined;
}

/** What fits the schema but not the rest of the data: foreign tools, keys that disagree. */
function inconsistency(tables: BackupTables): string | undefined {
  const manual = new Set(tables.manualTools.map((m) => m.id));
  const known = (tool: string) => !!toolById(tool) || manual.has(tool);
  for (const [table, list] of [
    ['readings', tables.readings],
    ['tasks', tables.tasks],
    ['meters', tables.meters],
    ['health', tables.health],
  ] as const)
    for (const [i, row] of list.entries())
      if (!known(row.tool)) return t('backupUnknownTool', table, i, row.tool);
  for (const [i, r] of tables.readings.entries())
    if (r.meterKey !== `${r.tool}:${r.meter}`) return t('backupBadKey', 'readings', i);
  for (const [i, m] of tables.meters.entries())
    if (m.key !== `${m.tool}:${m.meter}`) return t('backupBadKey', 'meters', i);
  const dupReading = duplicate(tables.readings.map((r) => r.id));
  if (dupReading) return t('backupDuplicate', 'readings', dupReading);
  const dupTask = duplicate(tables.tasks.map((r) => r.id));
  if (dupTask) return t('backupDuplicate', 'tasks', dupTask);
  return undefined;
}

/** Checks a backup file's text completely before anything is written; errors name the problem. */
export function parseBackup(text: string): Parsed {
  if (text.length > MAX_BACKUP_CHARS) return { ok: false, error: t('backupTooLarge') };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: t('backupNotJson') };
  }
  const head = BackupHead.safeParse(json);
  if (!head.success || head.data.format !== BACKUP_FORMAT)
    return { ok: false, error: t('backupForeign') };
  if (head.data.version > BACKUP_VERSION)
    return { ok: false, error: t('backupNewer', head.data.version, BACKUP_VERSION) };
  const full = Backup.safeParse(json);
  if (!full.success) {
    const issue = full.error.issues[0]!;
    return { ok: false, error: t('backupInvalidAt', where(issue.path), issue.message) };
  }
  if (full.data.schema > LATEST_VERSION) return { ok: false, error: t('backupNewerSchema') };
  const bad = inconsistency(full.data.tables);
  if (bad) return { ok: false, error: bad };
  return { ok: true, backup: full.data };
}

/** Replaces all data with the backup's in one transaction: all of it or, on failure, none. */
export async function restoreBackup(db: CreditwatchDB, backup: Backup): Promise<void> {
  const t = backup.tables;
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    await db.readings.bulkAdd(t.readings);
    await db.meters.bulkAdd(t.meters);
    await db.tasks.bulkAdd(t.tasks);
    await db.health.bulkAdd(t.health);
    await db.settings.bulkAdd(t.settings);
    await db.manualTools.bulkAdd(t.manualTools);
    await db.alerts.bulkAdd(t.alerts);
  });
}
