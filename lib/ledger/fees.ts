import type { CreditwatchDB } from '../db/database';
import { SETTINGS_KEYS } from '../model/settings';
import { loadSettings, type Settings } from '../settings/load';
import { monthOf } from './calendar';

export interface Fee {
  tool: string;
  usd: number;
}

/**
 * Subscription fees counted in a month: every enabled tool with a fee. Read from the settings
 * rows, so the month view and the CSV count the very same fees.
 */
export async function feesOf(db: CreditwatchDB, settings?: Settings): Promise<Fee[]> {
  const s = settings ?? (await loadSettings(db));
  const prefix = SETTINGS_KEYS.tool('');
  const keys = (await db.settings.where('key').startsWith(prefix).primaryKeys()) as string[];
  return keys
    .map((k) => k.slice(prefix.length))
    .sort()
    .flatMap((tool) => {
      const ts = s.tool(tool);
      return ts.enabled && ts.monthlyFee ? [{ tool, usd: ts.monthlyFee }] : [];
    });
}

/**
 * A fee is counted for the current month, and for an earlier month that has any data: the
 * chart must not bill a user for months before they started tracking, nor for the future.
 */
export function feeApplies(month: string, hasData: boolean, now: number): boolean {
  const current = monthOf(now);
  return month === current || (month < current && hasData);
}
