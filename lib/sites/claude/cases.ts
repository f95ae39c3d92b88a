import type { AdapterCase } from '../../adapters/types';
import { at } from '../../adapters/case-time';

const ORG = 'https://claude.ai/api/organizations/4f1d2c3b-0a9e-4b7c-8d6e-5f4a3b2c1d0e';

export const cases: AdapterCase[] = [
  {
    name: 'usage, older object shape with a null window',
    kind: 'response',
    url: `${ORG}/usage`,
    fixture: 'claude/usage-objects.json',
    expect: {
      readings: [
        { meter: 'five_hour', percentUsed: 42, resetsAt: at('+10h') },
        { meter: 'seven_day', percentUsed: 63.5, resetsAt: at('+3d20h') },
        { meter: 'seven_day_opus', percentUsed: 12, resetsAt: undefined },
        { meter: 'extra_usage', used: 1250, limit: 5000, scale: 0.01 },
      ],
    },
  },
  {
    name: 'usage, newer limits[] shape',
    kind: 'response',
    url: `${ORG}/usage`,
    fixture: 'claude/usage-limits.json',
    expect: {
      readings: [
        { meter: 'five_hour', percentUsed: 8, resetsAt: at('+14h') },
        { meter: 'seven_day', percentUsed: 55, resetsAt: at('+4d12h') },
        {
          meter: 'seven_day_sonnet',
          percentUsed: 71,
          resetsAt: at('+4d12h'),
        },
        { meter: 'extra_usage', used: 300, limit: 2000, scale: 0.01 },
      ],
    },
  },
  {
    name: 'credit-based account: five_hour is null',
    kind: 'response',
    url: `${ORG}/usage`,
    fixture: 'claude/usage-enterprise.json',
    expect: { readings: [{ meter: 'seven_day', percentUsed: 5, resetsAt: undefined }] },
  },
  {
    name: 'prepaid credits in cents',
    kind: 'response',
    url: `${ORG}/prepaid/credits`,
    fixture: 'claude/prepaid.json',
    expect: { readings: [{ meter: 'prepaid', remaining: 1999, scale: 0.01 }] },
  },
  {
    name: 'hostile usage',
    kind: 'response',
    url: `${ORG}/usage`,
    fixture: 'claude/usage-hostile.json',
    expect: { failure: /five_hour\.utilization|seven_day/ },
  },
  {
    name: 'a message',
    kind: 'request',
    url: `${ORG}/chat_conversations/7c9e6679-7425-40de-944b-e07fc1f90ae7/completion`,
    fixture: 'claude/completion-request.json',
    expect: { tasks: [{ kind: 'message', model: 'claude-sonnet-4-5' }] },
  },
];
