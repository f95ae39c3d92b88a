import { t } from '@/lib/i18n';
import { formatDate } from '@/lib/view/format';
import type { ToolView } from '@/lib/view/popup-data';
import { MeterRow } from './MeterRow';
import { TaskCosts } from './TaskCosts';

export function ToolCard({ view }: { view: ToolView }) {
  const { tool, meters, failing } = view;
  return (
    <section class="tool" aria-labelledby={`tool-${tool.id}`} data-tool={tool.id}>
      <header>
        <h2 id={`tool-${tool.id}`}>{tool.name}</h2>
        <a
          href={tool.usageUrl}
          target="_blank"
          rel="noreferrer"
          aria-label={t('openUsage', tool.name)}
        >
          ↗
        </a>
      </header>
      {failing && (
        <p class="health" role="alert">
          {t('failing', tool.name, formatDate(failing.at), failing.reason)}
        </p>
      )}
      <ul class="meters">
        {meters.map((m) => (
          <MeterRow key={m.label} meter={m} />
        ))}
      </ul>
      <TaskCosts costs={view.costs} />
    </section>
  );
}
