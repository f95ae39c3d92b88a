import type { GlobalSettings, ToolSettings } from './settings';

// Plain data apart from the schemas in ./settings.ts, so that the popup, which only needs the
// defaults, does not load zod before its first frame.

export const DEFAULT_TOOL_SETTINGS: ToolSettings = { enabled: true, lowPercent: 20 };

export const DEFAULT_GLOBAL_SETTINGS: GlobalSettings = {
  notifyLow: true,
  notifyRunOut: true,
  notifyReset: false,
};
