import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { ManualTool } from '@/lib/model/manual';
import type { MeterState } from '@/lib/model/meter';
import { formatAgo, formatAmount } from '@/lib/view/format';
import { ConfirmDialog } from './ConfirmDialog';
import { ManualToolAdd } from './ManualToolAdd';
import { ManualBalanceForm } from './ManualBalanceForm';
import type { OptionsData } from './optionsData';
import { SaveStatus, type Status } from './SaveStatus';
import { sendSettings } from './sendSettings';

function balanceText(tool: ManualTool, state: MeterState | undefined): string {
  const left = state?.latest.remaining;
  if (!state || left === undefined) return t('manualNoBalance');
  return t('manualBalance', formatAmount(left, tool.unit), formatAgo(state.lastSeen, Date.now()));
}

/** Tools tracked by hand: add one, type its balance in when it changes, remove it. */
export function ManualTools({ data }: { data?: OptionsData }) {
  const [removing, setRemoving] = useState<ManualTool>();
  const [status, setStatus] = useState<Status>();
  const remove = async (tool: ManualTool) => {
    const res = await sendSettings({ type: 'removeManualTool', tool: tool.id });
    setStatus(
      res.ok
        ? { ok: true, text: t('manualRemoved', tool.name) }
        : { ok: false, text: t('deleteFailed', res.error) },
    );
  };
  return (
    <section aria-labelledby="manual-title">
      <h2 id="manual-title">{t('manualTitle')}</h2>
      <p class="hint">{t('manualIntro')}</p>
      {!data ? (
        <p>{t('optLoading')}</p>
      ) : data.manual.length === 0 ? (
        <p>{t('manualEmpty')}</p>
      ) : (
        <ul class="manual-list">
          {data.manual.map((tool) => (
            <li key={tool.id} class="manual-tool" data-tool={tool.id}>
              <h3 id={`manual-${tool.id}-name`}>
                {tool.usageUrl ? (
                  <a href={tool.usageUrl} target="_blank" rel="noreferrer noopener">
                    {tool.name}
                  </a>
                ) : (
                  tool.name
                )}
              </h3>
              <p class="manual-balance">{balanceText(tool, data.manualBalances.get(tool.id))}</p>
              <ManualBalanceForm tool={tool} />
              <button
                type="button"
                class="danger"
                aria-label={t('manualRemoveNamed', tool.name)}
                onClick={() => setRemoving(tool)}
              >
                {t('manualRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <SaveStatus status={status} />
      {removing && (
        <ConfirmDialog
          id="manual-remove-dialog"
          title={t('manualRemoveTitle', removing.name)}
          body={t('manualRemoveBody')}
          confirmLabel={t('manualRemove')}
          onConfirm={() => void remove(removing)}
          onClose={() => setRemoving(undefined)}
        />
      )}
      <ManualToolAdd />
    </section>
  );
}
