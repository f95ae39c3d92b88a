import type { CostBasis, TaskKind, Unit } from '../model/enums';
import type { Task } from '../model/task';

export interface TaskCost {
  kind: TaskKind;
  count: number;
  /** Average cost of the tasks whose cost is known, in `unit`. */
  average?: number;
  unit?: Unit;
  /** The least certain basis among the averaged tasks: what the figure can be trusted as. */
  basis?: CostBasis;
}

const CERTAINTY: CostBasis[] = ['reported', 'rate_card', 'balance_drop', 'unknown'];

/** Cost per task by kind. Costs in different units are not averaged together: the commonest unit wins. */
export function taskCosts(tasks: Task[]): TaskCost[] {
  const byKind = new Map<TaskKind, Task[]>();
  for (const t of tasks) byKind.set(t.kind, [...(byKind.get(t.kind) ?? []), t]);
  return [...byKind.entries()]
    .map(([kind, list]) => {
      const costed = list.filter((t) => t.cost !== undefined && t.unit !== undefined);
      const units = new Map<Unit, number>();
      for (const t of costed) units.set(t.unit!, (units.get(t.unit!) ?? 0) + 1);
      const unit = [...units.entries()].sort(
        (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
      )[0]?.[0];
      const same = costed.filter((t) => t.unit === unit);
      if (!unit || !same.length) return { kind, count: list.length };
      const average = same.reduce((s, t) => s + t.cost!, 0) / same.length;
      const basis = CERTAINTY[Math.max(...same.map((t) => CERTAINTY.indexOf(t.basis)))];
      return { kind, count: list.length, average, unit, basis };
    })
    .sort((a, b) => b.count - a.count);
}
