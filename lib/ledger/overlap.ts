/**
 * Meters whose drops are not a spend of their own, so the ledger leaves them out:
 * - OpenRouter's per-key limit is a cap over the account's dollars, whose balance meter
 *   already sees every cent.
 * - Cursor's included usage is dollars of allowance the subscription already paid for;
 *   counting them would charge the plan twice once the user enters Cursor's monthly fee.
 *   What Cursor bills beyond it is the on-demand meter, which is counted.
 * (Belongs on MeterSpec one day; kept here as data.)
 */
export const OVERLAPPING_METERS: ReadonlySet<string> = new Set([
  'openrouter:key_limit',
  'cursor:plan',
]);
