import * as z from 'zod/mini';
import { num, opt, time, textNumber } from '../../adapters/fields';
import { endpoint, type Readers } from '../../adapters/types';

// [?] Units: Leonardo calls its credits "tokens"; what one buys varies by model and settings.
const details = z.object({
  subscriptionTokens: num(),
  paidTokens: opt(num()),
  apiSubscriptionTokens: opt(num()),
  apiPaidTokens: opt(num()),
  tokenRenewalDate: opt(time()),
});

/**
 * Leonardo.ai: one meter per token pool. GPT (prompt) and model-training pools are left out: they
 * are small side allowances. The app's header shows one total (plan, rollover and top-up tokens
 * together), which is none of the API pools, so the text reading has a meter of its own.
 */
export const readers: Readers = {
  responses: [
    endpoint({
      match: /^\/api\/rest\/v1\/me\/?(\?|$)/,
      schema: z.object({ user_details: z.array(details).check(z.minLength(1), z.maxLength(10)) }),
      read: (d) => {
        const u = d.user_details[0]!;
        const pools = [
          ['paid', u.paidTokens],
          ['api_subscription', u.apiSubscriptionTokens],
          ['api_paid', u.apiPaidTokens],
        ] as const;
        return {
          readings: [
            {
              meter: 'subscription',
              remaining: u.subscriptionTokens,
              resetsAt: u.tokenRenewalDate,
            },
            // A pool the account does not have (null or absent) gives no reading, not a zero.
            ...pools.flatMap(([meter, v]) => (v === undefined ? [] : [{ meter, remaining: v }])),
          ],
        };
      },
    }),
  ],
  probes: [
    // [?] Markup unknown: the counter may be a bare number beside an icon, which no anchor can
    // tell from other numbers. Read only the phrasing "N tokens left|remaining|available"; a
    // "Tokens: N" anchor is left out because the hover card's "Fast tokens" line could match it.
    {
      name: 'tokens',
      pattern: /(?<![\d.,])(\d{1,3}(,\d{3})+|\d+)\s+tokens?\s+(left|remaining|available)/i,
    },
  ],
  readText: (texts) => {
    const m = /\d[\d,]*/.exec(texts.tokens ?? '');
    return m ? [{ meter: 'shown', remaining: textNumber(m[0]) }] : [];
  },
};
