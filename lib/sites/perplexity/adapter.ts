import * as z from 'zod/mini';
import { opt, time, amount, textNumber } from '../../adapters/fields';
import { endpoint, type Readers } from '../../adapters/types';

const grant = z.object({
  type: opt(z.string().check(z.maxLength(40))), // recurring | promotional | purchased
  amount_cents: opt(amount()),
  expires_at_ts: opt(time()),
});

const USAGE_PAGE = /^\/account\/usage/;

/**
 * Perplexity: the credit balance behind the usage page. The "_cents" fields are kept raw with
 * scale 0.01; whether they really are cents is [?], so a wrong guess is one constant to change.
 */
export const readers: Readers = {
  responses: [
    endpoint({
      match: /^\/rest\/billing\/credits\/?(\?|$)/,
      schema: z.object({
        balance_cents: amount(),
        total_usage_cents: opt(amount()),
        renewal_date_ts: opt(time()),
        credit_grants: opt(z.array(grant).check(z.maxLength(100))),
      }),
      read: (d) => {
        // Without a renewal date, the soonest recurring grant to expire is when credits renew. [?]
        const recurring = (d.credit_grants ?? []).flatMap((g) =>
          g.type === 'recurring' && g.expires_at_ts !== undefined ? [g.expires_at_ts] : [],
        );
        const renews = d.renewal_date_ts ?? (recurring.length ? Math.min(...recurring) : undefined);
        return {
          readings: [
            {
              meter: 'credits',
              remaining: d.balance_cents,
              used: d.total_usage_cents,
              resetsAt: renews,
              scale: 0.01,
            },
          ],
        };
      },
    }),
  ],
  probes: [
    // [?] The usage page's balance: a labelled dollar amount ("Credit balance $4.32").
    {
      name: 'balance',
      pattern:
        /(credit balance|available credits|credits remaining|remaining balance)[^$\d]{0,30}\$\s?\d[\d,]*(\.\d+)?/,
    },
    // Variant: the amount before its label ("$4.32 remaining").
    { name: 'balance_after', pattern: /\$\s?\d[\d,]*(\.\d+)?\s+(remaining|available|left)\b/ },
  ],
  // The page shows dollars, so text readings carry no cents scale.
  readText: (texts, ctx) => {
    // Answers can quote any dollar amount: only the usage page is read.
    if (!USAGE_PAGE.test(ctx.url.pathname)) return [];
    const m = /\$\s?(\d[\d,]*(?:\.\d+)?)/.exec(texts.balance ?? texts.balance_after ?? '');
    return m ? [{ meter: 'credits', remaining: textNumber(m[1]) }] : [];
  },
};
