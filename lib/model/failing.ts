import type { Failure, Health } from './health';

// Apart from the schemas in ./health.ts, so that the popup does not load zod to call it.

/** A reader is failing when its last failure is newer than its last good reading. */
export function isFailing(h: Health | undefined): h is Health & { lastFailure: Failure } {
  return !!h?.lastFailure && (h.lastOkAt === undefined || h.lastFailure.at > h.lastOkAt);
}
