import type { CreditwatchDB } from '../db/database';
import { SETTINGS_KEYS, ToolSettings } from '../model/settings';

/** Whether the user has left a tool switched on; a missing or unreadable row means on. */
export async function isToolEnabled(db: CreditwatchDB, tool: string): Promise<boolean> {
  const row = await db.settings.get(SETTINGS_KEYS.tool(tool));
  const parsed = ToolSettings.safeParse(row?.value);
  return parsed.success ? parsed.data.enabled : true;
}
