import type { ToolInfo } from '../../model/tool';

/** Suno: credits from the billing info the app fetches; a generation is one task. */
export const suno: ToolInfo = {
  id: 'suno',
  name: 'Suno',
  category: 'audio',
  usageUrl: 'https://suno.com/account',
  hosts: ['suno.com'],
  apiHosts: ['studio-api.prod.suno.com'],
  usagePath: /^\/account/,
  meters: { credits: { label: 'Credits', kind: 'quota', unit: 'credits' } },
  // One song request makes two clips at 5 credits each.
  rateCard: { song: { cost: 10, unit: 'credits', meter: 'credits' } },
};
