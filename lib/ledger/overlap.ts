/**
 * Meters that watch money another meter of the same tool already counts: their drops are not
 * a second spend. OpenRouter's per-key limit is a cap over the account's dollars, whose
 * balance meter already sees every cent. (Belongs on MeterSpec one day; kept here as data.)
 */
export const OVERLAPPING_METERS: ReadonlySet<string> = new Set(['openrouter:key_limit']);
