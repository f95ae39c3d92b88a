import * as z from 'zod/mini';
import { num, opt, textNumber } from './fields';
import { endpoint, type Adapter, type AdapterCase } from './types';
import { openrouter as info } from '../catalog/openrouter';

/** OpenRouter: prepaid dollars (credits bought minus used), an optional key limit, per-call cost. */
export const openrouter: Adapter = {
  ...info,
  hosts: ['openrouter.ai'],
  usagePath: /^\/settings\/credits/,
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

export const cases: AdapterCase[] = [
  {
    name: 'credits',
    kind: 'response',
    url: 'https://openrouter.ai/api/v1/credits',
    fixture: 'openrouter/credits.json',
    expect: { readings: [{ meter: 'balance', remaining: 7.66, used: 12.34, limit: 20 }] },
  },
  {
    name: 'credits as numeric strings',
    kind: 'response',
    url: 'https://openrouter.ai/api/v1/credits',
    fixture: 'openrouter/credits-strings.json',
    expect: { readings: [{ meter: 'balance', remaining: 4.5, used: 5.5, limit: 10 }] },
  },
  {
    name: 'key with a monthly limit',
    kind: 'response',
    url: 'https://openrouter.ai/api/v1/key',
    fixture: 'openrouter/key-limited.json',
    expect: { readings: [{ meter: 'key_limit', limit: 25, remaining: 21.5, used: 3.5 }] },
  },
  {
    name: 'key without a limit',
    kind: 'response',
    url: 'https://openrouter.ai/api/v1/key',
    fixture: 'openrouter/key-unlimited.json',
    expect: { readings: [] },
  },
  {
    name: 'generation cost',
    kind: 'response',
    url: 'https://openrouter.ai/api/v1/generation?id=gen-123abc',
    fixture: 'openrouter/generation.json',
    expect: {
      tasks: [
        {
          kind: 'completion',
          siteId: 'gen-123abc',
          model: 'anthropic/claude-sonnet-4',
          cost: 0.0123,
          unit: 'usd',
          meter: 'balance',
          basis: 'reported',
        },
      ],
    },
  },
  {
    name: 'hostile credits',
    kind: 'response',
    url: 'https://openrouter.ai/api/v1/credits',
    fixture: 'openrouter/credits-hostile.json',
    expect: { failure: /data\.total_credits/ },
  },
  {
    name: 'credits page text',
    kind: 'text',
    url: 'https://openrouter.ai/settings/credits',
    fixture: 'openrouter/credits-page.html',
    expect: { readings: [{ meter: 'balance', remaining: 7.66 }] },
  },
];
