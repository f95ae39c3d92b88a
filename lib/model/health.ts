import * as z from 'zod/mini';
import { epochMs, key } from './bounds';

/** Why a payload or a page gave no reading; shown to the user instead of a silent zero. */
export const Failure = z.object({
  at: epochMs(),
  reason: z.string().check(z.maxLength(300)),
  /** The zod path inside the site's JSON that did not fit, when there is one. */
  path: z.optional(z.string().check(z.maxLength(200))),
  where: z.optional(z.string().check(z.maxLength(200))),
});
export type Failure = z.infer<typeof Failure>;

export const Health = z.object({
  tool: key(),
  lastOkAt: z.optional(epochMs()),
  lastFailure: z.optional(Failure),
  failures: z.int().check(z.gte(0)),
});
export type Health = z.infer<typeof Health>;
