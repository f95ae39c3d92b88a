import { t } from '@/lib/i18n';
import { formatAmount } from '@/lib/view/format';
import type { CostView } from '@/lib/view/popup-data';

function count(n: number): string {
  return n === 1 ? t('taskCountOne') : t('taskCount', n);
}

export function TaskCosts({ costs }: { costs: CostView[] }) {
  if (!costs.length) return null;
  return (
    <div class="costs">
      <h3>{t('costsTitle')}</h3>
      <ul>
        {costs.map((c) => (
          <li key={c.kind} data-kind={c.kind}>
            {c.average !== undefined && c.unit
              ? t('costPer', t(`kind_${c.kind}`), formatAmount(c.average, c.unit), count(c.count))
              : t('costUnknown', t(`kind_${c.kind}`), count(c.count))}
            {c.usd !== undefined && (
              <span class="money">{t('costMoney', formatAmount(c.usd, 'usd'))}</span>
            )}
            {c.basis && <span class="basis"> · {t(`basis_${c.basis}`)}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
