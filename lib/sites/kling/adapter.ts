import * as z from 'zod/mini';
import type { TaskDraft } from '../../model/task';
import { num, opt, time } from '../../adapters/fields';
import { endpoint, type Readers } from '../../adapters/types';

const pool = z.object({ balance: opt(num()), endTime: opt(time()) });
const points = z.object({
  // `data` is null when signed out: nothing to read, not a broken reader.
  data: z.nullable(z.object({ total: num(), points: opt(z.array(pool).check(z.maxLength(200))) })),
});

// The web app's submit body [oss]: `type` (…_hq = professional) and `arguments[{name, value}]`;
// other clients send flat `duration` / `mode` fields, so both are read.
const submit = z.object({
  type: opt(z.string().check(z.maxLength(60))),
  mode: opt(z.string().check(z.maxLength(20))),
  duration: opt(num()),
  arguments: opt(
    z
      .array(z.object({ name: z.string().check(z.maxLength(40)), value: z.unknown() }))
      .check(z.maxLength(100)),
  ),
});
const numeric = opt(num());
const CARD = { unit: 'credits', meter: 'credits', basis: 'rate_card' } as const;
const submitted = z.object({
  data: z.object({ task: z.object({ id: z.union([num(), z.string()]) }) }),
});

/**
 * Rate-card cost [?]: a 5 s video is 10 standard / 35 professional, 10 s twice that, so the
 * card is linear per second (2 or 7); an image is 1 each. Missing or absurd durations mean
 * the app's default of 5 s.
 */
function cost(req: unknown): Partial<TaskDraft> {
  const b = submit.safeParse(req);
  if (!b.success) return {};
  const args = new Map((b.data.arguments ?? []).map((a) => [a.name, a.value] as const));
  const arg = (k: string) => numeric.safeParse(args.get(k)).data;
  const type = b.data.type ?? '';
  if (/2img/.test(type)) {
    const n = arg('imageCount');
    return { kind: 'image', cost: n && n >= 1 && n <= 9 ? Math.round(n) : 1, ...CARD };
  }
  const m = args.get('mode');
  const mode = (b.data.mode ?? (typeof m === 'string' ? m : '')).toLowerCase();
  const pro = /_hq$/.test(type) || ['pro', 'professional', 'hq'].includes(mode);
  const d = b.data.duration ?? arg('duration');
  const secs = d !== undefined && d > 0 && d <= 60 ? d : 5;
  return { kind: 'video', cost: Math.round(secs * (pro ? 7 : 2)), ...CARD };
}

/** Kling AI: one credit balance made of pools that expire; video and image generations. */
export const readers: Readers = {
  responses: [
    endpoint({
      match: /^\/api\/account\/point\/?(\?|$)/,
      schema: points,
      read: ({ data }, ctx) => {
        if (!data) return {};
        // The soonest a non-empty pool expires is when part of the balance goes.
        const ends = (data.points ?? [])
          .filter((p) => (p.balance ?? 0) > 0 && (p.endTime ?? 0) > ctx.at)
          .map((p) => p.endTime!);
        const resetsAt = ends.length ? Math.min(...ends) : undefined;
        return { readings: [{ meter: 'credits', remaining: data.total, resetsAt }] };
      },
    }),
  ],
  requests: [
    {
      kind: 'video',
      method: 'POST',
      // [?] seen in open-source clients of klingai.kuaishou.com; assumed the same on klingai.com.
      match: /^\/api\/task\/submit\/?(\?|$)/,
      read: (req, res) => {
        const id = submitted.safeParse(res).data?.data.task.id;
        const siteId =
          id !== undefined && /^[\w.:-]{1,100}$/.test(String(id)) ? String(id) : undefined;
        return { ...cost(req), siteId };
      },
    },
  ],
};
