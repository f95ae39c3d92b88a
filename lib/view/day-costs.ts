import type { DayRow } from '../model/day';
import type { CostBasis, TaskKind, Unit } from '../model/enums';
import type { TaskCost } from './task-costs';

const CERTAINTY: CostBasis[] = ['reported', 'rate_card', 'balance_drop', 'unknown'];

interface Acc {
  n: number;
  units: Map<Unit, { n: number; sum: number; worst: number }>;
}

/**
 * Cost per task by kind from the ledger's day totals: the same figures `taskCosts` gives for
 * the tasks behind them (commonest unit wins, least certain basis kept), without reading a task.
 */
export function costsFromDays(days: DayRow[]): TaskCost[] {
  const byKind = new Map<TaskKind, Acc>();
  for (const day of days)
    for (const [kind, totals] of Object.entries(day.tasks) as [
      TaskKind,
      DayRow['tasks'][TaskKind],
    ][]) {
      if (!totals) continue;
      const acc = byKind.get(kind) ?? { n: 0, units: new Map() };
      acc.n += totals.n;
      for (const [unit, c] of Object.entries(totals.cost) as [
        Unit,
        { n: number; sum: number; basis: CostBasis },
      ][]) {
        if (!c || !c.n) continue;
        const u = acc.units.get(unit) ?? { n: 0, sum: 0, worst: 0 };
        u.n += c.n;
        u.sum += c.sum;
        u.worst = Math.max(u.worst, CERTAINTY.indexOf(c.basis));
        acc.units.set(unit, u);
      }
      byKind.set(kind, acc);
    }
  return [...byKind.entries()]
    .filter(([, acc]) => acc.n > 0)
    .map(([kind, acc]): TaskCost => {
      const best = [...acc.units.entries()].sort(
        (a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]),
      )[0];
      if (!best) return { kind, count: acc.n };
      const [unit, u] = best;
      return { kind, count: acc.n, average: u.sum / u.n, unit, basis: CERTAINTY[u.worst] };
    })
    .sort((a, b) => b.count - a.count);
}
