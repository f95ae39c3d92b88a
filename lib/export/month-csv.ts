import { adapterById } from '../adapters';
import type { CreditwatchDB } from '../db/database';
import { isoLocal, monthRange, nextDayStart, dayOf } from '../ledger/calendar';
import { feeApplies, feesOf } from '../ledger/fees';
import { round6, type LedgerLine } from '../ledger/line';
import { ToolScanner, ledgerTools, unitsOf } from '../ledger/scan';
import { loadSettings, pricePerUnit, type Settings } from '../settings/load';
import { BOM, HEADER, csvLines, type Cell } from './csv';

/** USD of a spending line at the user's prices; undefined when no price is known. */
export function costUsd(l: LedgerLine, settings: Settings): number | undefined {
  if (l.quantity === undefined || !l.unit) return undefined;
  const price = pricePerUnit(l.unit, settings.tool(l.tool), adapterById(l.tool)?.pricePerUnit);
  return price === undefined ? undefined : round6(l.quantity * price);
}

export function rowOf(l: LedgerLine, name: string, settings: Settings): Cell[] {
  // A top-up's money is counted when its units are spent, so it carries no cost of its own.
  const cost = l.kind === 'topup' ? undefined : costUsd(l, settings);
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
        if (l.kind !== 'reset') rows.push(rowOf(l, name.get(l.tool) ?? l.tool, settings));
    if (rows.length) yield csvLines(rows);
  }
}
