import type { AdapterCase } from '../../adapters/types';

const PAGE = 'https://www.midjourney.com/account';

export const cases: AdapterCase[] = [
  {
    name: 'account page',
    kind: 'text',
    url: PAGE,
    fixture: 'midjourney/account.html',
    expect: { readings: [{ meter: 'fast_hours', remaining: 29.57, limit: 30 }] },
  },
  {
    name: 'table layout: label and value in separate cells',
    kind: 'text',
    url: 'https://midjourney.com/account/',
    fixture: 'midjourney/account-table.html',
    expect: { readings: [{ meter: 'fast_hours', remaining: 0.5, limit: 15 }] },
  },
  {
    name: 'large purchased balance with thousands separators',
    kind: 'text',
    url: PAGE,
    fixture: 'midjourney/account-large.html',
    expect: { readings: [{ meter: 'fast_hours', remaining: 1204.25, limit: 1260 }] },
  },
  {
    name: 'percent only',
    kind: 'text',
    url: PAGE,
    fixture: 'midjourney/account-percent.html',
    expect: { readings: [{ meter: 'fast_hours', percentUsed: 1.42 }] },
  },
  {
    name: 'account page without the phrase',
    kind: 'text',
    url: PAGE,
    fixture: 'midjourney/account-empty.html',
    expect: { failure: /nothing found/ },
  },
  {
    name: 'hostile text',
    kind: 'text',
    url: PAGE,
    fixture: 'midjourney/account-hostile.html',
    expect: { failure: /nothing found/ },
  },
];
