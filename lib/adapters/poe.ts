import * as z from 'zod/mini';
import { num, opt, amount, toEpochMs, textNumber } from './fields';
import { endpoint, type Adapter, type AdapterCase } from './types';
import { poe as info } from '../catalog/poe';
import { at } from './case-time';

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
export const poe: Adapter = {
  ...info,
  hosts: ['poe.com'],
  apiHosts: ['api.poe.com'],
  usagePath: USAGE_PAGE,
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

export const cases: AdapterCase[] = [
  {
    name: 'current balance',
    kind: 'response',
    url: 'https://api.poe.com/usage/current_balance',
    fixture: 'poe/balance.json',
    expect: { readings: [{ meter: 'points', remaining: 987654 }] },
  },
  {
    name: 'current balance as a string',
    kind: 'response',
    url: 'https://api.poe.com/usage/current_balance',
    fixture: 'poe/balance-string.json',
    expect: { readings: [{ meter: 'points', remaining: 1500 }] },
  },
  {
    name: 'points history: one task per row',
    kind: 'response',
    url: 'https://api.poe.com/usage/points_history?limit=3',
    fixture: 'poe/history.json',
    expect: {
      tasks: [
        {
          kind: 'message',
          siteId: 'q_7a1b2c3d4e',
          at: at('-2h'),
          model: 'Claude-Sonnet-4.5',
          cost: 380,
          unit: 'points',
          meter: 'points',
          basis: 'reported',
        },
        {
          kind: 'completion',
          siteId: 'q_7a1b2c3d4d',
          at: at('-2h1m40s'),
          model: 'GPT-5',
          cost: 250,
          unit: 'points',
          meter: 'points',
          basis: 'reported',
        },
        {
          kind: 'message',
          siteId: undefined,
          at: at('-2h3m20s'),
          model: 'FLUX-pro',
          cost: 1250,
          unit: 'points',
          meter: 'points',
          basis: 'reported',
        },
      ],
    },
  },
  {
    name: 'points history as a bare array',
    kind: 'response',
    url: 'https://api.poe.com/usage/points_history',
    fixture: 'poe/history-array.json',
    expect: {
      tasks: [
        {
          kind: 'message',
          siteId: 'q_1',
          at: at('-2h'),
          model: 'Gemini-2.5-Pro',
          cost: 75,
          unit: 'points',
          meter: 'points',
          basis: 'reported',
        },
      ],
    },
  },
  {
    name: 'hostile balance',
    kind: 'response',
    url: 'https://api.poe.com/usage/current_balance',
    fixture: 'poe/balance-hostile.json',
    expect: { failure: /current_point_balance/ },
  },
  {
    name: 'hostile history row',
    kind: 'response',
    url: 'https://api.poe.com/usage/points_history',
    fixture: 'poe/history-hostile.json',
    expect: { failure: /data\.1\.cost_points/ },
  },
  {
    name: 'settings page text',
    kind: 'text',
    url: 'https://poe.com/settings',
    fixture: 'poe/settings.html',
    expect: { readings: [{ meter: 'points', remaining: 987654 }] },
  },
];
