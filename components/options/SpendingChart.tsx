import { t } from '@/lib/i18n';
import type { MonthFigures } from '@/lib/ledger/month';
import { monthName } from '@/lib/ledger/view';
import { formatAmount } from '@/lib/view/format';

const PALETTE = ['#0969da', '#1a7f37', '#bf3989', '#9a6700', '#8250df', '#cf222e', '#1b7c83'];
const [W, H, BAR, GAP, BASE] = [480, 160, 28, 12, 140];

/**
 * Money per month for the last 12 months, stacked by tool, as an SVG image whose text
 * alternative (title and description) says every figure the bars show.
 */
export function SpendingChart({ months }: { months: MonthFigures[] }) {
  const tools = [
    ...new Set(months.flatMap((m) => m.tools.filter((x) => x.usd > 0).map((x) => x.name))),
  ];
  const color = (name: string) => PALETTE[tools.indexOf(name) % PALETTE.length]!;
  const max = Math.max(...months.map((m) => m.usd), 0);
  const scale = max > 0 ? (BASE - 10) / max : 0;
  const summary = months
    .map((m) =>
      t(
        'spendingChartMonth',
        monthName(m.month),
        m.usd > 0
          ? `${formatAmount(m.usd, 'usd')} (${m.tools
              .filter((x) => x.usd > 0)
              .map((x) => `${x.name} ${formatAmount(x.usd, 'usd')}`)
              .join(', ')})`
          : t('spendingChartEmpty'),
      ),
    )
    .join('; ');
  return (
    <figure class="spending-chart">
      <svg
        role="img"
        aria-labelledby="spending-chart-title spending-chart-desc"
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        style={{ maxWidth: `${W}px` }}
      >
        <title id="spending-chart-title">{t('spendingChartTitle')}</title>
        <desc id="spending-chart-desc">{t('spendingChartSummary', summary)}</desc>
        <line x1="0" x2={W} y1={BASE} y2={BASE} stroke="currentColor" stroke-opacity="0.3" />
        {months.map((m, i) => {
          const x = i * (BAR + GAP) + GAP / 2;
          let y = BASE;
          return (
            <g key={m.month}>
              {m.tools
                .filter((tool) => tool.usd > 0)
                .map((tool) => {
                  const h = Math.max(1, tool.usd * scale);
                  y -= h;
                  return (
                    <rect
                      key={tool.tool}
                      x={x}
                      y={y}
                      width={BAR}
                      height={h}
                      fill={color(tool.name)}
                    />
                  );
                })}
              <text
                x={x + BAR / 2}
                y={BASE + 14}
                text-anchor="middle"
                font-size="10"
                fill="currentColor"
              >
                {monthName(m.month, 'short')}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        {tools.length > 0 && (
          <ul class="chart-legend">
            {tools.map((name) => (
              <li key={name}>
                <svg width="10" height="10" aria-hidden="true">
                  <rect width="10" height="10" fill={color(name)} />
                </svg>{' '}
                {name}
              </li>
            ))}
          </ul>
        )}
      </figcaption>
    </figure>
  );
}
