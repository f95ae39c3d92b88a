import * as z from 'zod/mini';
import { label } from './bounds';
import { UNITS } from './enums';

/**
 * A tool the user tracks by hand, for sites Creditwatch cannot read. Its balance is stored as
 * ordinary readings (meter `balance`, source `manual`), so history, forecasts and the ledger
 * treat it like any other tool.
 */
export const ManualTool = z.object({
  /** `m_` + a slug; never collides with an adapter id. */
  id: z.string().check(z.regex(/^m_[a-z0-9_]{1,38}$/)),
  name: label(),
  unit: z.enum(UNITS),
  usageUrl: z.optional(z.url({ protocol: /^https$/ }).check(z.maxLength(2048))),
});
export type ManualTool = z.infer<typeof ManualTool>;
