import { useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { ManualTool } from '@/lib/model/manual';
import { NumberField } from './NumberField';
import { SaveStatus, type Status } from './SaveStatus';
import { sendSettings } from './sendSettings';
import { focusFirstInvalid, useNumberForm } from './useNumberForm';

/** Types in a manual tool's balance as it is now. */
export function ManualBalanceForm({ tool }: { tool: ManualTool }) {
  const [status, setStatus] = useState<Status>();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useNumberForm({ balance: { required: true } }, { balance: '' });
  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const v = form.submit();
    if (!v) return focusFirstInvalid(formRef.current);
    const res = await sendSettings({
      type: 'setManualBalance',
      tool: tool.id,
      balance: v.balance!,
    });
    if (res.ok) form.reset({ balance: '' });
    setStatus(
      res.ok
        ? { ok: true, text: t('manualUpdated', tool.name) }
        : { ok: false, text: t('optNotSaved', res.error) },
    );
  };
  return (
    <form ref={formRef} class="inline-form" noValidate onSubmit={onSubmit}>
      <NumberField
        id={`manual-${tool.id}-balance`}
        label={t('manualNewBalance', tool.name)}
        {...form.field('balance')}
      />
      <button type="submit" aria-label={t('manualUpdateNamed', tool.name)}>
        {t('manualUpdate')}
      </button>
      <SaveStatus status={status} />
    </form>
  );
}
