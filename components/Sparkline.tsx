import type { ChartView } from '@/lib/view/chart';

const W = 120;
const H = 28;
const PAD = 2;

/** Runs of consecutive known points: a missing day breaks the line instead of inventing a value. */
function segments(points: (number | undefined)[]): [number, number][][] {
  const out: [number, number][][] = [];
  let run: [number, number][] = [];
  points.forEach((v, i) => {
    if (v === undefined) {
      if (run.length) out.push(run);
      run = [];
    } else run.push([i, v]);
  });
  if (run.length) out.push(run);
  return out;
}

/** A small balance chart, no library: one SVG with a line per run of known days. */
export function Sparkline({ chart }: { chart: ChartView }) {
  const known = chart.points.filter((p): p is number => p !== undefined);
  const top = chart.unit === 'percent' ? 100 : Math.max(...known) || 1;
  const last = Math.max(1, chart.points.length - 1);
  const x = (i: number) => PAD + (i / last) * (W - 2 * PAD);
  const y = (v: number) => PAD + (1 - Math.min(v, top) / top) * (H - 2 * PAD);
  return (
    <svg
      class="spark"
      role="img"
      aria-label={chart.label}
      viewBox={`0 0 ${W} ${H}`}
      width={W}
      height={H}
      data-meter={chart.meter}
    >
      <line class="spark-base" x1={PAD} x2={W - PAD} y1={H - PAD} y2={H - PAD} />
      {segments(chart.points).map((run) =>
        run.length === 1 ? (
          <circle key={run[0]![0]} cx={x(run[0]![0])} cy={y(run[0]![1])} r={1.5} />
        ) : (
          <polyline
            key={run[0]![0]}
            points={run.map(([i, v]) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ')}
          />
        ),
      )}
    </svg>
  );
}
