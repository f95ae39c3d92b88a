import type { ToolInfo } from '../../model/tool';

/** v0 (Vercel): monthly credits, on-demand credits, and the older "legacy" allowance. */
export const v0: ToolInfo = {
  id: 'v0',
  name: 'v0',
  category: 'code',
  // [?] where the web app shows billing; the API host serves the documented Platform API.
  usageUrl: 'https://v0.app/chat/settings/billing',
  hosts: ['v0.app', 'v0.dev'],
  apiHosts: ['api.v0.dev'],
  usagePath: /^\/chat\/settings\/billing/,
  meters: {
    credits: { label: 'Monthly credits', kind: 'quota', unit: 'credits' },
    on_demand: { label: 'On-demand credits', kind: 'prepaid', unit: 'credits' },
    // A separate meter: the legacy allowance may count something else, so histories never mix.
    legacy: { label: 'Credits (legacy plan)', kind: 'quota', unit: 'credits' },
  },
};
