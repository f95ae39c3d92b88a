import Dexie from 'dexie';
import type { CreditwatchDB } from '../db/database';
import { SETTINGS_KEYS } from '../model/settings';

/**
 * Deletes every row that belongs to one tool: history, latest state, tasks, health, the
 * ledger's days, alert episodes and its settings. Call inside a transaction over all tables.
 * The ledger rebuilds the months from what is left once the followers run.
 */
export async function deleteToolRows(db: CreditwatchDB, tool: string): Promise<void> {
  const range = [
    [tool, Dexie.minKey],
    [tool, Dexie.maxKey],
  ] as const;
  await db.readings
    .where('[tool+at]')
    .between(...range)
    .delete();
  await db.tasks
    .where('[tool+at]')
    .between(...range)
    .delete();
  await db.days
    .where('[tool+day]')
    .between(...range)
    .delete();
  await db.meters.where('tool').equals(tool).delete();
  // Alert keys are meter keys, `tool:meter`; the colon keeps `m_a` from matching `m_ab`.
  await db.alerts.where('key').startsWith(`${tool}:`).delete();
  await db.health.delete(tool);
  await db.settings.delete(SETTINGS_KEYS.tool(tool));
}

/** One tool's data, in one transaction. */
export async function deleteTool(db: CreditwatchDB, tool: string): Promise<void> {
  await db.transaction('rw', db.tables, () => deleteToolRows(db, tool));
}

/** Everything, settings and manual tools included, in one transaction. */
export async function deleteAll(db: CreditwatchDB): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
}
