import type { ToolInfo } from '../../model/tool';

/** Poe: the compute-point balance, and a true per-query cost from the points history. */
export const poe: ToolInfo = {
  id: 'poe',
  name: 'Poe',
  category: 'text',
  usageUrl: 'https://poe.com/settings',
  hosts: ['poe.com'],
  apiHosts: ['api.poe.com'],
  usagePath: /^\/settings\/?$/,
  meters: { points: { label: 'Compute points', kind: 'prepaid', unit: 'points' } },
};
