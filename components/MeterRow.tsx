import { t } from '@/lib/i18n';
import type { MeterCard } from '@/lib/view/popup-data';

export function MeterRow({ meter }: { meter: MeterCard }) {
  const cls = ['meter', meter.low && 'low', meter.runsOut && 'runs-out'].filter(Boolean).join(' ');
  return (
    <li class={cls} data-meter={meter.meter}>
      <div class="meter-head">
        <span class="meter-label">
          {meter.label}
          {meter.low && <span class="low-tag">{t('low')}</span>}
        </span>
        <span class="meter-summary">{meter.summary}</span>
      </div>
      {meter.percentLeft !== undefined && (
        <div
          class="bar"
          role="meter"
          aria-label={
            meter.low
              ? t('lowLabel', t('meterBar', meter.label, meter.summary))
              : t('meterBar', meter.label, meter.summary)
          }
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={meter.percentLeft}
        >
          <div class="fill" style={{ width: `${meter.percentLeft}%` }} />
        </div>
      )}
      {meter.forecast && <p class="forecast">{meter.forecast}</p>}
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
