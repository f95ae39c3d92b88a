import type { ToolInfo } from '../../model/tool';

/** OpenRouter: prepaid dollars (credits bought minus used), an optional key limit, per-call cost. */
export const openrouter: ToolInfo = {
  id: 'openrouter',
  name: 'OpenRouter',
  category: 'text',
  usageUrl: 'https://openrouter.ai/settings/credits',
  hosts: ['openrouter.ai'],
  usagePath: /^\/settings\/credits/,
  meters: {
    balance: { label: 'Credits', kind: 'prepaid', unit: 'usd' },
    key_limit: { label: 'Key limit', kind: 'spend_cap', unit: 'usd', overlaps: true },
  },
};
