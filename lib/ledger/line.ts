import type { CostBasis, TaskKind, Unit } from '../model/enums';

/** How a ledger line's quantity is known; the CSV's `basis` column. */
export type LineBasis =
  'reported' | 'rate card' | 'balance drop' | 'subscription' | 'manual' | 'unknown';

export type LineKind = 'task' | 'consumption' | 'topup' | 'reset';

/**
 * One entry of the ledger. Tasks and the consumption no task explains are spending; a top-up
 * adds units (its money is counted when they are used, so never twice); a reset spends nothing.
 */
export interface LedgerLine {
  at: number;
  tool: string;
  /** The task kind, or the line kind for lines that are not tasks. */
  activity: TaskKind | 'consumption' | 'top-up' | 'reset';
  model?: string;
  /** Undefined when nobody knows (a task whose cost was never seen): never shown as 0. */
  quantity?: number;
  unit?: Unit;
  basis: LineBasis;
  meter?: string;
  kind: LineKind;
}

export const BASIS_OF_TASK: Record<CostBasis, LineBasis> = {
  reported: 'reported',
  rate_card: 'rate card',
  balance_drop: 'balance drop',
  unknown: 'unknown',
};

/** Rounds to a millionth so float noise never becomes a spend. */
export function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
