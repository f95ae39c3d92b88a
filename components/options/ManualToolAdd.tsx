import { useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { LIMITS } from '@/lib/model/bounds';
import { MANUAL_UNITS } from '@/lib/settings/commands';
import { NumberField } from './NumberField';
import { SaveStatus, type Status } from './SaveStatus';
import { sendSettings } from './sendSettings';
import { focusFirstInvalid, useNumberForm } from './useNumberForm';

function urlError(text: string): boolean {
  if (!text.trim()) return false;
  try {
    return new URL(text.trim()).protocol !== 'https:';
  } catch {
    return true;
  }
}

/** Adds a tool tracked by hand: its name, unit, usage page and balance now. */
export function ManualToolAdd() {
  const [name, setName] = useState('');
  const [unit, setUnit] = useState<(typeof MANUAL_UNITS)[number]>('credits');
  const [url, setUrl] = useState('');
  const [tried, setTried] = useState(false);
  const [status, setStatus] = useState<Status>();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useNumberForm({ balance: {} }, { balance: '' });
  const nameBad = !name.trim() || name.trim().length > LIMITS.maxLabel;
  const urlBad = urlError(url);
  const onSubmit = async (e: Event) => {
    e.preventDefault();
    setTried(true);
    const v = form.submit();
    if (!v || nameBad || urlBad) {
      setStatus({ ok: false, text: t('optFixFields') });
      return focusFirstInvalid(formRef.current);
    }
    const res = await sendSettings({
      type: 'addManualTool',
      name: name.trim(),
      unit,
      ...(url.trim() ? { usageUrl: url.trim() } : {}),
      ...(v.balance === undefined ? {} : { balance: v.balance }),
    });
    if (!res.ok) return setStatus({ ok: false, text: t('optNotSaved', res.error) });
    setStatus({ ok: true, text: t('manualAdded', name.trim()) });
    setName('');
    setUrl('');
    setTried(false);
    form.reset({ balance: '' });
  };
  const textField = (
    id: string,
    label: string,
    value: string,
    set: (v: string) => void,
    error: string | undefined,
  ) => (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        autoComplete="off"
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onInput={(e) => set(e.currentTarget.value)}
      />
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
  return (
    <form
      ref={formRef}
      class="manual-add"
      aria-labelledby="manual-add-title"
      noValidate
      onSubmit={onSubmit}
    >
      <h3 id="manual-add-title">{t('manualAddTitle')}</h3>
      <div class="fields">
        {textField(
          'manual-name',
          t('manualName'),
          name,
          setName,
          tried && nameBad ? t('errName') : undefined,
        )}
        <div class="field">
          <label for="manual-unit">{t('manualUnit')}</label>
          <select
            id="manual-unit"
            value={unit}
            onChange={(e) => setUnit(e.currentTarget.value as typeof unit)}
          >
            {MANUAL_UNITS.map((u) => (
              <option key={u} value={u}>
                {t(`unitName_${u}` as 'unitName_credits')}
              </option>
            ))}
          </select>
        </div>
        {textField(
          'manual-url',
          t('manualUrl'),
          url,
          setUrl,
          tried && urlBad ? t('errUrl') : undefined,
        )}
        <NumberField
          id="manual-balance"
          label={t('manualStartBalance')}
          {...form.field('balance')}
        />
      </div>
      <div class="actions">
        <button type="submit">{t('manualAdd')}</button>
        <SaveStatus status={status} />
      </div>
    </form>
  );
}
