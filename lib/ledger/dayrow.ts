import { scaled } from '../ingest/delta';
import { COST_BASES, type CostBasis, type TaskKind } from '../model/enums';
import type { DayRow, KindTotals } from '../model/day';
import type { Reading } from '../model/reading';
import { round6, type LedgerLine } from './line';
import { addUnits } from './money';

const TASK_BASIS: Record<string, CostBasis> = {
  reported: 'reported',
  'rate card': 'rate_card',
  'balance drop': 'balance_drop',
};

/** The less certain of two bases (COST_BASES runs from most to least certain). */
function weaker(a: CostBasis, b: CostBasis): CostBasis {
  return COST_BASES.indexOf(a) >= COST_BASES.indexOf(b) ? a : b;
}

function closeOf(r: Reading): DayRow['close'][string] {
  const remaining = scaled(r, 'remaining');
  const [used, limit] = [scaled(r, 'used'), scaled(r, 'limit')];
  const left = remaining ?? (used !== undefined && limit !== undefined ? limit - used : undefined);
  const percentLeft =
    r.percentUsed !== undefined
      ? 100 - r.percentUsed
      : left !== undefined && limit
        ? Math.max(0, Math.min(100, (left / limit) * 100))
        : undefined;
  return {
    at: r.at,
    ...(percentLeft !== undefined && { percentLeft: round6(percentLeft) }),
    ...(left !== undefined && { remaining: round6(Math.max(0, left)) }),
  };
}

/**
 * One tool's day from that day's ledger lines and readings; undefined for a day with neither,
 * so a day whose data was deleted loses its row.
 */
export function buildDay(
  tool: string,
  day: string,
  lines: LedgerLine[],
  readings: Reading[],
): DayRow | undefined {
  if (!lines.length && !readings.length) return undefined;
  const row: DayRow = {
    key: `${tool}|${day}`,
    tool,
    day,
    tasks: {},
    spent: {},
    toppedUp: {},
    resets: 0,
    close: {},
  };
  for (const l of lines) {
    if (l.kind === 'reset') row.resets++;
    else if (l.kind === 'topup' && l.unit && l.quantity !== undefined)
      addUnits(row.toppedUp, { [l.unit]: l.quantity });
    else if (l.unit && l.quantity !== undefined) addUnits(row.spent, { [l.unit]: l.quantity });
    if (l.kind !== 'task') continue;
    const k: KindTotals = (row.tasks[l.activity as TaskKind] ??= { n: 0, cost: {} });
    k.n++;
    if (!l.unit || l.quantity === undefined) continue;
    const basis = TASK_BASIS[l.basis] ?? 'unknown';
    const c = k.cost[l.unit];
    k.cost[l.unit] = c
      ? { n: c.n + 1, sum: round6(c.sum + l.quantity), basis: weaker(c.basis, basis) }
      : { n: 1, sum: l.quantity, basis };
  }
  for (const u of Object.keys(row.spent) as (keyof DayRow['spent'])[])
    row.spent[u] = round6(row.spent[u]!);
  for (const u of Object.keys(row.toppedUp) as (keyof DayRow['toppedUp'])[])
    row.toppedUp[u] = round6(row.toppedUp[u]!);
  for (const r of readings)
    if ((row.close[r.meter]?.at ?? -Infinity) <= r.at) row.close[r.meter] = closeOf(r);
  return row;
}
