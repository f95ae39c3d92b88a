import type { AdapterCase } from '../../adapters/types';
import { at } from '../../adapters/case-time';

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
