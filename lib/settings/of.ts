import { DEFAULT_TOOL_SETTINGS, type GlobalSettings, type ToolSettings } from '../model/settings';

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
