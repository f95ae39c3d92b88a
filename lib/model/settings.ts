import * as z from 'zod/mini';
import { amount, percent } from './bounds';

/** What the user decides per tool; every field has a default, so a missing row means defaults. */
export const ToolSettings = z.object({
  enabled: z.boolean(),
  /** Low when less than this percent of a known limit is left. */
  lowPercent: percent(),
  /** Low when fewer units than this are left, for balances without a known limit. */
  lowAmount: z.optional(amount()),
  /** USD per unit of the tool's meters; undefined falls back to the tool's known price. */
  pricePerUnit: z.optional(amount()),
  /** Subscription fee in USD, counted once per month while the tool is enabled. */
  monthlyFee: z.optional(amount()),
});
export type ToolSettings = z.infer<typeof ToolSettings>;

/** Settings across all tools. */
export const GlobalSettings = z.object({
  /** Monthly budget in USD across all tools; an alert fires when spending passes it. */
  budgetUsd: z.optional(amount()),
  notifyLow: z.boolean(),
  /** When the recent pace says a meter runs out before it resets. */
  notifyRunOut: z.boolean(),
  /** When a window or billing cycle renews: off by default, it is good news, not a warning. */
  notifyReset: z.boolean(),
});
export type GlobalSettings = z.infer<typeof GlobalSettings>;

/** Keys of the `settings` table. */
export const SETTINGS_KEYS = {
  global: 'global',
  tool: (id: string) => `tool:${id}`,
} as const;
