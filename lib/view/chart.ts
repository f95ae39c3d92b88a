import type { Unit } from '../model/enums';
import { t } from '../i18n';
import type { CloseSeries } from './day-sums';
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

/**
 * The balance of one meter at the end of each of `days` (local YYYY-MM-DD, oldest first), from
 * its closing states over those days (lib/view/day-sums.ts). Percent left or units left,
 * whichever most days carry; days without a close stay gaps rather than being invented.
 * Undefined with fewer than two points: one dot is not a trend.
 */
export function chartOf(
  meter: string,
  unit: Unit,
  closes: CloseSeries | undefined,
  days: string[],
): ChartView | undefined {
  if (!closes) return undefined;
  // One scale for the whole line: the field most days carry, percent when equal (rows written
  // before a limit was known carry units only, and must not be drawn against percents).
  const count = (list: (number | null)[]) => list.filter((v) => v !== null).length;
  const usePercent = count(closes.percentLeft) >= count(closes.remaining);
  const series = usePercent ? closes.percentLeft : closes.remaining;
  const points = days.map((_, i) => series[i] ?? undefined);
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
