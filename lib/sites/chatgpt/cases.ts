import type { AdapterCase } from '../../adapters/types';
import { at } from '../../adapters/case-time';

const USAGE = 'https://chatgpt.com/backend-api/wham/usage';

export const cases: AdapterCase[] = [
  {
    name: 'Plus: 5-hour and weekly windows, balance "0" without credits',
    kind: 'response',
    url: USAGE,
    fixture: 'chatgpt/usage-plus.json',
    expect: {
      readings: [
        { meter: 'five_hour', percentUsed: 46, resetsAt: at('+4h') },
        { meter: 'weekly', percentUsed: 15, resetsAt: at('+3d12h') },
      ],
    },
  },
  {
    name: 'free plan: a weekly primary window, null secondary, null balance',
    kind: 'response',
    url: USAGE,
    fixture: 'chatgpt/usage-free.json',
    expect: { readings: [{ meter: 'weekly', percentUsed: 3, resetsAt: at('+5d4h') }] },
  },
  {
    name: 'Pro: per-model limits and a credit balance as a string',
    kind: 'response',
    url: USAGE,
    fixture: 'chatgpt/usage-pro-credits.json',
    expect: {
      readings: [
        { meter: 'five_hour', percentUsed: 12.5, resetsAt: at('+4h') },
        { meter: 'weekly', percentUsed: 30, resetsAt: undefined },
        { meter: 'other_five_hour', percentUsed: 64, resetsAt: at('+5h') },
        { meter: 'other_weekly', percentUsed: 20, resetsAt: undefined },
        { meter: 'credits', remaining: 1193.6 },
      ],
    },
  },
  {
    name: 'hostile usage',
    kind: 'response',
    url: USAGE,
    fixture: 'chatgpt/usage-hostile.json',
    expect: { failure: /rate_limit\.primary_window\.used_percent/ },
  },
  {
    name: 'Codex usage page text',
    kind: 'text',
    url: 'https://chatgpt.com/codex/settings/usage',
    fixture: 'chatgpt/codex-usage.html',
    expect: {
      readings: [
        { meter: 'five_hour', percentUsed: 28 },
        { meter: 'weekly', percentUsed: 59.5 },
        { meter: 'credits', remaining: 1193.6 },
      ],
    },
  },
  {
    name: 'a message; cost left to the balance drop',
    kind: 'request',
    url: 'https://chatgpt.com/backend-api/conversation',
    fixture: 'chatgpt/conversation-request.json',
    expect: {
      tasks: [{ kind: 'message', model: 'gpt-5', siteId: '3f2b8c1e-9d4a-4e21-b7a0-5c6d7e8f9a01' }],
    },
  },
];
