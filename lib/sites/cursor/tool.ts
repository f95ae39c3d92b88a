import type { ToolInfo } from '../../model/tool';

/** Cursor: the plan's included usage and on-demand spend in cents, legacy request counts, per-event cost. */
export const cursor: ToolInfo = {
  id: 'cursor',
  name: 'Cursor',
  category: 'code',
  usageUrl: 'https://cursor.com/dashboard?tab=usage',
  hosts: ['cursor.com'],
  usagePath: /^\/dashboard\/?$/,
  meters: {
    plan: { label: 'Included usage', kind: 'quota', unit: 'usd', overlaps: true },
    on_demand: { label: 'On-demand spend', kind: 'spend_cap', unit: 'usd' },
    requests: { label: 'Premium requests (legacy plan)', kind: 'quota', unit: 'requests' },
  },
};
