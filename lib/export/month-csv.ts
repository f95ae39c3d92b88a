import { toolById } from '../catalog';
import type { CreditwatchDB } from '../db/database';
import { isoLocal, monthRange, nextDayStart, dayOf } from '../ledger/calendar';
import { feeApplies, feesOf } from '../ledger/fees';
import { round6, type LedgerLine } from '../ledger/line';
import { ToolScanner, ledgerTools, unitsOf } from '../ledger/scan';
import type { Unit } from '../model/enums';
import { loadSettings, type Settings } from '../settings/load';
import { pricePerUnit } from '../settings/of';
import { BOM, HEADER, csvLines, type Cell } from './csv';

/** USD per unit of a tool at the user's prices; undefined when no price is known. */
export type Pricer = (tool: string, unit: Unit) => number | undefined;

/** A Pricer that looks each tool and unit up once: an export asks for every line. */
export function pricer(settings: Settings): Pricer {
  const known = new Map<string, number | undefined>();
  return (tool, unit) => {
    const key = `${tool}|${unit}`;
    if (!known.has(key))
      known.set(key, pricePerUnit(unit, settings.tool(tool), toolById(tool)?.pricePerUnit));
    return known.get(key);
  };
}

/** USD of a spending line; undefined when no price is known. */
export function costUsd(l: LedgerLine, price: Pricer): number | undefined {
  if (l.quantity === undefined || !l.unit) return undefined;
  const p = price(l.tool, l.unit);
  return p === undefined ? undefined : round6(l.quantity * p);
}

export function rowOf(l: LedgerLine, name: string, price: Pricer): Cell[] {
  // A top-up's money is counted when its units are spent, so it carries no cost of its own.
  const cost = l.kind === 'topup' ? undefined : costUsd(l, price);
  return [isoLocal(l.at), name, l.activity, l.model, l.quantity, l.unit, cost, l.basis];
}

/**
 * The CSV of one month as a stream of chunks: the header (after a BOM), one subscription line
 * per enabled tool with a fee, then a day at a time every task, consumption and top-up, read
 * with indexed range queries so a month of any size is never held in memory at once.
 */
export async function* monthCsv(
  db: CreditwatchDB,
  month: string,
  now = Date.now(),
): AsyncGenerator<string> {
  const [start, end] = monthRange(month);
  const settings = await loadSettings(db);
  const price = pricer(settings);
  const tools = await ledgerTools(db);
  const name = new Map(tools.map((t) => [t.id, t.name]));
  yield BOM + csvLines([[...HEADER]]);
  const hasData = !!(await db.days.where('day').between(`${month}-01`, `${month}-32`).first());
  if (feeApplies(month, hasData, now))
    yield csvLines(
      (await feesOf(db, settings)).map((f) => [
        isoLocal(start),
        name.get(f.tool) ?? f.tool,
        'subscription',
        undefined,
        1,
        'month',
        f.usd,
        'subscription',
      ]),
    );
  const scanners: ToolScanner[] = [];
  for (const t of tools) {
    const units = await unitsOf(db, t.id);
    if (units) scanners.push(await ToolScanner.open(db, t.id, units, start));
  }
  for (let day = start; day < end; day = nextDayStart(dayOf(day))) {
    const next = Math.min(end, nextDayStart(dayOf(day)));
    const rows: Cell[][] = [];
    for (const s of scanners)
      for (const l of (await s.page(day, next)).lines)
        if (l.kind !== 'reset') rows.push(rowOf(l, name.get(l.tool) ?? l.tool, price));
    if (rows.length) yield csvLines(rows);
  }
}
