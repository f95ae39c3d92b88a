import type { AdapterCase } from '../../adapters/types';

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
