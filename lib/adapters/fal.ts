import * as z from 'zod/mini';
import { num, opt, textNumber } from './fields';
import { endpoint, type Adapter, type AdapterCase } from './types';
import { fal as info } from '../catalog/fal';

/** fal.ai: a prepaid balance in dollars, from the billing call its dashboard makes. */
export const fal: Adapter = {
  ...info,
  hosts: ['fal.ai'],
  apiHosts: ['api.fal.ai'],
  usagePath: /^\/dashboard\/billing/,
  responses: [
    endpoint({
      // Only with `expand=credits` (alone or in a list): without it there is no balance to read.
      match: /^\/v1\/account\/billing\/?\?([^#]*&)?expand=[^&#]*credits/,
      schema: z.object({
        credits: z.object({
          current_balance: num(),
          currency: opt(z.string().check(z.maxLength(8))),
        }),
      }),
      // fal bills in dollars, so a missing currency is USD; another currency is left unread
      // rather than shown as dollars.
      read: ({ credits: c }) =>
        (c.currency ?? 'USD').toUpperCase() === 'USD'
          ? { readings: [{ meter: 'balance', remaining: c.current_balance }] }
          : {},
    }),
  ],
  probes: [
    // Billing page: a "Credits" or "Balance" heading followed by the dollar amount. [?] markup
    // unknown, so a test id first in case one exists, then the text anchor.
    {
      name: 'balance',
      selectors: ['[data-testid="credits-balance"]'],
      pattern: /(credits|balance)[^$\d]{0,40}\$\s?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?/i,
    },
  ],
  readText: (texts) => {
    const m = /\$\s?(\d[\d,]*(?:\.\d+)?)/.exec(texts.balance ?? '');
    return m ? [{ meter: 'balance', remaining: textNumber(m[1]) }] : [];
  },
};

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
