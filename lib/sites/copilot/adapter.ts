import { textNumber } from '../../adapters/fields';
import type { ReadingDraft } from '../../model/reading';
import type { Readers } from '../../adapters/types';

/** Premium requests reset on the 1st of each month, 00:00 UTC: the next such moment after `at`. */
function nextMonthStart(at: number): number {
  const d = new Date(at);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/**
 * GitHub Copilot: premium requests used of the monthly allowance, read from the settings pages'
 * text. The JSON that has it (api.github.com/copilot_internal) needs an OAuth token, not a page
 * call. No tasks: content scripts run only on /settings/*, never where chat requests are sent,
 * and a request's cost depends on the model's multiplier (0 for some, more than 1 for others).
 */
export const readers: Readers = {
  responses: [],
  // No stable ids are known on these pages, so the visible phrase anchors each value. [?]
  probes: [
    // Billing / usage variant: "Premium requests 123.5 / 300" or "… 123.5 of 300".
    {
      name: 'premium_count',
      pattern: /premium requests?\D{0,40}\d[\d,]*(\.\d+)?\s*(\/|of)\s*\d[\d,]*/,
    },
    // Copilot settings variant: "Premium requests … 41.2% used".
    { name: 'premium_percent', pattern: /premium requests?.{0,80}?\d{1,3}(\.\d+)?%\s*used/ },
  ],
  readText: (texts, ctx) => {
    const r: ReadingDraft = { meter: 'premium' };
    const c = /(\d[\d,]*(?:\.\d+)?)\s*(?:\/|of)\s*(\d[\d,]*)/i.exec(texts.premium_count ?? '');
    if (c) Object.assign(r, { used: textNumber(c[1]), limit: textNumber(c[2]) });
    const p = /(\d{1,3}(?:\.\d+)?)%/.exec(texts.premium_percent ?? '');
    if (p) r.percentUsed = Number(p[1]);
    if (!c && !p) return [];
    return [{ ...r, resetsAt: nextMonthStart(ctx.at) }];
  },
};
