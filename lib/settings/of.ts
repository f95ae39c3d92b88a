import { DEFAULT_TOOL_SETTINGS } from '../model/defaults';
import type { Unit } from '../model/enums';
import type { GlobalSettings, ToolSettings } from '../model/settings';

export interface Settings {
  global: GlobalSettings;
  /** A tool's settings, defaults filled in. */
  tool(id: string): ToolSettings;
}

/** Settings as plain data (already validated), as the popup's snapshot carries them. */
export interface SettingsData {
  global: GlobalSettings;
  tools: Record<string, ToolSettings>;
}

export function settingsOf(data: SettingsData): Settings {
  return {
    global: data.global,
    tool: (id) => (Object.hasOwn(data.tools, id) ? data.tools[id]! : DEFAULT_TOOL_SETTINGS),
  };
}

/**
 * USD per unit: dollars are dollars; otherwise the user's price, else the tool's known
 * price (Stability and Runway sell credits at $0.01); undefined when nobody knows.
 */
export function pricePerUnit(
  unit: Unit,
  settings: ToolSettings,
  known?: number,
): number | undefined {
  if (unit === 'usd') return 1;
  if (unit === 'percent') return undefined;
  return settings.pricePerUnit ?? known;
}
