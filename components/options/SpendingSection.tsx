import { useState } from 'preact/hooks';
import { getDatabase } from '@/lib/db/database';
import { collect } from '@/lib/export/collect';
import { monthCsv } from '@/lib/export/month-csv';
import { t } from '@/lib/i18n';
import { MONTH_RE } from '@/lib/ledger/calendar';
import { currentMonth, monthsFigures, type MonthFigures } from '@/lib/ledger/month';
import { formatUnits, monthName } from '@/lib/ledger/view';
import { formatAmount } from '@/lib/view/format';
import { useLiveQuery } from '../useLiveQuery';
import { download } from './download';
import { SpendingChart } from './SpendingChart';

function money(usd: number, unpriced: MonthFigures['unpriced']): string {
  const rest = formatUnits(unpriced);
  if (!rest) return formatAmount(usd, 'usd');
  const priced = usd > 0 ? `${formatAmount(usd, 'usd')} + ` : '';
  return `${priced}${rest} (${t('spendingUnpriced')})`;
}

function MonthTable({ fig }: { fig: MonthFigures }) {
  if (!fig.tools.length) return <p class="spending-empty">{t('spendingNothing')}</p>;
  return (
    <table class="spending-table">
      <caption>{t('spendingCaption', monthName(fig.month))}</caption>
      <thead>
        <tr>
          <th scope="col">{t('spendingTool')}</th>
          <th scope="col">{t('spendingUnits')}</th>
          <th scope="col">{t('spendingTasks')}</th>
          <th scope="col">{t('spendingMoney')}</th>
        </tr>
      </thead>
      <tbody>
        {fig.tools.map((x) => (
          <tr key={x.tool} data-tool={x.tool} data-usd={x.usd}>
            <th scope="row">{x.name}</th>
            <td>{formatUnits(x.units) || '—'}</td>
            <td>{x.tasks}</td>
            <td>
              {money(x.usd, x.unpriced)}
              {x.fee ? ` · ${t('spendingFee', formatAmount(x.fee, 'usd'))}` : ''}
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr class="spending-total" data-usd={fig.usd}>
          <th scope="row">{t('spendingTotal')}</th>
          <td />
          <td>{fig.tools.reduce((s, x) => s + x.tasks, 0)}</td>
          <td>{money(fig.usd, fig.unpriced)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

/** The month view: per tool units, tasks and money, the last 12 months, and the CSV export. */
export function SpendingSection() {
  const [month, setMonth] = useState(currentMonth());
  const [status, setStatus] = useState<{ error?: string; done?: string }>({});
  const { value, error } = useLiveQuery(() => monthsFigures(getDatabase(), month, 12), [month]);
  const fig = value?.[value.length - 1];

  const exportCsv = async () => {
    setStatus({});
    try {
      const name = `creditwatch-${month}.csv`;
      download([await collect(monthCsv(getDatabase(), month))], 'text/csv;charset=utf-8', name);
      setStatus({ done: t('exportDone', name) });
    } catch (e) {
      setStatus({ error: t('exportFailed', e instanceof Error ? e.message : String(e)) });
    }
  };

  return (
    <section aria-labelledby="spending-title">
      <h2 id="spending-title">{t('spendingTitle')}</h2>
      <p class="spending-controls">
        <label for="spending-month">{t('spendingMonth')}</label>{' '}
        <input
          id="spending-month"
          type="month"
          value={month}
          max={currentMonth()}
          required
          onInput={(e) => {
            const v = e.currentTarget.value;
            if (MONTH_RE.test(v)) setMonth(v);
          }}
        />{' '}
        <button type="button" onClick={() => void exportCsv()}>
          {t('exportCsv')}
        </button>
      </p>
      {status.error && <p role="alert">{status.error}</p>}
      <p role="status">{status.done ?? ''}</p>
      {error && <p role="alert">{error.message}</p>}
      {!value && !error && <p>{t('spendingLoading')}</p>}
      {fig && <MonthTable fig={fig} />}
      {value && <SpendingChart months={value} />}
    </section>
  );
}
