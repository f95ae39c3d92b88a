import { useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { GlobalSettings } from '@/lib/model/settings';
import { amountText } from '@/lib/settings/form';
import { NumberField } from './NumberField';
import { SaveStatus, type Status } from './SaveStatus';
import { sendSettings } from './sendSettings';
import { defined, focusFirstInvalid, useNumberForm } from './useNumberForm';

const TOGGLES = ['notifyLow', 'notifyRunOut', 'notifyReset'] as const;

/** The budget across all tools and which notifications to show. */
interface Props {
  settings: GlobalSettings;
  status?: Status;
  setStatus: (s: Status) => void;
}

export function GlobalSettingsForm({ settings, status, setStatus }: Props) {
  const [toggles, setToggles] = useState(() => ({
    notifyLow: settings.notifyLow,
    notifyRunOut: settings.notifyRunOut,
    notifyReset: settings.notifyReset,
  }));
  const formRef = useRef<HTMLFormElement>(null);
  const form = useNumberForm({ budgetUsd: {} }, { budgetUsd: amountText(settings.budgetUsd) });
  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const v = form.submit();
    if (!v) {
      setStatus({ ok: false, text: t('optFixFields') });
      focusFirstInvalid(formRef.current);
      return;
    }
    const res = await sendSettings({
      type: 'saveGlobal',
      settings: defined({ budgetUsd: v.budgetUsd, ...toggles }),
    });
    setStatus(
      res.ok ? { ok: true, text: t('optSaved') } : { ok: false, text: t('optNotSaved', res.error) },
    );
  };
  return (
    <form
      ref={formRef}
      class="global-form"
      aria-labelledby="global-title"
      noValidate
      onSubmit={onSubmit}
    >
      <h3 id="global-title">{t('globalTitle')}</h3>
      <NumberField
        id="global-budget"
        label={t('budgetLabel')}
        hint={t('budgetHint')}
        {...form.field('budgetUsd')}
      />
      {TOGGLES.map((k) => (
        <div class="field check" key={k}>
          <input
            id={`global-${k}`}
            type="checkbox"
            checked={toggles[k]}
            onChange={(e) => {
              const checked = e.currentTarget.checked;
              setToggles((prev) => ({ ...prev, [k]: checked }));
            }}
          />
          <label for={`global-${k}`}>{t(k)}</label>
        </div>
      ))}
      <div class="actions">
        <button type="submit">{t('optSave')}</button>
        <SaveStatus status={status} />
      </div>
    </form>
  );
}
