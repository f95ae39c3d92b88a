import { t } from '@/lib/i18n';
import { formatDate } from '@/lib/view/format';
import type { ToolView } from '@/lib/view/popup-data';
import { MeterRow } from './MeterRow';
import { MonthSpend } from './MonthSpend';
import { Sparkline } from './Sparkline';
import { TaskCosts } from './TaskCosts';

export function ToolCard({ view }: { view: ToolView }) {
  const { tool, meters, failing } = view;
  const low = meters.some((m) => m.low);
  return (
    <section
      class={low ? 'tool low' : 'tool'}
      aria-labelledby={`tool-${tool.id}`}
      data-tool={tool.id}
    >
      <header>
        <h2 id={`tool-${tool.id}`}>
          {tool.name}
          {tool.manual && <span class="manual-tag">{t('manualTag')}</span>}
        </h2>
        {tool.usageUrl && (
          <a
            class="usage"
            href={tool.usageUrl}
            target="_blank"
            rel="noreferrer"
            aria-label={t('openUsage', tool.name)}
          >
            {t('usageLink')} <span aria-hidden="true">↗</span>
          </a>
        )}
      </header>
      {failing && (
        <p class="health" role="alert">
          {t('failing', tool.name, formatDate(failing.at), failing.reason)}
        </p>
      )}
      {meters.length ? (
        <ul class="meters">
          {meters.map((m) => (
            <MeterRow key={m.meter} meter={m} />
          ))}
        </ul>
      ) : (
        tool.manual && <p class="muted">{t('manualNoEntry')}</p>
      )}
      <div class="trend">
        <MonthSpend text={view.month} />
        {view.chart && <Sparkline chart={view.chart} />}
      </div>
      <TaskCosts costs={view.costs} />
    </section>
  );
}
