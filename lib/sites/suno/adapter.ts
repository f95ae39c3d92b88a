import * as z from 'zod/mini';
import { num, opt, time, textNumber } from '../../adapters/fields';
import { endpoint, type Readers } from '../../adapters/types';

/** Suno: credits from the billing info the app fetches; a generation is one task. */
export const readers: Readers = {
  responses: [
    endpoint({
      match: /^\/api\/billing\/info\/?(\?|$)/,
      schema: z.object({
        total_credits_left: num(),
        monthly_limit: opt(num()),
        monthly_usage: opt(num()),
        renews_on: opt(time()),
      }),
      read: (d) => ({
        readings: [
          {
            meter: 'credits',
            remaining: d.total_credits_left,
            limit: d.monthly_limit,
            used: d.monthly_usage,
            resetsAt: d.renews_on,
          },
        ],
      }),
    }),
  ],
  requests: [
    {
      kind: 'song',
      method: 'POST',
      match: /^\/api\/generate\/v2\/?$/,
      read: (req, res) => {
        const body = z.object({ mv: opt(z.string().check(z.maxLength(80))) }).safeParse(req);
        const out = z.object({ id: opt(z.string().check(z.maxLength(100))) }).safeParse(res);
        return {
          model: body.success ? body.data.mv : undefined,
          siteId: out.success ? out.data.id : undefined,
        };
      },
    },
  ],
  probes: [
    // The sidebar's credit counter; its test id first, the visible phrase as a fallback.
    {
      name: 'credits',
      selectors: ['[data-testid="credits-count"]'],
      pattern: /\b[\d,]+\s+credits\b/i,
    },
  ],
  readText: (texts) => {
    const m = /([\d,]+)/.exec(texts.credits ?? '');
    return m ? [{ meter: 'credits', remaining: textNumber(m[1]) }] : [];
  },
};
