import { toolById } from '../catalog';
import type { Unit } from '../model/enums';
import type { ToolSettings } from '../model/settings';
import { pricePerUnit } from '../settings/of';

export interface Money {
  /** USD for the units whose price is known. */
  usd: number;
  /** Units spent whose price nobody knows: shown as units, never as $0. */
  unpriced: Partial<Record<Unit, number>>;
}

/** Turns units spent into money at the user's prices (or the tool's known price). */
export function moneyOf(
  tool: string,
  spent: Partial<Record<Unit, number>>,
  settings: ToolSettings,
): Money {
  const known = toolById(tool)?.pricePerUnit;
  const out: Money = { usd: 0, unpriced: {} };
  for (const [unit, qty] of Object.entries(spent) as [Unit, number][]) {
    if (!qty) continue;
    const price = pricePerUnit(unit, settings, known);
    if (price === undefined) out.unpriced[unit] = (out.unpriced[unit] ?? 0) + qty;
    else out.usd += qty * price;
  }
  out.usd = Math.round(out.usd * 1e6) / 1e6;
  return out;
}

/** Adds units of several days or tools together. */
export function addUnits(
  into: Partial<Record<Unit, number>>,
  more: Partial<Record<Unit, number>>,
): Partial<Record<Unit, number>> {
  for (const [unit, qty] of Object.entries(more) as [Unit, number][])
    into[unit] = (into[unit] ?? 0) + qty;
  return into;
}
