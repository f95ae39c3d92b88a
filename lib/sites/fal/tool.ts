import type { ToolInfo } from '../../model/tool';

/** fal.ai: a prepaid balance in dollars, from the billing call its dashboard makes. */
export const fal: ToolInfo = {
  id: 'fal',
  name: 'fal.ai',
  category: 'image',
  usageUrl: 'https://fal.ai/dashboard/billing',
  hosts: ['fal.ai'],
  apiHosts: ['api.fal.ai'],
  usagePath: /^\/dashboard\/billing/,
  meters: { balance: { label: 'Credits', kind: 'prepaid', unit: 'usd' } },
};
