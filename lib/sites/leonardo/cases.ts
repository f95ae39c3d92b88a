import type { AdapterCase } from '../../adapters/types';
import { at } from '../../adapters/case-time';

const ME = 'https://cloud.leonardo.ai/api/rest/v1/me';

export const cases: AdapterCase[] = [
  {
    name: 'me, paid plan with top-up and API pools',
    kind: 'response',
    url: ME,
    fixture: 'leonardo/me.json',
    expect: {
      readings: [
        {
          meter: 'subscription',
          remaining: 7420,
          resetsAt: at('+22d21h30m'),
        },
        { meter: 'paid', remaining: 2500 },
        { meter: 'api_subscription', remaining: 3500 },
        { meter: 'api_paid', remaining: 0 },
      ],
    },
  },
  {
    name: 'me, free user: strings, nulls, unix-second renewal',
    kind: 'response',
    url: ME,
    fixture: 'leonardo/me-free.json',
    expect: {
      readings: [
        { meter: 'subscription', remaining: 120, resetsAt: at('+1d12h') },
        { meter: 'paid', remaining: 0 },
      ],
    },
  },
  {
    name: 'hostile me',
    kind: 'response',
    url: ME,
    fixture: 'leonardo/me-hostile.json',
    expect: { failure: /user_details\.0\.subscriptionTokens$/ },
  },
  {
    name: 'me without any user',
    kind: 'response',
    url: ME,
    fixture: 'leonardo/me-empty.json',
    expect: { failure: /too_small user_details$/ },
  },
  {
    name: 'token counter text',
    kind: 'text',
    url: 'https://app.leonardo.ai/',
    fixture: 'leonardo/home.html',
    expect: { readings: [{ meter: 'shown', remaining: 9920 }] },
  },
];
