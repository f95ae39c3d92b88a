import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { ConfirmDialog } from './ConfirmDialog';
import type { OptionsData } from './optionsData';
import { SaveStatus, type Status } from './SaveStatus';
import { sendSettings } from './sendSettings';

type Asking = { kind: 'tool'; id: string; name: string } | { kind: 'all' };

/** Deletes one tool's data or everything, each only after a confirmation dialog. */
export function DeleteData({ data }: { data?: OptionsData }) {
  const [chosen, setChosen] = useState('');
  const [asking, setAsking] = useState<Asking>();
  const [status, setStatus] = useState<Status>();
  const tools = data?.tools.filter((tool) => data.withData.has(tool.id)) ?? [];
  const selected = tools.find((tool) => tool.id === chosen) ?? tools[0];

  const run = async (what: Asking) => {
    const res = await sendSettings(
      what.kind === 'all'
        ? { type: 'deleteAll', confirm: true }
        : { type: 'deleteTool', tool: what.id },
    );
    if (!res.ok) return setStatus({ ok: false, text: t('deleteFailed', res.error) });
    setStatus({
      ok: true,
      text: what.kind === 'all' ? t('deletedAll') : t('deletedTool', what.name),
    });
  };

  return (
    <section aria-labelledby="delete-title">
      <h2 id="delete-title">{t('deleteTitle')}</h2>
      <p class="hint">{t('deleteIntro')}</p>
      {data && !tools.length ? (
        <p>{t('deleteNoData')}</p>
      ) : (
        <div class="inline-form">
          <div class="field">
            <label for="delete-tool">{t('deleteToolLabel')}</label>
            <select
              id="delete-tool"
              value={selected?.id ?? ''}
              onChange={(e) => setChosen(e.currentTarget.value)}
            >
              {tools.map((tool) => (
                <option key={tool.id} value={tool.id}>
                  {tool.name}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            class="danger"
            disabled={!selected}
            onClick={() =>
              selected && setAsking({ kind: 'tool', id: selected.id, name: selected.name })
            }
          >
            {t('deleteToolButton')}
          </button>
        </div>
      )}
      <p>
        <button
          type="button"
          class="danger"
          id="delete-all"
          onClick={() => setAsking({ kind: 'all' })}
        >
          {t('deleteAllButton')}
        </button>
      </p>
      <SaveStatus status={status} />
      {asking && (
        <ConfirmDialog
          id="delete-dialog"
          title={asking.kind === 'all' ? t('deleteAllTitle') : t('deleteToolTitle', asking.name)}
          body={asking.kind === 'all' ? t('deleteAllBody') : t('deleteToolBody')}
          confirmLabel={asking.kind === 'all' ? t('deleteAllConfirm') : t('deleteConfirm')}
          onConfirm={() => void run(asking)}
          onClose={() => setAsking(undefined)}
        />
      )}
    </section>
  );
}
