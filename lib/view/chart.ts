import type { DayRow } from '../model/day';
import type { Unit } from '../model/enums';
import { t } from '../i18n';
import { formatAmount } from './format';

export interface ChartView {
  /** The meter the chart follows. */
  meter: string;
  /** One entry per day, oldest first; undefined where that day has no closing balance. */
  points: (number | undefined)[];
  /** What the values are: percent left, or units left. */
  unit: Unit;
  /** The chart in words, for screen readers: first, last and lowest value. */
  label: string;
}

type Close = DayRow['close'][string];

/** A day's closing state of a meter; the ledger may key `close` by meter id or by `tool:meter`. */
function closeOf(row: DayRow | undefined, tool: string, meter: string): Close | undefined {
  return row?.close[meter] ?? row?.close[`${tool}:${meter}`];
}

/**
 * The balance of one meter at the end of each of `days` (local YYYY-MM-DD, oldest first).
 * Percent left or units left, whichever most days carry; days without a close stay gaps
 * rather than being invented. Undefined with fewer than two points: one dot is not a trend.
 */
export function chartOf(
  tool: string,
  meter: string,
  unit: Unit,
  rows: DayRow[],
  days: string[],
): ChartView | undefined {
  const byDay = new Map(rows.filter((r) => r.tool === tool).map((r) => [r.day, r]));
  const closes = days.map((d) => closeOf(byDay.get(d), tool, meter));
  // One scale for the whole line: the field most days carry, percent when equal (rows written
  // before a limit was known carry units only, and must not be drawn against percents).
  const count = (f: 'percentLeft' | 'remaining') =>
    closes.filter((c) => c?.[f] !== undefined).length;
  const usePercent = count('percentLeft') >= count('remaining');
  const valid = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? v : undefined);
  const points = closes.map((c) => valid(usePercent ? c?.percentLeft : c?.remaining));
  const known = points.filter((p): p is number => p !== undefined);
  if (known.length < 2) return undefined;
  const shown: Unit = usePercent ? 'percent' : unit;
  const fmt = (v: number) => formatAmount(v, shown);
  return {
    meter,
    points,
    unit: shown,
    label: t(
      'chartLabel',
      days.length,
      fmt(known[0]!),
      fmt(known[known.length - 1]!),
      fmt(Math.min(...known)),
    ),
  };
}
