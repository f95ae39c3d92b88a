import { consumed, scaled } from '../ingest/delta';
import type { Unit } from '../model/enums';
import type { Reading } from '../model/reading';
import type { Task } from '../model/task';
import { BASIS_OF_TASK, round6, type LedgerLine } from './line';
import type { MeterSpec } from '../model/tool';

/** What the fold needs to know about a tool: the meters that count, and the unit of each. */
export type MeterUnits = Record<string, Unit>;

/** The meters whose drops are spending, with their units: all but those that overlap another. */
export function ledgerUnits(meters: Record<string, MeterSpec>): MeterUnits {
  return Object.fromEntries(
    Object.entries(meters).flatMap(([m, s]) => (s.overlaps ? [] : [[m, s.unit] as const])),
  );
}

/** A window or billing cycle renewed between two readings: the rise is not a top-up. */
export function isReset(prev: Reading, next: Reading): boolean {
  if (prev.resetsAt !== undefined && prev.resetsAt <= next.at) return true;
  if (prev.resetsAt !== undefined && next.resetsAt !== undefined && next.resetsAt > prev.resetsAt)
    return true;
  const [pu, nu] = [scaled(prev, 'used'), scaled(next, 'used')];
  return pu !== undefined && nu !== undefined && nu < pu;
}

/**
 * The ledger of one tool as a left fold over its tasks and readings in time order, so a month
 * or a year streams through in pages without being held in memory. Per meter it keeps the last
 * reading and the cost of the tasks charged to it since: the consumption of an interval is the
 * balance drop minus those costs, so a task and the drop it caused are one line, not two.
 * Lines dated before `from` are folded (they explain later drops) but not emitted.
 */
export class LedgerFold {
  private last = new Map<string, Reading>();
  private charged = new Map<string, number>();

  constructor(
    readonly tool: string,
    private units: MeterUnits,
    private from = -Infinity,
  ) {}

  /** The reading just before the range, per meter. */
  seed(r: Reading): void {
    this.last.set(r.meter, r);
  }

  /** Which meter a task's cost came out of: its own, else the tool's only meter in its unit. */
  private meterOf(t: Task): string | undefined {
    if (t.meter) return t.meter;
    if (!t.unit) return undefined;
    const same = Object.keys(this.units).filter((m) => this.units[m] === t.unit);
    return same.length === 1 ? same[0] : undefined;
  }

  task(t: Task): LedgerLine[] {
    const meter = this.meterOf(t);
    const unit = t.unit ?? (meter ? this.units[meter] : undefined);
    // A task at or before the meter's last reading was already in that reading's balance.
    const after = !meter || (this.last.get(meter)?.at ?? -Infinity) < t.at;
    if (meter && after && t.cost !== undefined && unit === this.units[meter])
      this.charged.set(meter, (this.charged.get(meter) ?? 0) + t.cost);
    if (t.at < this.from) return [];
    return [
      {
        at: t.at,
        tool: this.tool,
        activity: t.kind,
        model: t.model,
        quantity: t.cost,
        unit: t.cost === undefined ? undefined : unit,
        basis: BASIS_OF_TASK[t.basis],
        meter,
        kind: 'task',
      },
    ];
  }

  reading(r: Reading): LedgerLine[] {
    const prev = this.last.get(r.meter);
    if (prev?.id === r.id) return [];
    const charged = this.charged.get(r.meter) ?? 0;
    this.last.set(r.meter, r);
    this.charged.set(r.meter, 0);
    const unit = this.units[r.meter];
    const d = prev ? consumed(prev, r) : undefined;
    if (d === undefined || d === 0 || r.at < this.from || !unit) return [];
    const base = { at: r.at, tool: this.tool, unit, meter: r.meter };
    const basis = r.source === 'manual' ? 'manual' : 'balance drop';
    if (d > 0) {
      const rest = round6(d - charged);
      return rest > 0
        ? [{ ...base, activity: 'consumption', quantity: rest, basis, kind: 'consumption' }]
        : [];
    }
    if (isReset(prev!, r)) return [{ ...base, activity: 'reset', basis, kind: 'reset' }];
    // Tasks spent during the interval hid part of the rise: the top-up was that much larger.
    return [{ ...base, activity: 'top-up', quantity: round6(-d + charged), basis, kind: 'topup' }];
  }
}

export interface LedgerInput {
  tool: string;
  units: MeterUnits;
  /** Each meter's reading just before the range. */
  prev: Reading[];
  readings: Reading[];
  /** Tasks in the range, plus any since the earliest `prev` (they explain the first drops). */
  tasks: Task[];
  /** Start of the range: nothing earlier is emitted. */
  from?: number;
}

/** Merges tasks and readings in time order; a task at a reading's instant counts before it. */
export function* inOrder(tasks: Task[], readings: Reading[]): Generator<Task | Reading> {
  const ts = [...tasks].sort((a, b) => a.at - b.at);
  const rs = [...readings].sort((a, b) => a.at - b.at);
  let i = 0;
  for (const r of rs) {
    while (i < ts.length && ts[i]!.at <= r.at) yield ts[i++]!;
    yield r;
  }
  while (i < ts.length) yield ts[i++]!;
}

export function isReading(x: Task | Reading): x is Reading {
  return 'meterKey' in x;
}

/** The ledger lines of one tool over a range, from its readings and tasks (pure). */
export function deriveLines(input: LedgerInput): LedgerLine[] {
  const fold = new LedgerFold(input.tool, input.units, input.from);
  input.prev.forEach((r) => fold.seed(r));
  const out: LedgerLine[] = [];
  for (const x of inOrder(input.tasks, input.readings))
    out.push(...(isReading(x) ? fold.reading(x) : fold.task(x)));
  return out;
}
