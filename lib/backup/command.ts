import * as z from 'zod/mini';
import type { CreditwatchDB } from '../db/database';
import { t } from '../i18n';
import { rebuildDays } from '../ledger/days';
import type { CommandResult } from '../messaging/protocol';
import { restoreBackup, parseBackup } from './restore';
import { MAX_BACKUP_CHARS } from './schema';

/** Commands of the `data` message: the options page hands over a backup file's text. */
export const DataCommand = z.object({
  type: z.literal('restore'),
  text: z.string().check(z.maxLength(MAX_BACKUP_CHARS)),
});

/** Validates a whole backup before touching anything, then replaces all data with it. */
export async function handleDataCommand(db: CreditwatchDB, input: unknown): Promise<CommandResult> {
  const cmd = DataCommand.safeParse(input);
  if (!cmd.success)
    return {
      ok: false,
      error: (input as { text?: unknown })?.text ? t('backupTooLarge') : t('backupMalformed'),
    };
  const parsed = parseBackup(cmd.data.text);
  if (!parsed.ok) return parsed;
  try {
    await restoreBackup(db, parsed.backup);
  } catch (e) {
    return { ok: false, error: t('backupStoreFailed', (e as Error).name) };
  }
  // Days are derived: rebuilt from what was restored, outside the restore's transaction.
  await rebuildDays(db);
  const n = Object.values(parsed.backup.tables).reduce((s, rows) => s + rows.length, 0);
  return { ok: true, value: { rows: n } };
}
