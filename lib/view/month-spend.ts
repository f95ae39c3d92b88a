import { moneyOf } from '../ledger/money';
import type { Unit } from '../model/enums';
import type { ToolSettings } from '../model/settings';
import { t } from '../i18n';
import { formatAmount } from './format';

export interface MonthSpend {
  /** USD: priced units plus the monthly fee; undefined when nothing is priced. */
  usd?: number;
  /** Units nobody set a price for: shown as units, never as $0. */
  unpriced: Partial<Record<Unit, number>>;
}

/** This month's spending of one tool from the units it spent this month (lib/view/day-sums.ts). */
export function monthSpend(
  tool: string,
  spent: Partial<Record<Unit, number>>,
  settings: ToolSettings,
): MonthSpend {
  const money = moneyOf(tool, spent, settings);
  const priced = Object.entries(spent).some(([u, q]) => q && !(u in money.unpriced));
  const fee = settings.monthlyFee;
  const usd = priced || fee !== undefined ? money.usd + (fee ?? 0) : undefined;
  return { usd, unpriced: money.unpriced };
}

/** "$12.40", "$3.00 + 1,200 credits", "1,200 credits" or "nothing spent yet". */
export function monthSpendText(m: MonthSpend): string {
  const parts: string[] = [];
  if (m.usd !== undefined) parts.push(formatAmount(m.usd, 'usd'));
  for (const [unit, qty] of Object.entries(m.unpriced) as [Unit, number][])
    // Percent windows are rate limits, not something bought: they are no spending.
    if (qty && unit !== 'percent') parts.push(formatAmount(qty, unit));
  return parts.length ? parts.join(' + ') : t('monthNothing');
}
