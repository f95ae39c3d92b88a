import { t } from '@/lib/i18n';
import type { MeterView } from '@/lib/view/meter-view';

export function MeterRow({ meter }: { meter: MeterView }) {
  const low = meter.percentLeft !== undefined && meter.percentLeft <= 20;
  return (
    <li class={low ? 'meter low' : 'meter'}>
      <div class="meter-head">
        <span class="meter-label">{meter.label}</span>
        <span class="meter-summary">{meter.summary}</span>
      </div>
      {meter.percentLeft !== undefined && (
        <div
          class="bar"
          role="meter"
          aria-label={t('meterBar', meter.label, meter.summary)}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={meter.percentLeft}
        >
          <div class="fill" style={{ width: `${meter.percentLeft}%` }} />
        </div>
      )}
      <div class="meter-meta">
        {meter.resets && <span>{meter.resets}</span>}
        <span>{meter.updated}</span>
        <span class={meter.exact ? 'exact' : 'estimated'}>
          {meter.exact ? t('exact') : t('estimated')}
        </span>
      </div>
    </li>
  );
}
