import type { CostBasis, TaskKind, Unit } from './enums';

/** Cost totals of one task kind in one unit. */
export interface UnitCost {
  /** Tasks whose cost is known in this unit. */
  n: number;
  sum: number;
  /** The least certain basis among them. */
  basis: CostBasis;
}

export interface KindTotals {
  /** All tasks of this kind, costed or not. */
  n: number;
  cost: Partial<Record<Unit, UnitCost>>;
}

/**
 * One tool's day (local calendar day), derived from its readings and tasks by the ledger and
 * rewritten whenever a batch touches that day. Units only: money is units × the user's price
 * at view time, so changing a price never needs a rebuild.
 */
export interface DayRow {
  /** `${tool}|${day}` */
  key: string;
  tool: string;
  /** YYYY-MM-DD in the user's time zone. */
  day: string;
  tasks: Partial<Record<TaskKind, KindTotals>>;
  /** Units spent: tasks plus consumption no task explains; each spend counted once. */
  spent: Partial<Record<Unit, number>>;
  /** Units added by top-ups (balance rose without a reset). */
  toppedUp: Partial<Record<Unit, number>>;
  /** Windows or billing cycles that renewed this day. */
  resets: number;
  /** Each meter's last state that day, for the balance chart. */
  close: Record<string, { at: number; percentLeft?: number; remaining?: number }>;
}
