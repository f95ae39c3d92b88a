import * as z from 'zod/mini';
import { num, opt, amount, toEpochMs, textNumber } from '../../adapters/fields';
import { endpoint, type Readers } from '../../adapters/types';

// One row per query. A row's cost must fit; its other fields fail soft. `creation_time` is in
// unix microseconds; dividing by 1000 gives ms, which `time()` then bounds.
const row = z.object({
  cost_points: amount(),
  creation_time: opt(
    z.pipe(
      num(),
      z.transform((us) => toEpochMs(Math.round(us / 1000))),
    ),
  ),
  bot_name: opt(z.string().check(z.minLength(1), z.maxLength(80))),
  usage_type: opt(z.string().check(z.maxLength(40))), // API | Chat | Canvas App
  query_id: opt(z.string().check(z.regex(/^[\w.:-]{1,100}$/))),
});
// The documented reply is `{has_more, length, data: [...]}`; a bare array is taken as `data`.
const history = z.pipe(
  z.transform((v: unknown) => (Array.isArray(v) ? { data: v } : v)),
  z.object({ data: z.array(row).check(z.maxLength(500)) }),
);

const USAGE_PAGE = /^\/settings\/?$/;

/** Poe: the compute-point balance, and a true per-query cost from the points history. */
export const readers: Readers = {
  responses: [
    endpoint({
      match: /^\/usage\/current_balance\/?(\?|$)/,
      schema: z.object({ current_point_balance: amount() }),
      read: (d) => ({ readings: [{ meter: 'points', remaining: d.current_point_balance }] }),
    }),
    endpoint({
      match: /^\/usage\/points_history\/?(\?|$)/,
      schema: history,
      read: (d) => ({
        tasks: d.data.map((r) => ({
          kind: r.usage_type === 'API' ? 'completion' : 'message',
          siteId: r.query_id,
          at: r.creation_time,
          model: r.bot_name,
          cost: r.cost_points,
          unit: 'points',
          meter: 'points',
          basis: 'reported',
        })),
      }),
    }),
  ],
  probes: [
    // [?] Settings page: "Compute points 987,654 left" / "987,654 points remaining".
    {
      name: 'points',
      pattern:
        /compute points\D{0,20}\d[\d,]*|points (balance|left|remaining)\D{0,20}\d[\d,]*|\d[\d,]* (compute )?points (left|remaining|available)/,
    },
  ],
  readText: (texts, ctx) => {
    // Chats can contain any text: only the settings page is read.
    if (!USAGE_PAGE.test(ctx.url.pathname)) return [];
    const m = /(\d[\d,]*)/.exec(texts.points ?? '');
    return m ? [{ meter: 'points', remaining: textNumber(m[1]) }] : [];
  },
};
