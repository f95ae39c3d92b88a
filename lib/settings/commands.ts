import * as z from 'zod/mini';
import { toolById } from '../catalog';
import type { CreditwatchDB } from '../db/database';
import type { Change } from '../ingest/followers';
import type { CommandResult } from '../messaging/protocol';
import { amount, key, label } from '../model/bounds';
import { UNITS } from '../model/enums';
import { ManualTool } from '../model/manual';
import { GlobalSettings, SETTINGS_KEYS, ToolSettings } from '../model/settings';
import { deleteAll, deleteTool } from './delete';
import { manualIdFor, removeManualTool, writeManualBalance } from './manual';

/** Units a balance typed in by hand may have: a percentage is not a balance. */
export const MANUAL_UNITS = UNITS.filter((u) => u !== 'percent');

const manualId = () => ManualTool.shape.id;

/** Commands the options page may send; the background validates each before it writes. */
export const SettingsCommand = z.discriminatedUnion('type', [
  z.object({ type: z.literal('saveTool'), tool: key(), settings: ToolSettings }),
  z.object({ type: z.literal('saveGlobal'), settings: GlobalSettings }),
  z.object({
    type: z.literal('addManualTool'),
    name: label(),
    unit: z.enum(MANUAL_UNITS as [string, ...string[]]),
    usageUrl: ManualTool.shape.usageUrl,
    balance: z.optional(amount()),
  }),
  z.object({ type: z.literal('setManualBalance'), tool: manualId(), balance: amount() }),
  z.object({ type: z.literal('removeManualTool'), tool: manualId() }),
  z.object({ type: z.literal('deleteTool'), tool: key() }),
  // The page asks the person first; `confirm` makes an accidental or forged call say so too.
  z.object({ type: z.literal('deleteAll'), confirm: z.literal(true) }),
]);
export type SettingsCommand = z.infer<typeof SettingsCommand>;

async function isKnownTool(db: CreditwatchDB, id: string): Promise<boolean> {
  return !!toolById(id) || !!(await db.manualTools.get(id));
}

const UNKNOWN: CommandResult = { ok: false, error: 'unknown tool' };

/**
 * Applies one settings command. `onChange` hears which tool's data changed at which times
 * (a balance typed in, a deletion), so the ledger refreshes those days; plain settings
 * changes report nothing here and concern every tool.
 */
export async function handleSettingsCommand(
  db: CreditwatchDB,
  input: unknown,
  now = Date.now(),
  onChange?: (change: Change) => void,
): Promise<CommandResult> {
  const parsed = SettingsCommand.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'command does not fit the protocol' };
  const cmd = parsed.data;
  switch (cmd.type) {
    case 'saveTool':
      if (!(await isKnownTool(db, cmd.tool))) return UNKNOWN;
      await db.settings.put({ key: SETTINGS_KEYS.tool(cmd.tool), value: cmd.settings });
      return { ok: true };
    case 'saveGlobal':
      await db.settings.put({ key: SETTINGS_KEYS.global, value: cmd.settings });
      return { ok: true };
    case 'addManualTool': {
      const name = cmd.name.trim();
      if (!name) return { ok: false, error: 'a manual tool needs a name' };
      let id = '';
      let wrote = false;
      await db.transaction('rw', [db.manualTools, db.readings, db.meters], async () => {
        id = await manualIdFor(db, name);
        const tool = ManualTool.parse({ id, name, unit: cmd.unit, usageUrl: cmd.usageUrl });
        await db.manualTools.add(tool);
        if (cmd.balance !== undefined) wrote = await writeManualBalance(db, tool, cmd.balance, now);
      });
      if (wrote) onChange?.({ tool: id, times: [now] });
      return { ok: true, value: { id } };
    }
    case 'setManualBalance': {
      const tool = await db.manualTools.get(cmd.tool);
      if (!tool) return UNKNOWN;
      const wrote = await db.transaction('rw', [db.readings, db.meters], () =>
        writeManualBalance(db, tool, cmd.balance, now),
      );
      if (wrote) onChange?.({ tool: tool.id, times: [now] });
      return { ok: true };
    }
    case 'removeManualTool':
      if (!(await db.manualTools.get(cmd.tool))) return UNKNOWN;
      await removeManualTool(db, cmd.tool);
      onChange?.({ tool: cmd.tool, times: [] });
      return { ok: true };
    case 'deleteTool':
      if (!(await isKnownTool(db, cmd.tool))) return UNKNOWN;
      await deleteTool(db, cmd.tool);
      onChange?.({ tool: cmd.tool, times: [] });
      return { ok: true };
    case 'deleteAll':
      await deleteAll(db);
      return { ok: true };
  }
}
