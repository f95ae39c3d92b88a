import * as z from 'zod/mini';
import { num, opt, time, textNumber } from './fields';
import { endpoint, type Adapter, type AdapterCase } from './types';
import { suno as info } from '../catalog/suno';
import { at } from './case-time';

/** Suno: credits from the billing info the app fetches; a generation is one task. */
export const suno: Adapter = {
  ...info,
  hosts: ['suno.com'],
  apiHosts: ['studio-api.prod.suno.com'],
  usagePath: /^\/account/,
  responses: [
    endpoint({
      match: /^\/api\/billing\/info\/?(\?|$)/,
      schema: z.object({
        total_credits_left: num(),
        monthly_limit: opt(num()),
        monthly_usage: opt(num()),
        renews_on: opt(time()),
      }),
      read: (d) => ({
        readings: [
          {
            meter: 'credits',
            remaining: d.total_credits_left,
            limit: d.monthly_limit,
            used: d.monthly_usage,
            resetsAt: d.renews_on,
          },
        ],
      }),
    }),
  ],
  requests: [
    {
      kind: 'song',
      method: 'POST',
      match: /^\/api\/generate\/v2\/?$/,
      read: (req, res) => {
        const body = z.object({ mv: opt(z.string().check(z.maxLength(80))) }).safeParse(req);
        const out = z.object({ id: opt(z.string().check(z.maxLength(100))) }).safeParse(res);
        return {
          model: body.success ? body.data.mv : undefined,
          siteId: out.success ? out.data.id : undefined,
        };
      },
    },
  ],
  probes: [
    // The sidebar's credit counter; its test id first, the visible phrase as a fallback.
    {
      name: 'credits',
      selectors: ['[data-testid="credits-count"]'],
      pattern: /\b[\d,]+\s+credits\b/i,
    },
  ],
  readText: (texts) => {
    const m = /([\d,]+)/.exec(texts.credits ?? '');
    return m ? [{ meter: 'credits', remaining: textNumber(m[1]) }] : [];
  },
};

export const cases: AdapterCase[] = [
  {
    name: 'billing info, paid plan',
    kind: 'response',
    url: 'https://studio-api.prod.suno.com/api/billing/info/',
    fixture: 'suno/billing-pro.json',
    expect: {
      readings: [
        {
          meter: 'credits',
          remaining: 2350,
          limit: 2500,
          used: 150,
          resetsAt: at('+9d12h'),
        },
      ],
    },
  },
  {
    name: 'billing info, free plan with nulls',
    kind: 'response',
    url: 'https://studio-api.prod.suno.com/api/billing/info/',
    fixture: 'suno/billing-free.json',
    expect: { readings: [{ meter: 'credits', remaining: 40, limit: 50, used: 10 }] },
  },
  {
    name: 'hostile billing info',
    kind: 'response',
    url: 'https://studio-api.prod.suno.com/api/billing/info/',
    fixture: 'suno/billing-hostile.json',
    expect: { failure: /total_credits_left/ },
  },
  {
    name: 'sidebar credits text',
    kind: 'text',
    url: 'https://suno.com/create',
    fixture: 'suno/create.html',
    expect: { readings: [{ meter: 'credits', remaining: 1230 }] },
  },
  {
    name: 'a song generation',
    kind: 'request',
    url: 'https://studio-api.prod.suno.com/api/generate/v2/',
    fixture: 'suno/generate-request.json',
    responseFixture: 'suno/generate-response.json',
    expect: {
      tasks: [
        {
          kind: 'song',
          model: 'chirp-v4',
          siteId: 'b7f0c2d4-1c2a-4e0e-9a51-6a1f1c0e9d11',
          cost: 10,
          unit: 'credits',
          meter: 'credits',
          basis: 'rate_card',
        },
      ],
    },
  },
];
