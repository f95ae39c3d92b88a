import * as z from 'zod/mini';
import { num, textNumber } from '../../adapters/fields';
import { endpoint, type Readers } from '../../adapters/types';

/**
 * Runway: the web app's credits (from visible text; its JSON is unknown [?]) and the developer
 * API organisation's credits. Runway keeps the two pools apart (credits do not move between web
 * app and API accounts), so they are two meters. 1 credit = $0.01.
 *
 * Not read, on purpose:
 * - `tier.maxMonthlyCreditSpend`: a cap needs a "used this month" figure, and /v1/organization
 *   gives none; a reading of a limit alone is not allowed.
 * - POST /v1/organization/usage: per-day, per-model totals over a range the page chose. They are
 *   not tasks (one row is many generations), and the range is not in the response, so summing
 *   them could understate a month's spend. Balance drops already show the same spending.
 * - Generation requests (/v1/image_to_video etc.): SITES.md gives neither the paths nor a rate
 *   card, and API calls come from a server holding a key, not from a page.
 */
export const readers: Readers = {
  responses: [
    endpoint({
      match: /^\/v1\/organization\/?(\?|$)/,
      schema: z.object({ creditBalance: num() }),
      read: (d) => ({ readings: [{ meter: 'api_credits', remaining: d.creditBalance }] }),
    }),
  ],
  probes: [
    // [?] The app shows the balance top right and on the billing page; the markup is unknown,
    // so only a text anchor: "625 credits" or "Credits: 625", but not a rate ("5 credits per
    // second"). The lookbehind keeps "1,840" whole when text runs into it ("Runway1,840").
    {
      name: 'credits',
      pattern:
        /(?<![\d.,])(\d{1,3}(,\d{3})+|\d+)\s+credits(?!\s*(per|\/|each))|credits\s*(left|remaining)?\s*:\s*(\d{1,3}(,\d{3})+|\d+)/i,
    },
  ],
  readText: (texts) => {
    const m = /\d[\d,]*/.exec(texts.credits ?? '');
    return m ? [{ meter: 'credits', remaining: textNumber(m[0]) }] : [];
  },
};
