import * as z from 'zod/mini';
import { adapterById } from '../adapters';
import type { CreditwatchDB } from '../db/database';
import type { CommandResult } from '../messaging/protocol';
import { key } from '../model/bounds';
import { GlobalSettings, SETTINGS_KEYS, ToolSettings } from '../model/settings';

/** Commands the options page may send; the background validates each before it writes. */
export const SettingsCommand = z.discriminatedUnion('type', [
  z.object({ type: z.literal('saveTool'), tool: key(), settings: ToolSettings }),
  z.object({ type: z.literal('saveGlobal'), settings: GlobalSettings }),
]);
export type SettingsCommand = z.infer<typeof SettingsCommand>;

async function isKnownTool(db: CreditwatchDB, id: string): Promise<boolean> {
  return !!adapterById(id) || !!(await db.manualTools.get(id));
}

/** Applies one settings command; returns what changed so followers (alerts, badge) can run. */
export async function handleSettingsCommand(
  db: CreditwatchDB,
  input: unknown,
): Promise<CommandResult> {
  const parsed = SettingsCommand.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'command does not fit the protocol' };
  const cmd = parsed.data;
  switch (cmd.type) {
    case 'saveTool':
      if (!(await isKnownTool(db, cmd.tool))) return { ok: false, error: 'unknown tool' };
      await db.settings.put({ key: SETTINGS_KEYS.tool(cmd.tool), value: cmd.settings });
      return { ok: true };
    case 'saveGlobal':
      await db.settings.put({ key: SETTINGS_KEYS.global, value: cmd.settings });
      return { ok: true };
  }
}
