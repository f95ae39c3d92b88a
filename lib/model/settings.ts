import * as z from 'zod/mini';
import { amount, percent } from './bounds';

export const ToolSettings = z.object({
  enabled: z.boolean(),
  /** Warn when less than this percent of a known limit is left. */
  lowPercent: percent(),
  /** USD per unit of the tool's main meter; undefined when the user has not said. */
  pricePerUnit: z.optional(amount()),
  monthlyFee: z.optional(amount()),
});
export type ToolSettings = z.infer<typeof ToolSettings>;

export const DEFAULT_TOOL_SETTINGS: ToolSettings = { enabled: true, lowPercent: 20 };
