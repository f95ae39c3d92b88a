import type { DayRow, KindTotals } from '@/lib/model/day';
import type { CostBasis, TaskKind, Unit } from '@/lib/model/enums';
import type { MeterState } from '@/lib/model/meter';
import type { Reading } from '@/lib/model/reading';
import { leftOf } from '@/lib/forecast/pace';
import { dayOf } from '@/lib/ledger/calendar';

const DAY = 86_400_000;

/** One meter's story over the last 30 days, as the background would have recorded it. */
export interface MeterPlan {
  tool: string;
  meter: string;
  unit: Unit;
  /** Units (or percent) left 30 days ago, then spent evenly per day. */
  start: number;
  perDay: number;
  /** A quota's size; with `percent`, the meter is a percent window and start/perDay are percent. */
  limit?: number;
  percent?: boolean;
  resetsAt?: number;
  /** Days (0 = 30 days ago) the ledger has no row for: the chart shows a gap. */
  gaps?: number[];
  /** A window that renews every `period` days, back to `start`; the last renewal `phase` days ago. */
  period?: number;
  phase?: number;
  /** Tasks per day of one kind, with their cost in the meter's unit. */
  task?: { kind: TaskKind; perDay: number; cost: number; basis: CostBasis };
}

export interface History {
  meters: MeterState[];
  readings: Reading[];
  days: DayRow[];
}

/** Readings every 6 h over the last week, day rows for 30 days, and the latest state. */
export function history(plans: MeterPlan[], now: number): History {
  const out: History = { meters: [], readings: [], days: [] };
  const dayRows = new Map<string, DayRow>();
  for (const p of plans) {
    const leftAt = (at: number) => {
      if (!p.period) return Math.max(0, p.start - ((at - (now - 30 * DAY)) / DAY) * p.perDay);
      const since = (at - now) / DAY + (p.phase ?? 0);
      return Math.max(0, p.start - (((since % p.period) + p.period) % p.period) * p.perDay);
    };
    const reading = (at: number): Reading => {
      const left = Math.round(leftAt(at) * 100) / 100;
      return {
        id: `${p.tool}:${p.meter}@${at}`,
        tool: p.tool,
        meter: p.meter,
        meterKey: `${p.tool}:${p.meter}`,
        scale: 1,
        exact: true,
        source: p.tool.startsWith('m_') ? 'manual' : 'json',
        at,
        ...(p.percent
          ? { percentUsed: Math.round((100 - left) * 10) / 10 }
          : { remaining: left, limit: p.limit }),
        resetsAt: p.resetsAt,
      };
    };
    const readings: Reading[] = [];
    for (let at = now - 7 * DAY; at <= now - 60_000; at += 6 * 3_600_000)
      readings.push(reading(at));
    const latest = reading(now - 60_000);
    readings.push(latest);
    out.readings.push(...readings);
    out.meters.push({
      key: `${p.tool}:${p.meter}`,
      tool: p.tool,
      meter: p.meter,
      latest,
      lastSeen: latest.at,
    });
    for (let i = 0; i < 30; i++) {
      if (p.gaps?.includes(i)) continue;
      const end = Math.min(now - 60_000, now - (29 - i) * DAY);
      const day = dayOf(end);
      const row = dayRows.get(`${p.tool}|${day}`) ?? emptyDay(p.tool, day);
      const left = leftAt(end);
      // As the ledger closes a day: percent left when a limit is known, units left when they are.
      row.close[p.meter] = p.percent
        ? { at: end, percentLeft: Math.round(left * 10) / 10 }
        : {
            at: end,
            remaining: Math.round(left * 100) / 100,
            ...(p.limit && { percentLeft: Math.round((left / p.limit) * 1000) / 10 }),
          };
      row.spent[p.unit] = (row.spent[p.unit] ?? 0) + p.perDay;
      if (p.task) {
        const k: KindTotals = row.tasks[p.task.kind] ?? { n: 0, cost: {} };
        k.n += p.task.perDay;
        const c = k.cost[p.unit] ?? { n: 0, sum: 0, basis: p.task.basis };
        c.n += p.task.perDay;
        c.sum += p.task.perDay * p.task.cost;
        k.cost[p.unit] = c;
        row.tasks[p.task.kind] = k;
      }
      dayRows.set(row.key, row);
    }
  }
  out.days = [...dayRows.values()];
  return out;
}

export function emptyDay(tool: string, day: string): DayRow {
  return {
    key: `${tool}|${day}`,
    tool,
    day,
    tasks: {},
    spent: {},
    toppedUp: {},
    resets: 0,
    close: {},
  };
}

/**
 * A plan whose history ends exactly at a meter's current state, so seeded days and readings
 * lead up to what the real page just reported.
 */
export function planBehind(
  state: MeterState,
  unit: Unit,
  perDay: number,
  extra: Partial<MeterPlan> = {},
): MeterPlan {
  const r = state.latest;
  const percent = r.remaining === undefined && r.used === undefined;
  const end = leftOf(r) ?? 0;
  const limit = r.limit === undefined ? undefined : r.limit * r.scale;
  const span = extra.period ? (extra.phase ?? 0) : 30;
  return {
    tool: state.tool,
    meter: state.meter,
    unit: percent ? 'percent' : unit,
    percent,
    limit,
    resetsAt: r.resetsAt,
    start: end + span * perDay,
    perDay,
    ...extra,
  };
}
