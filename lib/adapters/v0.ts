import * as z from 'zod/mini';
import type { ReadingDraft } from '../model/reading';
import { num, opt, time } from './fields';
import { endpoint, type Adapter, type AdapterCase } from './types';
import { v0 as info } from '../catalog/v0';
import { at } from './case-time';

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
export const v0: Adapter = {
  ...info,
  hosts: ['v0.app', 'v0.dev'],
  apiHosts: ['api.v0.dev'],
  usagePath: /^\/chat\/settings\/billing/,
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

const API = 'https://api.v0.dev/v1/user';
const END = at('+9d12h');

export const cases: AdapterCase[] = [
  {
    name: 'token billing with on-demand blocks',
    kind: 'response',
    url: `${API}/billing`,
    fixture: 'v0/billing-token.json',
    expect: {
      readings: [
        { meter: 'credits', remaining: 12.5, limit: 20, resetsAt: END },
        { meter: 'on_demand', remaining: 35, resetsAt: at('+71d12h') },
      ],
    },
  },
  {
    name: 'token billing as strings, no on-demand',
    kind: 'response',
    url: `${API}/billing?scope=my-team`,
    fixture: 'v0/billing-token-min.json',
    expect: { readings: [{ meter: 'credits', remaining: 5, limit: 5, resetsAt: END }] },
  },
  {
    name: 'legacy billing',
    kind: 'response',
    url: `${API}/billing`,
    fixture: 'v0/billing-legacy.json',
    expect: { readings: [{ meter: 'legacy', remaining: 180, limit: 200, resetsAt: END }] },
  },
  {
    name: 'legacy billing without a balance',
    kind: 'response',
    url: `${API}/billing`,
    fixture: 'v0/billing-legacy-nobalance.json',
    expect: { readings: [] },
  },
  {
    name: 'plan',
    kind: 'response',
    url: `${API}/plan`,
    fixture: 'v0/plan.json',
    expect: { readings: [{ meter: 'credits', remaining: 12.5, limit: 20, resetsAt: END }] },
  },
  {
    name: 'hostile token billing',
    kind: 'response',
    url: `${API}/billing`,
    fixture: 'v0/billing-hostile.json',
    expect: { failure: /data\.balance\.remaining/ },
  },
  {
    name: 'hostile legacy billing',
    kind: 'response',
    url: `${API}/billing`,
    fixture: 'v0/billing-legacy-hostile.json',
    expect: { failure: /data\.remaining/ },
  },
];
