import type { ToolInfo } from '../../model/tool';

/** ChatGPT / Codex: 5-hour and weekly percent windows, and the Codex credit balance. */
export const chatgpt: ToolInfo = {
  id: 'chatgpt',
  name: 'ChatGPT / Codex',
  category: 'code',
  usageUrl: 'https://chatgpt.com/codex/settings/usage',
  hosts: ['chatgpt.com'],
  usagePath: /^\/codex\/settings\/usage/,
  meters: {
    five_hour: { label: '5-hour limit', kind: 'percent', unit: 'percent' },
    weekly: { label: 'Weekly limit', kind: 'percent', unit: 'percent' },
    // Meters are declared up front, so extra per-model limits show as their tightest one.
    other_five_hour: { label: '5-hour limit, other models', kind: 'percent', unit: 'percent' },
    other_weekly: { label: 'Weekly limit, other models', kind: 'percent', unit: 'percent' },
    credits: { label: 'Codex credits', kind: 'prepaid', unit: 'credits' },
  },
};
