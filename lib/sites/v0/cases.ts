import type { AdapterCase } from '../../adapters/types';
import { at } from '../../adapters/case-time';

const API = 'https://api.v0.dev/v1/user';

const END = at('+9d12h');

export const cases: AdapterCase[] = [
  {
    name: 'token billing with on-demand blocks',
    kind: 'response',
    url: `${API}/billing`,
    fixture: 'v0/billing-token.json',
    expect: {
      readings: [
        { meter: 'credits', remaining: 12.5, limit: 20, resetsAt: END },
        { meter: 'on_demand', remaining: 35, resetsAt: at('+71d12h') },
      ],
    },
  },
  {
    name: 'token billing as strings, no on-demand',
    kind: 'response',
    url: `${API}/billing?scope=my-team`,
    fixture: 'v0/billing-token-min.json',
    expect: { readings: [{ meter: 'credits', remaining: 5, limit: 5, resetsAt: END }] },
  },
  {
    name: 'legacy billing',
    kind: 'response',
    url: `${API}/billing`,
    fixture: 'v0/billing-legacy.json',
    expect: { readings: [{ meter: 'legacy', remaining: 180, limit: 200, resetsAt: END }] },
  },
  {
    name: 'legacy billing without a balance',
    kind: 'response',
    url: `${API}/billing`,
    fixture: 'v0/billing-legacy-nobalance.json',
    expect: { readings: [] },
  },
  {
    name: 'plan',
    kind: 'response',
    url: `${API}/plan`,
    fixture: 'v0/plan.json',
    expect: { readings: [{ meter: 'credits', remaining: 12.5, limit: 20, resetsAt: END }] },
  },
  {
    name: 'hostile token billing',
    kind: 'response',
    url: `${API}/billing`,
    fixture: 'v0/billing-hostile.json',
    expect: { failure: /data\.balance\.remaining/ },
  },
  {
    name: 'hostile legacy billing',
    kind: 'response',
    url: `${API}/billing`,
    fixture: 'v0/billing-legacy-hostile.json',
    expect: { failure: /data\.remaining/ },
  },
];
