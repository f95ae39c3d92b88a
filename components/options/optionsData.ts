import { getDatabase } from '@/lib/db/database';
import type { ManualTool } from '@/lib/model/manual';
import type { MeterState } from '@/lib/model/meter';
import { loadSettings, type Settings } from '@/lib/settings/load';
import { toolChoices, type ToolChoice } from '@/lib/settings/tool-list';

export interface OptionsData {
  settings: Settings;
  tools: ToolChoice[];
  manual: ManualTool[];
  /** Latest balance of each manual tool, by tool id. */
  manualBalances: Map<string, MeterState>;
  /** Tools with anything stored, for the delete list. */
  withData: Set<string>;
}

/** Everything the settings, manual-tool and delete sections read, in one live query. */
export async function loadOptionsData(): Promise<OptionsData> {
  const db = getDatabase();
  // Every stored batch writes the tool's health row, so meters and health name every tool
  // with data without scanning its history.
  const [settings, manual, meters, health] = await Promise.all([
    loadSettings(db),
    db.manualTools.toArray(),
    db.meters.toArray(),
    db.health.toCollection().primaryKeys(),
  ]);
  const manualBalances = new Map(
    meters.filter((m) => m.tool.startsWith('m_')).map((m) => [m.tool, m]),
  );
  const withData = new Set<string>([...meters.map((m) => m.tool), ...health]);
  return { settings, tools: toolChoices(manual), manual, manualBalances, withData };
}
