import * as z from 'zod/mini';
import { num, opt, time, textNumber } from './fields';
import { endpoint, type Adapter, type AdapterCase } from './types';
import { leonardo as info } from '../catalog/leonardo';
import { at } from './case-time';

// [?] Units: Leonardo calls its credits "tokens"; what one buys varies by model and settings.
const details = z.object({
  subscriptionTokens: num(),
  paidTokens: opt(num()),
  apiSubscriptionTokens: opt(num()),
  apiPaidTokens: opt(num()),
  tokenRenewalDate: opt(time()),
});

/**
 * Leonardo.ai: one meter per token pool. GPT (prompt) and model-training pools are left out: they
 * are small side allowances. The app's header shows one total (plan, rollover and top-up tokens
 * together), which is none of the API pools, so the text reading has a meter of its own.
 */
export const leonardo: Adapter = {
  ...info,
  hosts: ['app.leonardo.ai'],
  apiHosts: ['cloud.leonardo.ai'],
  usagePath: /^\/$/,
  responses: [
    endpoint({
      match: /^\/api\/rest\/v1\/me\/?(\?|$)/,
      schema: z.object({ user_details: z.array(details).check(z.minLength(1), z.maxLength(10)) }),
      read: (d) => {
        const u = d.user_details[0]!;
        const pools = [
          ['paid', u.paidTokens],
          ['api_subscription', u.apiSubscriptionTokens],
          ['api_paid', u.apiPaidTokens],
        ] as const;
        return {
          readings: [
            {
              meter: 'subscription',
              remaining: u.subscriptionTokens,
              resetsAt: u.tokenRenewalDate,
            },
            // A pool the account does not have (null or absent) gives no reading, not a zero.
            ...pools.flatMap(([meter, v]) => (v === undefined ? [] : [{ meter, remaining: v }])),
          ],
        };
      },
    }),
  ],
  probes: [
    // [?] Markup unknown: the counter may be a bare number beside an icon, which no anchor can
    // tell from other numbers. Read only the phrasing "N tokens left|remaining|available"; a
    // "Tokens: N" anchor is left out because the hover card's "Fast tokens" line could match it.
    {
      name: 'tokens',
      pattern: /(?<![\d.,])(\d{1,3}(,\d{3})+|\d+)\s+tokens?\s+(left|remaining|available)/i,
    },
  ],
  readText: (texts) => {
    const m = /\d[\d,]*/.exec(texts.tokens ?? '');
    return m ? [{ meter: 'shown', remaining: textNumber(m[0]) }] : [];
  },
};

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
