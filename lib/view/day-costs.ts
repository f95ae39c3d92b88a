import type { DayRow } from '../model/day';
import { COST_BASES, type TaskKind, type Unit } from '../model/enums';
import type { TaskCost } from './task-costs';

/** Most certain first. */
const CERTAINTY: readonly string[] = COST_BASES;

/** Task totals by kind and unit: one ledger day's, or several days' added up with addTasks. */
export type TaskTotals = DayRow['tasks'];

type KindTotals = NonNullable<TaskTotals[TaskKind]>;
type UnitCost = NonNullable<KindTotals['cost'][Unit]>;

/**
 * Adds `more` into `into` (counts and sums add, the least certain basis stays) and returns it.
 * Copies what it takes, so the rows added from are never changed.
 */
export function addTasks(into: TaskTotals, more: TaskTotals): TaskTotals {
  for (const [kind, totals] of Object.entries(more) as [TaskKind, KindTotals | undefined][]) {
    if (!totals) continue;
    const acc = (into[kind] ??= { n: 0, cost: {} });
    acc.n += totals.n;
    for (const [unit, c] of Object.entries(totals.cost) as [Unit, UnitCost | undefined][]) {
      if (!c) continue;
      const u = acc.cost[unit];
      if (!u) acc.cost[unit] = { ...c };
      else {
        u.n += c.n;
        u.sum += c.sum;
        if (CERTAINTY.indexOf(c.basis) > CERTAINTY.indexOf(u.basis)) u.basis = c.basis;
      }
    }
  }
  return into;
}

/**
 * Cost per task by kind from task totals: the same figures `taskCosts` gives for the tasks
 * behind them (commonest unit wins, least certain basis kept), without reading a task.
 */
export function costsFromTotals(tasks: TaskTotals): TaskCost[] {
  return (Object.entries(tasks) as [TaskKind, KindTotals | undefined][])
    .filter((e): e is [TaskKind, KindTotals] => !!e[1] && e[1].n > 0)
    .map(([kind, totals]): TaskCost => {
      const best = (Object.entries(totals.cost) as [Unit, UnitCost | undefined][])
        .filter((e): e is [Unit, UnitCost] => !!e[1] && e[1].n > 0)
        .sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]))[0];
      if (!best) return { kind, count: totals.n };
      const [unit, u] = best;
      return { kind, count: totals.n, average: u.sum / u.n, unit, basis: u.basis };
    })
    .sort((a, b) => b.count - a.count);
}
