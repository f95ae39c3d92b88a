import * as z from 'zod/mini';
import { num, opt, textNumber } from '../../adapters/fields';
import { endpoint, type Readers } from '../../adapters/types';

/** OpenRouter: prepaid dollars (credits bought minus used), an optional key limit, per-call cost. */
export const readers: Readers = {
  responses: [
    endpoint({
      match: /^\/api\/v1\/credits\/?(\?|$)/,
      schema: z.object({ data: z.object({ total_credits: num(), total_usage: num() }) }),
      read: ({ data }) => ({
        readings: [
          {
            meter: 'balance',
            // Rounded to a millionth of a dollar so float noise never shows as a change.
            remaining: Math.max(0, Math.round((data.total_credits - data.total_usage) * 1e6) / 1e6),
            used: data.total_usage,
            limit: data.total_credits,
          },
        ],
      }),
    }),
    endpoint({
      match: /^\/api\/v1\/key\/?(\?|$)/,
      schema: z.object({
        data: z.object({ limit: opt(num()), limit_remaining: opt(num()), usage: opt(num()) }),
      }),
      // A key without a limit has no cap to show.
      read: ({ data }) =>
        data.limit === undefined
          ? {}
          : {
              readings: [
                {
                  meter: 'key_limit',
                  limit: data.limit,
                  remaining: data.limit_remaining,
                  used: data.usage,
                },
              ],
            },
    }),
    endpoint({
      match: /^\/api\/v1\/generation\?/,
      schema: z.object({
        data: z.object({
          id: z.string().check(z.maxLength(100)),
          model: opt(z.string().check(z.maxLength(80))),
          total_cost: num(),
        }),
      }),
      read: ({ data }) => ({
        tasks: [
          {
            kind: 'completion',
            siteId: data.id,
            model: data.model,
            cost: data.total_cost,
            unit: 'usd',
            meter: 'balance',
            basis: 'reported',
          },
        ],
      }),
    }),
  ],
  probes: [
    {
      name: 'balance',
      selectors: ['[data-testid="credit-balance"]'],
      pattern: /\bcredits?\b[^$\d]{0,30}\$\s?[\d,]+(\.\d+)?/i,
    },
  ],
  readText: (texts) => {
    const m = /\$\s?([\d,]+(?:\.\d+)?)/.exec(texts.balance ?? '');
    return m ? [{ meter: 'balance', remaining: textNumber(m[1]) }] : [];
  },
};
