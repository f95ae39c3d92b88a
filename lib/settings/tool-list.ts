import { TOOLS } from '../catalog';
import type { Unit } from '../model/enums';
import type { ManualTool } from '../model/manual';

/** What the options page needs to know about a tool to offer its settings. */
export interface ToolChoice {
  id: string;
  name: string;
  manual: boolean;
  /** The unit a price applies to; undefined when every meter is in dollars or percent. */
  pricedUnit?: Unit;
  /** True when some meter counts dollars, so money needs no price. */
  inDollars: boolean;
  /** The tool's published USD per unit, shown as the price field's placeholder. */
  knownPrice?: number;
}

function choice(id: string, name: string, units: Unit[], manual: boolean, known?: number) {
  const priced = [...new Set(units.filter((u) => u !== 'usd' && u !== 'percent'))];
  return {
    id,
    name,
    manual,
    // Every adapter today prices at most one unit; with more, the price is per any unit.
    pricedUnit: priced[0],
    inDollars: units.includes('usd'),
    knownPrice: known,
  } satisfies ToolChoice;
}

/** Every supported site, then the manual tools, each in name order. */
export function toolChoices(manual: ManualTool[]): ToolChoice[] {
  const byName = (a: ToolChoice, b: ToolChoice) => a.name.localeCompare(b.name, 'en');
  const sites = TOOLS.map((a) =>
    choice(
      a.id,
      a.name,
      Object.values(a.meters).map((m) => m.unit),
      false,
      a.pricePerUnit,
    ),
  ).sort(byName);
  const own = manual.map((m) => choice(m.id, m.name, [m.unit], true)).sort(byName);
  return [...sites, ...own];
}
