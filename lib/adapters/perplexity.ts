import * as z from 'zod/mini';
import { opt, time, amount, textNumber } from './fields';
import { endpoint, type Adapter, type AdapterCase } from './types';
import { perplexity as info } from '../catalog/perplexity';
import { at } from './case-time';

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
export const perplexity: Adapter = {
  ...info,
  hosts: ['www.perplexity.ai'],
  usagePath: USAGE_PAGE,
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

const CREDITS = 'https://www.perplexity.ai/rest/billing/credits?version=2.18&source=default';

export const cases: AdapterCase[] = [
  {
    name: 'credits with grants and a renewal date',
    kind: 'response',
    url: CREDITS,
    fixture: 'perplexity/credits.json',
    expect: {
      readings: [
        {
          meter: 'credits',
          remaining: 432,
          used: 568,
          resetsAt: at('+9d12h'),
          scale: 0.01,
        },
      ],
    },
  },
  {
    name: 'numeric strings, no renewal date: the recurring grant expiry',
    kind: 'response',
    url: CREDITS,
    fixture: 'perplexity/credits-strings.json',
    expect: {
      readings: [
        {
          meter: 'credits',
          remaining: 1250,
          used: undefined,
          resetsAt: at('+13d12h'),
          scale: 0.01,
        },
      ],
    },
  },
  {
    name: 'hostile credits',
    kind: 'response',
    url: CREDITS,
    fixture: 'perplexity/credits-hostile.json',
    expect: { failure: /balance_cents/ },
  },
  {
    name: 'usage page text',
    kind: 'text',
    url: 'https://www.perplexity.ai/account/usage',
    fixture: 'perplexity/usage.html',
    expect: { readings: [{ meter: 'credits', remaining: 4.32 }] },
  },
];
