import type { AdapterCase } from '../../adapters/types';
import { monthStartUtc } from '../../adapters/case-time';

export const cases: AdapterCase[] = [
  {
    name: 'billing page: used of the allowance',
    kind: 'text',
    url: 'https://github.com/settings/billing/premium_requests_usage',
    fixture: 'copilot/billing.html',
    expect: (now) => ({
      readings: [{ meter: 'premium', used: 123.5, limit: 300, resetsAt: monthStartUtc(now, 1) }],
    }),
  },
  {
    name: 'Copilot settings page: percent used',
    kind: 'text',
    url: 'https://github.com/settings/copilot/features',
    fixture: 'copilot/features.html',
    expect: (now) => ({
      readings: [{ meter: 'premium', percentUsed: 41.2, resetsAt: monthStartUtc(now, 1) }],
    }),
  },
  {
    name: 'hostile page: numbers out of range',
    kind: 'text',
    url: 'https://github.com/settings/copilot',
    fixture: 'copilot/hostile.html',
    expect: { failure: /reading 0 invalid.*used/ },
  },
  {
    name: 'settings page without a premium requests section',
    kind: 'text',
    url: 'https://github.com/settings/copilot',
    fixture: 'copilot/no-usage.html',
    expect: { failure: /nothing found on \/settings\/copilot/ },
  },
];
