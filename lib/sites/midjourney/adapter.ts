import { textNumber } from '../../adapters/fields';
import type { Readers } from '../../adapters/types';

const NUM = String.raw`\d[\d,]*(?:\.\d+)?`;
// "Fast Time Remaining: 29.57/30.0 hours (98.58%)", spacing and the colon vary with layout.
const FRACTION = new RegExp(
  `fast\\s*time\\s*remaining\\s*:?\\s*(${NUM})\\s*/\\s*(${NUM})\\s*h`,
  'i',
);
// A layout that shows only the percentage left, e.g. "Fast Time Remaining: 98.58%" [?].
const PERCENT = new RegExp(`fast\\s*time\\s*remaining\\s*:?\\s*(${NUM})\\s*%`, 'i');

/** Midjourney: no JSON to read, so the account page's "Fast Time Remaining" line. */
export const readers: Readers = {
  responses: [],
  probes: [
    {
      name: 'fast_time',
      pattern:
        /fast\s*time\s*remaining\s*:?\s*[\d.,]+\s*(\/\s*[\d.,]+\s*hours?)?\s*(\(\s*[\d.]+\s*%\s*\)|%)?/i,
    },
  ],
  readText: (texts) => {
    const text = texts.fast_time ?? '';
    const f = FRACTION.exec(text);
    if (f) {
      const remaining = textNumber(f[1]);
      const limit = textNumber(f[2]);
      if (remaining === undefined) return [];
      return [{ meter: 'fast_hours', remaining, limit }];
    }
    const p = textNumber(PERCENT.exec(text)?.[1]);
    if (p === undefined || p > 100) return [];
    // The page gives what is left; meters hold percent used. Rounded so 100 - 98.58 is 1.42.
    return [{ meter: 'fast_hours', percentUsed: Math.round((100 - p) * 1e4) / 1e4 }];
  },
};
