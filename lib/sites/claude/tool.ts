import type { ToolInfo } from '../../model/tool';

/** Claude.ai: percent-used windows (5-hour, weekly, per model), extra usage and prepaid credits in cents. */
export const claude: ToolInfo = {
  id: 'claude',
  name: 'Claude',
  category: 'text',
  usageUrl: 'https://claude.ai/settings/usage',
  hosts: ['claude.ai'],
  usagePath: /^\/settings\/usage/,
  meters: {
    five_hour: { label: '5-hour session', kind: 'percent', unit: 'percent' },
    seven_day: { label: 'Weekly, all models', kind: 'percent', unit: 'percent' },
    seven_day_sonnet: { label: 'Weekly, Sonnet', kind: 'percent', unit: 'percent' },
    seven_day_opus: { label: 'Weekly, Opus', kind: 'percent', unit: 'percent' },
    seven_day_oauth_apps: { label: 'Weekly, apps', kind: 'percent', unit: 'percent' },
    seven_day_cowork: { label: 'Weekly, Cowork', kind: 'percent', unit: 'percent' },
    extra_usage: { label: 'Extra usage', kind: 'spend_cap', unit: 'usd' },
    prepaid: { label: 'Prepaid credits', kind: 'prepaid', unit: 'usd' },
  },
};
