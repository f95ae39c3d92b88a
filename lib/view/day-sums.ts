import { dayOf } from '../ledger/calendar';
import { addUnits } from '../ledger/money';
import type { DayRow } from '../model/day';
import type { Unit } from '../model/enums';
import { addTasks, type TaskTotals } from './day-costs';
import { lastDays, monthStart, noonAfter } from './days';

/** One meter's closing balance on each of the chart's days, oldest first; null where unknown. */
export interface CloseSeries {
  percentLeft: (number | null)[];
  remaining: (number | null)[];
}

/**
 * One tool's ledger days reduced to what its card shows, for one local day: a month of day
 * rows is about 9 kB of JSON per tool, these few hundred bytes (docs/performance.md).
 */
export interface ToolDays {
  /** Task totals over the chart's days (the last 30) and tomorrow. */
  tasks: TaskTotals;
  /** Units spent from the 1st of the month to tomorrow. */
  spent: Partial<Record<Unit, number>>;
  /** Each meter's closing balance over the chart's days, by meter id. */
  close: Record<string, CloseSeries>;
}

const finite = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;

/**
 * Adds up the ledger's rows per tool for the local day of `now`. Rows up to tomorrow count (a
 * site's clock a little ahead of ours must not hide its tasks); older rows than the month and
 * the chart's days are ignored.
 */
export function sumDays(rows: DayRow[], now: number): Record<string, ToolDays> {
  const days = lastDays(now);
  const index = new Map(days.map((d, i) => [d, i]));
  const month = monthStart(now);
  // The next calendar day: `now + 24 h` is the day after it late on a 23-hour day.
  const tomorrow = dayOf(noonAfter(now, 1));
  const out = new Map<string, ToolDays>();
  for (const row of rows) {
    const inChart = row.day >= days[0]!;
    if ((!inChart && row.day < month) || row.day > tomorrow) continue;
    let sums = out.get(row.tool);
    if (!sums) out.set(row.tool, (sums = { tasks: {}, spent: {}, close: {} }));
    if (inChart) addTasks(sums.tasks, row.tasks);
    if (row.day >= month) addUnits(sums.spent, row.spent);
    const i = index.get(row.day);
    if (i !== undefined) addCloses(sums.close, row, i, days.length);
  }
  return Object.fromEntries(out);
}

/**
 * The ledger keys `close` by meter id or by `tool:meter`; the plain key wins when a row has both.
 */
function addCloses(into: ToolDays['close'], row: DayRow, i: number, n: number) {
  const prefix = `${row.tool}:`;
  for (const [key, c] of Object.entries(row.close)) {
    const meter = key.startsWith(prefix) ? key.slice(prefix.length) : key;
    if (meter !== key && Object.hasOwn(row.close, meter)) continue;
    const series = (into[meter] ??= {
      percentLeft: Array<number | null>(n).fill(null),
      remaining: Array<number | null>(n).fill(null),
    });
    series.percentLeft[i] = finite(c.percentLeft);
    series.remaining[i] = finite(c.remaining);
  }
}
