import type { AdapterCase } from '../../adapters/types';
import { at } from '../../adapters/case-time';

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
