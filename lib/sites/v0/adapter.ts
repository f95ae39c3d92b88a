import * as z from 'zod/mini';
import type { ReadingDraft } from '../../model/reading';
import { num, opt, time } from '../../adapters/fields';
import { endpoint, type Readers } from '../../adapters/types';

/*
 * Units [?]: v0's pricing speaks of credits worth dollars, but nothing says whether these
 * fields are dollars, cents or something else, so they are kept raw as credits (scale 1).
 */
const cycle = opt(z.object({ start: opt(time()), end: opt(time()) }));
const balance = z.object({ remaining: num(), total: opt(num()) });
const block = z.object({ expirationDate: opt(time()), currentBalance: opt(num()) });

const token = z.object({
  billingType: z.literal('token'),
  data: z.object({
    plan: opt(z.string().check(z.maxLength(80))),
    billingCycle: cycle,
    balance,
    onDemand: opt(
      z.object({ balance: num(), blocks: opt(z.array(block).check(z.maxLength(100))) }),
    ),
  }),
});
// The legacy shape's `billingType` is optional in the docs; a malformed `remaining` must fail.
const legacy = z.object({
  billingType: z.optional(z.literal('legacy')),
  data: z.object({
    remaining: z.optional(z.nullable(num())),
    reset: opt(time()),
    limit: opt(num()),
  }),
});

type Plan = { balance: z.output<typeof balance>; billingCycle?: z.output<typeof cycle> };
const plan = (d: Plan): ReadingDraft => ({
  meter: 'credits',
  remaining: d.balance.remaining,
  limit: d.balance.total,
  resetsAt: d.billingCycle?.end,
});

/** The on-demand pool; it "resets" when its earliest non-empty block expires. */
function onDemand(d: z.output<typeof token>['data']['onDemand'], at: number): ReadingDraft[] {
  if (!d) return [];
  const ends = (d.blocks ?? [])
    .filter((b) => (b.currentBalance ?? 0) > 0 && (b.expirationDate ?? 0) > at)
    .map((b) => b.expirationDate!);
  const resetsAt = ends.length ? Math.min(...ends) : undefined;
  return [{ meter: 'on_demand', remaining: d.balance, resetsAt }];
}

/** v0 (Vercel): monthly credits, on-demand credits, and the older "legacy" allowance. */
export const readers: Readers = {
  responses: [
    endpoint({
      match: /^\/v1\/user\/billing\/?(\?|$)/,
      schema: z.discriminatedUnion('billingType', [token, legacy]),
      read: (d, ctx) => {
        if (d.billingType === 'token')
          return { readings: [plan(d.data), ...onDemand(d.data.onDemand, ctx.at)] };
        const l = d.data;
        // No remaining: a limit alone is not a balance, and guessing one would be wrong.
        if (l.remaining === undefined || l.remaining === null) return {};
        return {
          readings: [
            { meter: 'legacy', remaining: l.remaining, limit: l.limit, resetsAt: l.reset },
          ],
        };
      },
    }),
    endpoint({
      match: /^\/v1\/user\/plan\/?(\?|$)/,
      schema: z.object({ billingCycle: cycle, balance }),
      read: (d) => ({ readings: [plan(d)] }),
    }),
  ],
};
