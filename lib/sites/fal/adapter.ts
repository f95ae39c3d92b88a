import * as z from 'zod/mini';
import { num, opt, textNumber } from '../../adapters/fields';
import { endpoint, type Readers } from '../../adapters/types';

/** fal.ai: a prepaid balance in dollars, from the billing call its dashboard makes. */
export const readers: Readers = {
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
