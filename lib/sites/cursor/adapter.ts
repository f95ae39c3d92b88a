import * as z from 'zod/mini';
import type { ReadingDraft } from '../../model/reading';
import type { TaskDraft } from '../../model/task';
import { opt, pct, time, amount, toEpochMs } from '../../adapters/fields';
import { endpoint, type Readers } from '../../adapters/types';

const siteId = () => z.string().check(z.regex(/^[\w.:-]{1,100}$/));

const summary = z.object({
  billingCycleEnd: opt(time()),
  individualUsage: z.object({
    // Cents. `used` is the balance: it must be there and must be a number.
    plan: z.object({
      used: amount(),
      limit: opt(amount()),
      remaining: opt(amount()),
      totalPercentUsed: opt(pct()),
    }),
    onDemand: opt(z.object({ enabled: opt(z.boolean()), used: amount(), limit: opt(amount()) })),
    totalPercentUsed: opt(pct()), // [?] seen beside `plan` rather than in it
  }),
});

/** Legacy request plans count the month from `startOfMonth`; [?] the reset is a month later. */
function monthAfter(ms: number): number {
  const d = new Date(ms);
  const [y, m] = [d.getUTCFullYear(), d.getUTCMonth() + 1];
  const day = Math.min(d.getUTCDate(), new Date(Date.UTC(y, m + 1, 0)).getUTCDate());
  return Date.UTC(y, m, day, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
}

const event = z.object({
  id: opt(siteId()),
  timestamp: opt(z.union([siteId(), z.int()])), // epoch ms, usually as a string
  model: opt(z.string().check(z.minLength(1), z.maxLength(80))),
  kind: opt(z.string().check(z.maxLength(80))),
  // [?] cents: `chargedCents` (cost plus fee) when present, else the model cost.
  chargedCents: opt(amount()),
  tokenUsage: opt(z.object({ totalCents: opt(amount()) })),
});
const eventList = z.array(event).check(z.maxLength(500));
const events = z
  .object({ usageEventsDisplay: z.optional(eventList), usageEvents: z.optional(eventList) })
  .check(z.refine((d) => !!(d.usageEventsDisplay ?? d.usageEvents), 'no usage events list'));

function toTask(e: z.output<typeof event>): TaskDraft | undefined {
  const cents = e.chargedCents ?? e.tokenUsage?.totalCents;
  if (cents === undefined) return undefined;
  // Kinds look like USAGE_EVENT_KIND_INCLUDED_IN_PRO / USAGE_EVENT_KIND_USAGE_BASED. [?]
  const meter = /USAGE_BASED|ON_DEMAND/i.test(e.kind ?? '')
    ? 'on_demand'
    : /INCLUDED/i.test(e.kind ?? '')
      ? 'plan'
      : undefined;
  return {
    kind: 'completion',
    siteId: e.id ?? (e.timestamp === undefined ? undefined : String(e.timestamp)),
    model: e.model,
    at: e.timestamp === undefined ? undefined : toEpochMs(Number(e.timestamp)),
    cost: Math.round(cents * 1e4) / 1e6, // cents to dollars, to a millionth
    unit: 'usd',
    meter,
    basis: 'reported',
  };
}

/** Cursor: the plan's included usage and on-demand spend in cents, legacy request counts, per-event cost. */
export const readers: Readers = {
  responses: [
    endpoint({
      match: /^\/api\/usage-summary\/?(\?|$)/,
      schema: summary,
      read: (d) => {
        const { plan, onDemand } = d.individualUsage;
        const readings: ReadingDraft[] = [
          {
            meter: 'plan',
            used: plan.used,
            limit: plan.limit,
            remaining: plan.remaining,
            percentUsed: plan.totalPercentUsed ?? d.individualUsage.totalPercentUsed,
            resetsAt: d.billingCycleEnd,
            scale: 0.01,
          },
        ];
        if (onDemand?.enabled)
          readings.push({
            meter: 'on_demand',
            used: onDemand.used,
            limit: onDemand.limit,
            resetsAt: d.billingCycleEnd,
            scale: 0.01,
          });
        return { readings };
      },
    }),
    endpoint({
      match: /^\/api\/usage\/?(\?|$)/,
      schema: z.object({
        'gpt-4': z.object({ numRequests: amount(), maxRequestUsage: opt(amount()) }),
        startOfMonth: opt(time()),
      }),
      read: (d) => ({
        readings: [
          {
            meter: 'requests',
            used: d['gpt-4'].numRequests,
            limit: d['gpt-4'].maxRequestUsage,
            resetsAt: d.startOfMonth === undefined ? undefined : monthAfter(d.startOfMonth),
          },
        ],
      }),
    }),
    // A POST whose response lists recent events, each with the cost the site charged.
    endpoint({
      match: /^\/api\/dashboard\/get-filtered-usage-events\/?$/,
      schema: events,
      read: (d) => ({
        tasks: (d.usageEventsDisplay ?? d.usageEvents ?? []).flatMap((e) => toTask(e) ?? []),
      }),
    }),
  ],
};
