import type { Reading } from '../model/reading';
import type { Task } from '../model/task';
import type { MeterSpec } from '../model/tool';
import { consumed } from './delta';

/**
 * Reconciles the tasks seen between two readings of a meter with the balance drop between
 * them. Rate-card costs that add up to the drop are marked confirmed; a lone task of unknown
 * cost takes the drop as its cost. Either way the drop and the task are one spend, not two.
 * Returns only the tasks that changed.
 */
export function reconcile(prev: Reading, next: Reading, tasks: Task[], spec: MeterSpec): Task[] {
  const drop = consumed(prev, next);
  if (drop === undefined || drop <= 0 || tasks.length === 0) return [];
  const carded = tasks.filter((t) => t.basis === 'rate_card' && t.meter === next.meter);
  const cardSum = Math.round(carded.reduce((s, t) => s + (t.cost ?? 0), 0) * 1e6) / 1e6;
  if (carded.length > 0 && cardSum === drop)
    return carded.filter((t) => !t.confirmed).map((t) => ({ ...t, confirmed: true }));
  const unknown = tasks.filter((t) => t.basis === 'unknown');
  if (unknown.length === 1 && carded.length === 0 && tasks.length === 1)
    return [
      { ...unknown[0]!, cost: drop, unit: spec.unit, meter: next.meter, basis: 'balance_drop' },
    ];
  return [];
}
