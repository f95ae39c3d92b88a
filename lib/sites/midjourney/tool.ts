import type { ToolInfo } from '../../model/tool';

/** Midjourney: no JSON to read, so the account page's "Fast Time Remaining" line. */
export const midjourney: ToolInfo = {
  id: 'midjourney',
  name: 'Midjourney',
  category: 'image',
  usageUrl: 'https://www.midjourney.com/account',
  hosts: ['www.midjourney.com', 'midjourney.com'],
  usagePath: /^\/account/,
  // "Lifetime Usage" and "Relaxed Usage" are totals, not balances: no meter for them.
  meters: { fast_hours: { label: 'Fast hours', kind: 'quota', unit: 'hours' } },
};
