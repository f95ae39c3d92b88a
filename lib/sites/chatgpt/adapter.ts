import * as z from 'zod/mini';
import type { ReadingDraft } from '../../model/reading';
import { num, opt, pct, time, amount, textNumber } from '../../adapters/fields';
import { endpoint, type Readers } from '../../adapters/types';

// A window that is present must fit; `null` (free plans have no second window) is fine.
const usageWindow = () =>
  z.optional(
    z.nullable(
      z.object({
        used_percent: pct(),
        reset_at: opt(time()),
        limit_window_seconds: opt(num()),
      }),
    ),
  );
const rateLimit = z.object({ primary_window: usageWindow(), secondary_window: usageWindow() });
type Win = NonNullable<z.output<ReturnType<typeof usageWindow>>>;

/** Free plans send a weekly window as `primary`, so the window length decides when it is given. */
function classify(w: Win, fallback: 'five_hour' | 'weekly'): 'five_hour' | 'weekly' | undefined {
  const s = w.limit_window_seconds;
  if (s === undefined) return fallback;
  return s <= 6 * 3600 ? 'five_hour' : s >= 6 * 86400 ? 'weekly' : undefined;
}

function windows(rl: z.output<typeof rateLimit> | undefined, prefix = ''): ReadingDraft[] {
  const out: ReadingDraft[] = [];
  const pairs = [
    [rl?.primary_window, 'five_hour'],
    [rl?.secondary_window, 'weekly'],
  ] as const;
  for (const [w, fallback] of pairs) {
    const kind = w && classify(w, fallback);
    if (w && kind && !out.some((r) => r.meter === prefix + kind))
      out.push({ meter: prefix + kind, percentUsed: w.used_percent, resetsAt: w.reset_at });
  }
  return out;
}

const usage = z
  .object({
    rate_limit: z.optional(z.nullable(rateLimit)),
    // Per-model limits with names we cannot know in advance: read soft, summarised below.
    additional_rate_limits: opt(
      z.array(z.object({ rate_limit: opt(rateLimit) })).check(z.maxLength(20)),
    ),
    credits: z.optional(
      z.nullable(
        z.object({
          has_credits: opt(z.boolean()),
          unlimited: opt(z.boolean()),
          balance: z.optional(z.nullable(amount())), // number or numeric string
        }),
      ),
    ),
  })
  // Neither block present means the endpoint changed shape: a failure, not silence.
  .check(z.refine((d) => !!d.rate_limit || !!d.credits, 'no rate_limit or credits'));

const USAGE_PAGE = /^\/codex\/settings\/usage/;

/** ChatGPT / Codex: 5-hour and weekly percent windows, and the Codex credit balance. */
export const readers: Readers = {
  responses: [
    endpoint({
      match: /^\/backend-api\/wham\/usage\/?(\?|$)/,
      schema: usage,
      read: (d) => {
        const readings = windows(d.rate_limit ?? undefined);
        const extra = (d.additional_rate_limits ?? []).flatMap((a) =>
          windows(a.rate_limit, 'other_'),
        );
        for (const meter of ['other_five_hour', 'other_weekly']) {
          const tightest = extra
            .filter((r) => r.meter === meter)
            .sort((a, b) => (b.percentUsed ?? 0) - (a.percentUsed ?? 0))[0];
          if (tightest) readings.push(tightest);
        }
        const c = d.credits;
        const balance = c?.balance ?? undefined;
        // "0" with has_credits false means none were ever bought: not a balance worth showing.
        if (c && !c.unlimited && balance !== undefined && (c.has_credits || balance > 0))
          readings.push({ meter: 'credits', remaining: balance });
        return { readings };
      },
    }),
  ],
  requests: [
    {
      kind: 'message',
      method: 'POST',
      // [?] newer builds may post to /backend-api/f/conversation.
      match: /^\/backend-api\/(f\/)?conversation\/?$/,
      read: (req) => {
        const body = z
          .object({
            model: opt(z.string().check(z.minLength(1), z.maxLength(80))),
            // The client's id for the new message, so a redelivery stays one task.
            messages: opt(
              z
                .array(z.object({ id: opt(z.string().check(z.regex(/^[\w.:-]{1,100}$/))) }))
                .check(z.maxLength(50)),
            ),
          })
          .safeParse(req);
        if (!body.success) return {};
        return { model: body.data.model, siteId: body.data.messages?.[0]?.id };
      },
    },
  ],
  // Codex usage page; no stable test ids are known, so the visible phrases anchor each value.
  probes: [
    // "Credits remaining 1,193.6" (or "1,193.6 credits remaining").
    {
      name: 'credits',
      pattern: /credits remaining\D{0,40}\d[\d,]*(\.\d+)?|\d[\d,]*(\.\d+)? credits remaining/,
    },
    // "5h limit … 72% left" / "5-hour usage limit 72% remaining".
    { name: 'five_hour', pattern: /\b5[ -]?h(our)?\b.{0,80}?\d{1,3}(\.\d+)?%\s*(remaining|left)/ },
    { name: 'weekly', pattern: /\bweekly\b.{0,80}?\d{1,3}(\.\d+)?%\s*(remaining|left)/ },
  ],
  // Probes run on chat pages too, where any text can appear: only the usage page is read.
  readText: (texts, ctx) => {
    if (!USAGE_PAGE.test(ctx.url.pathname)) return [];
    const out: ReadingDraft[] = [];
    for (const meter of ['five_hour', 'weekly']) {
      const m = /(\d{1,3}(?:\.\d+)?)%\s*(?:remaining|left)/i.exec(texts[meter] ?? '');
      // The page shows what is left; the meter counts what is used.
      if (m) out.push({ meter, percentUsed: Math.round((100 - Number(m[1])) * 100) / 100 });
    }
    const c = /(\d[\d,]*(?:\.\d+)?)\D*$/.exec(texts.credits ?? '');
    if (c) out.push({ meter: 'credits', remaining: textNumber(c[1]) });
    return out;
  },
};
