import type { AdapterCase } from '../../adapters/types';
import { addMonthsUtc, at } from '../../adapters/case-time';

export const cases: AdapterCase[] = [
  {
    name: 'usage summary, cents, with on-demand on',
    kind: 'response',
    url: 'https://cursor.com/api/usage-summary',
    fixture: 'cursor/usage-summary.json',
    expect: {
      readings: [
        {
          meter: 'plan',
          used: 1207,
          limit: 2000,
          remaining: 793,
          percentUsed: 60.35,
          resetsAt: at('+9d12h'),
          scale: 0.01,
        },
        {
          meter: 'on_demand',
          used: 450,
          limit: 10000,
          resetsAt: at('+9d12h'),
          scale: 0.01,
        },
      ],
    },
  },
  {
    name: 'usage summary, numeric strings, ms time, on-demand off',
    kind: 'response',
    url: 'https://cursor.com/api/usage-summary',
    fixture: 'cursor/usage-summary-strings.json',
    expect: {
      readings: [
        {
          meter: 'plan',
          used: 500,
          limit: 2000,
          remaining: 1500,
          percentUsed: 25,
          resetsAt: at('+8d12h'),
          scale: 0.01,
        },
      ],
    },
  },
  {
    name: 'legacy request counts; the month ends on the 30th',
    kind: 'response',
    url: 'https://cursor.com/api/usage?user=user_01JABCDEF',
    fixture: 'cursor/usage-legacy.json',
    // The fixture's month starts 21 days before the clock; the reset is a calendar month on.
    expect: (now) => ({
      readings: [
        {
          meter: 'requests',
          used: 123,
          limit: 500,
          resetsAt: addMonthsUtc(at('-21d2h45m', now), 1),
        },
      ],
    }),
  },
  {
    name: 'usage events with cost in cents',
    kind: 'response',
    url: 'https://cursor.com/api/dashboard/get-filtered-usage-events',
    fixture: 'cursor/usage-events.json',
    // An event's id is its timestamp, so it moves with the clock too.
    expect: (now) => ({
      tasks: [
        {
          kind: 'completion',
          siteId: String(at('-1h45m', now)),
          at: at('-1h45m', now),
          model: 'claude-4.5-sonnet-thinking',
          cost: 0.039,
          unit: 'usd',
          meter: 'plan',
          basis: 'reported',
        },
        {
          kind: 'completion',
          siteId: String(at('-1h50m', now)),
          at: at('-1h50m', now),
          model: 'gpt-5',
          cost: 0.125,
          unit: 'usd',
          meter: 'on_demand',
          basis: 'reported',
        },
      ],
    }),
  },
  {
    name: 'hostile usage summary',
    kind: 'response',
    url: 'https://cursor.com/api/usage-summary',
    fixture: 'cursor/usage-summary-hostile.json',
    expect: { failure: /individualUsage\.plan\.used/ },
  },
];
