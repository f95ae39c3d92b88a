import type { CreditwatchDB } from '../db/database';
import { DEFAULT_GLOBAL_SETTINGS } from '../model/defaults';
import { GlobalSettings, SETTINGS_KEYS, ToolSettings } from '../model/settings';
import { settingsOf, type Settings, type SettingsData } from './of';

export type { Settings } from './of';

/**
 * Reads every setting in one query. A stored row that no longer fits its schema (an older
 * version, a hand-edited backup) falls back to defaults rather than breaking the UI.
 */
export async function loadSettingsData(db: CreditwatchDB): Promise<SettingsData> {
  const rows = await db.settings.toArray();
  const byKey = new Map(rows.map((r) => [r.key, r.value]));
  const g = GlobalSettings.safeParse(byKey.get(SETTINGS_KEYS.global));
  const tools: Record<string, ToolSettings> = {};
  for (const [k, v] of byKey) {
    if (!k.startsWith('tool:')) continue;
    const parsed = ToolSettings.safeParse(v);
    if (parsed.success) tools[k.slice(5)] = parsed.data;
  }
  return { global: g.success ? g.data : DEFAULT_GLOBAL_SETTINGS, tools };
}

export async function loadSettings(db: CreditwatchDB): Promise<Settings> {
  return settingsOf(await loadSettingsData(db));
}
