import type { AdapterCase } from '../../adapters/types';

const API = 'https://api.stability.ai';

const task = (cost: number, model?: string) => ({
  tasks: [
    {
      kind: 'image' as const,
      model,
      cost,
      unit: 'credits' as const,
      meter: 'credits',
      basis: 'rate_card' as const,
    },
  ],
});

export const cases: AdapterCase[] = [
  {
    name: 'balance',
    kind: 'response',
    url: `${API}/v1/user/balance`,
    fixture: 'stability/balance.json',
    expect: { readings: [{ meter: 'credits', remaining: 1187.5 }] },
  },
  {
    name: 'balance as a numeric string',
    kind: 'response',
    url: `${API}/v1/user/balance`,
    fixture: 'stability/balance-string.json',
    expect: { readings: [{ meter: 'credits', remaining: 24.05 }] },
  },
  {
    name: 'hostile balance',
    kind: 'response',
    url: `${API}/v1/user/balance`,
    fixture: 'stability/balance-hostile.json',
    expect: { failure: /\bcredits$/ },
  },
  {
    name: 'ultra, multipart body',
    kind: 'request',
    url: `${API}/v2beta/stable-image/generate/ultra`,
    fixture: 'stability/multipart-request.txt',
    expect: task(8, 'stable-image-ultra'),
  },
  {
    name: 'core, multipart body',
    kind: 'request',
    url: `${API}/v2beta/stable-image/generate/core`,
    fixture: 'stability/multipart-request.txt',
    expect: task(3, 'stable-image-core'),
  },
  {
    name: 'sd3 with a JSON body naming Large Turbo',
    kind: 'request',
    url: `${API}/v2beta/stable-image/generate/sd3`,
    fixture: 'stability/sd3-turbo-request.json',
    responseFixture: 'stability/generate-response.json',
    expect: task(4, 'sd3.5-large-turbo'),
  },
  {
    name: 'sd3, multipart body: assumed SD3.5 Large',
    kind: 'request',
    url: `${API}/v2beta/stable-image/generate/sd3`,
    fixture: 'stability/multipart-request.txt',
    expect: task(6.5),
  },
  {
    name: 'sd3 with a model not on the rate card',
    kind: 'request',
    url: `${API}/v2beta/stable-image/generate/sd3`,
    fixture: 'stability/sd3-unknown-request.json',
    expect: { tasks: [{ kind: 'image', model: 'sd3.5-flash' }] },
  },
];
