import * as z from 'zod/mini';
import type { ReadingDraft } from '../../model/reading';
import { num, opt, pct, time } from '../../adapters/fields';
import { endpoint, type Readers } from '../../adapters/types';

// A window that is present must fit; `null` (e.g. no 5-hour window on credit-based plans) is fine.
const usageWindow = () =>
  z.optional(z.nullable(z.object({ utilization: pct(), resets_at: opt(time()) })));
const OLD_WINDOWS = [
  'five_hour',
  'seven_day',
  'seven_day_sonnet',
  'seven_day_opus',
  'seven_day_oauth_apps',
  'seven_day_cowork',
] as const;

const limit = z.object({
  kind: z.string().check(z.maxLength(40)),
  percent: pct(),
  resets_at: opt(time()),
  scope: opt(
    z.object({ model: opt(z.object({ display_name: opt(z.string().check(z.maxLength(80))) })) }),
  ),
});

/** The newer `limits[]` entries map onto the older window names so history stays one meter. */
function meterOf(l: z.output<typeof limit>): string | undefined {
  if (l.kind === 'session') return 'five_hour';
  if (l.kind === 'weekly_all') return 'seven_day';
  const model = l.scope?.model?.display_name?.toLowerCase() ?? '';
  if (l.kind === 'weekly_scoped' && model.includes('sonnet')) return 'seven_day_sonnet';
  if (l.kind === 'weekly_scoped' && model.includes('opus')) return 'seven_day_opus';
  return undefined;
}

const extra = opt(
  z.object({
    is_enabled: opt(z.boolean()),
    monthly_limit: opt(num()),
    monthly_credit_limit: opt(num()),
    used_credits: opt(num()),
  }),
);
const spend = opt(
  z.object({
    enabled: opt(z.boolean()),
    limit: opt(z.object({ amount_minor: num() })),
    used: opt(z.object({ amount_minor: num() })),
  }),
);

const usage = z.object({
  ...Object.fromEntries(OLD_WINDOWS.map((k) => [k, usageWindow()])),
  limits: opt(z.array(limit).check(z.maxLength(20))),
  extra_usage: extra,
  spend,
}) as z.ZodMiniType<
  Partial<
    Record<(typeof OLD_WINDOWS)[number], { utilization: number; resets_at?: number } | null>
  > & {
    limits?: z.output<typeof limit>[];
    extra_usage?: z.output<typeof extra>;
    spend?: z.output<typeof spend>;
  }
>;

/** Extra usage in cents, from either shape; nothing when it is switched off. */
function extraUsage(d: z.output<typeof usage>): ReadingDraft | undefined {
  const e = d.extra_usage;
  if (e?.is_enabled && e.used_credits !== undefined)
    return {
      meter: 'extra_usage',
      used: e.used_credits,
      limit: e.monthly_credit_limit ?? e.monthly_limit,
      scale: 0.01,
    };
  const s = d.spend;
  if (s?.enabled && s.used)
    return {
      meter: 'extra_usage',
      used: s.used.amount_minor,
      limit: s.limit?.amount_minor,
      scale: 0.01,
    };
  return undefined;
}

/** Claude.ai: percent-used windows (5-hour, weekly, per model), extra usage and prepaid credits in cents. */
export const readers: Readers = {
  responses: [
    endpoint({
      match: /^\/api\/organizations\/[\w-]{1,64}\/usage\/?$/,
      schema: usage,
      read: (d) => {
        const readings: ReadingDraft[] = [];
        for (const k of OLD_WINDOWS) {
          const w = d[k];
          if (w) readings.push({ meter: k, percentUsed: w.utilization, resetsAt: w.resets_at });
        }
        for (const l of d.limits ?? []) {
          const meter = meterOf(l);
          if (meter && !readings.some((r) => r.meter === meter))
            readings.push({ meter, percentUsed: l.percent, resetsAt: l.resets_at });
        }
        const e = extraUsage(d);
        if (e) readings.push(e);
        return { readings };
      },
    }),
    endpoint({
      match: /^\/api\/organizations\/[\w-]{1,64}\/prepaid\/credits\/?$/,
      schema: z.object({ amount: num(), currency: opt(z.string().check(z.maxLength(8))) }),
      // Only dollars are a unit Creditwatch knows; another currency is left unread, not mislabelled.
      read: (d) =>
        (d.currency ?? 'USD').toUpperCase() === 'USD'
          ? { readings: [{ meter: 'prepaid', remaining: d.amount, scale: 0.01 }] }
          : {},
    }),
    endpoint({
      match: /^\/api\/organizations\/[\w-]{1,64}\/overage_spend_limit\/?$/,
      schema: z.object({
        is_enabled: opt(z.boolean()),
        monthly_credit_limit: opt(num()),
        used_credits: num(),
      }),
      read: (d) =>
        d.is_enabled === false
          ? {}
          : {
              readings: [
                {
                  meter: 'extra_usage',
                  used: d.used_credits,
                  limit: d.monthly_credit_limit,
                  scale: 0.01,
                },
              ],
            },
    }),
  ],
  requests: [
    {
      kind: 'message',
      method: 'POST',
      match:
        /^\/api\/organizations\/[\w-]{1,64}\/chat_conversations\/[\w-]{1,64}\/(retry_)?completion\/?$/,
      read: (req) => {
        const body = z.object({ model: opt(z.string().check(z.maxLength(80))) }).safeParse(req);
        return { model: body.success ? body.data.model : undefined };
      },
    },
  ],
};
