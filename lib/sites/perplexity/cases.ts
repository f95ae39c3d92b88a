import type { AdapterCase } from '../../adapters/types';
import { at } from '../../adapters/case-time';

const CREDITS = 'https://www.perplexity.ai/rest/billing/credits?version=2.18&source=default';

export const cases: AdapterCase[] = [
  {
    name: 'credits with grants and a renewal date',
    kind: 'response',
    url: CREDITS,
    fixture: 'perplexity/credits.json',
    expect: {
      readings: [
        {
          meter: 'credits',
          remaining: 432,
          used: 568,
          resetsAt: at('+9d12h'),
          scale: 0.01,
        },
      ],
    },
  },
  {
    name: 'numeric strings, no renewal date: the recurring grant expiry',
    kind: 'response',
    url: CREDITS,
    fixture: 'perplexity/credits-strings.json',
    expect: {
      readings: [
        {
          meter: 'credits',
          remaining: 1250,
          used: undefined,
          resetsAt: at('+13d12h'),
          scale: 0.01,
        },
      ],
    },
  },
  {
    name: 'hostile credits',
    kind: 'response',
    url: CREDITS,
    fixture: 'perplexity/credits-hostile.json',
    expect: { failure: /balance_cents/ },
  },
  {
    name: 'usage page text',
    kind: 'text',
    url: 'https://www.perplexity.ai/account/usage',
    fixture: 'perplexity/usage.html',
    expect: { readings: [{ meter: 'credits', remaining: 4.32 }] },
  },
];
