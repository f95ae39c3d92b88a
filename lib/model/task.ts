import * as z from 'zod/mini';
import { amount, epochMs, key, label, rowId } from './bounds';
import { COST_BASES, TASK_KINDS, UNITS } from './enums';

/** One action that spends credits, as an adapter reports it. */
export const TaskDraft = z.object({
  /** The site's own id for the action when it has one, so a redelivery is the same row. */
  siteId: z.optional(z.string().check(z.regex(/^[\w.:-]{1,100}$/))),
  kind: z.enum(TASK_KINDS),
  model: z.optional(label()),
  cost: z.optional(amount()),
  unit: z.optional(z.enum(UNITS)),
  meter: z.optional(key()),
  basis: z.optional(z.enum(COST_BASES)),
  /** When it happened, for history rows the site reports later; default: when it was seen. */
  at: z.optional(epochMs()),
});
export type TaskDraft = z.infer<typeof TaskDraft>;

export const Task = z.extend(TaskDraft, {
  id: rowId(),
  tool: key(),
  at: epochMs(),
  basis: z.enum(COST_BASES),
  /** True once the balance drop around the task matched its rate-card cost. */
  confirmed: z.optional(z.boolean()),
});
export type Task = z.infer<typeof Task>;
