import * as z from 'zod/mini';
import { amount, epochMs, key, percent, rowId, scale } from './bounds';
import { SOURCES } from './enums';

const values = {
  remaining: z.optional(amount()),
  used: z.optional(amount()),
  limit: z.optional(amount()),
  percentUsed: z.optional(percent()),
  resetsAt: z.optional(epochMs()),
};

// Only the balance is mandatory: some remaining, used or percent. The rest fails soft.
const hasBalance = z.refine<{ remaining?: number; used?: number; percentUsed?: number }>(
  (r) => r.remaining !== undefined || r.used !== undefined || r.percentUsed !== undefined,
  { message: 'a reading needs remaining, used or percentUsed' },
);

/**
 * What an adapter may say about one meter. Values are raw as the site sends them; `scale`
 * turns them into the meter's unit (0.01 for cents), so nothing is converted twice.
 */
export const ReadingDraft = z
  .object({ meter: key(), ...values, scale: z.optional(scale()), exact: z.optional(z.boolean()) })
  .check(hasBalance);
export type ReadingDraft = z.infer<typeof ReadingDraft>;

/** A stored reading: a draft attributed to a tool by the background, stamped and sourced. */
export const Reading = z
  .object({
    id: rowId(),
    tool: key(),
    meter: key(),
    /** `tool:meter`, the Meter's key. */
    meterKey: z.string().check(z.maxLength(81)),
    ...values,
    scale: scale(),
    exact: z.boolean(),
    at: epochMs(),
    source: z.enum(SOURCES),
  })
  .check(hasBalance);
export type Reading = z.infer<typeof Reading>;
