import type { AdapterCase } from '../../adapters/types';

const BILLING = 'https://api.fal.ai/v1/account/billing?expand=credits';

export const cases: AdapterCase[] = [
  {
    name: 'billing with credits',
    kind: 'response',
    url: BILLING,
    fixture: 'fal/billing.json',
    expect: { readings: [{ meter: 'balance', remaining: 42.17 }] },
  },
  {
    name: 'billing, balance as a string and no currency',
    kind: 'response',
    url: 'https://api.fal.ai/v1/account/billing?expand=usage,credits',
    fixture: 'fal/billing-string.json',
    expect: { readings: [{ meter: 'balance', remaining: 5 }] },
  },
  {
    name: 'billing in another currency gives no reading',
    kind: 'response',
    url: BILLING,
    fixture: 'fal/billing-eur.json',
    expect: { readings: [] },
  },
  {
    name: 'hostile billing',
    kind: 'response',
    url: BILLING,
    fixture: 'fal/billing-hostile.json',
    expect: { failure: /credits\.current_balance$/ },
  },
  {
    name: 'billing page text',
    kind: 'text',
    url: 'https://fal.ai/dashboard/billing',
    fixture: 'fal/billing.html',
    expect: { readings: [{ meter: 'balance', remaining: 1234.5 }] },
  },
];
