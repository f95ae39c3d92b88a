import { useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { ToolSettings } from '@/lib/model/settings';
import { amountText } from '@/lib/settings/form';
import type { ToolChoice } from '@/lib/settings/tool-list';
import { NumberField } from './NumberField';
import { SaveStatus, type Status } from './SaveStatus';
import { sendSettings } from './sendSettings';
import { defined, focusFirstInvalid, useNumberForm } from './useNumberForm';

const RULES = {
  lowPercent: { required: true, percent: true },
  lowAmount: {},
  pricePerUnit: {},
  monthlyFee: {},
};

function priceNote(tool: ToolChoice): string | undefined {
  if (tool.pricedUnit) return undefined;
  return tool.inDollars ? t('inDollars') : t('percentOnly');
}

/** One tool's settings: tracked or not, when it is low, what a unit costs, its monthly fee. */
interface Props {
  tool: ToolChoice;
  settings: ToolSettings;
  /** Kept by the section, so it survives the fresh form that a stored change brings. */
  status?: Status;
  setStatus: (s: Status) => void;
}

export function ToolSettingsForm({ tool, settings, status, setStatus }: Props) {
  const [enabled, setEnabled] = useState(settings.enabled);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useNumberForm(RULES, {
    lowPercent: amountText(settings.lowPercent),
    lowAmount: amountText(settings.lowAmount),
    pricePerUnit: amountText(settings.pricePerUnit),
    monthlyFee: amountText(settings.monthlyFee),
  });
  const id = (f: string) => `tool-${tool.id}-${f}`;
  const unit = tool.pricedUnit;
  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const v = form.submit();
    if (!v) {
      setStatus({ ok: false, text: t('optFixFields') });
      focusFirstInvalid(formRef.current);
      return;
    }
    const next: ToolSettings = defined({
      enabled,
      lowPercent: v.lowPercent!,
      lowAmount: v.lowAmount,
      pricePerUnit: unit ? v.pricePerUnit : undefined,
      monthlyFee: v.monthlyFee,
    });
    const res = await sendSettings({ type: 'saveTool', tool: tool.id, settings: next });
    setStatus(
      res.ok ? { ok: true, text: t('optSaved') } : { ok: false, text: t('optNotSaved', res.error) },
    );
  };
  return (
    <form
      ref={formRef}
      class={`tool-form${enabled ? '' : ' off'}`}
      data-tool={tool.id}
      aria-labelledby={id('name')}
      noValidate
      onSubmit={onSubmit}
    >
      <div class="tool-head">
        <h4 id={id('name')}>
          {tool.name}
          {tool.manual && <span class="tag"> · {t('toolManualTag')}</span>}
        </h4>
        <div class="field check">
          <input
            id={id('enabled')}
            type="checkbox"
            checked={enabled}
            onChange={(e) => setEnabled(e.currentTarget.checked)}
          />
          <label for={id('enabled')}>{t('toolEnabled')}</label>
        </div>
        {!enabled && <p class="hint">{t('toolDisabledNote')}</p>}
      </div>
      <div class="tool-fields">
        <NumberField
          id={id('lowPercent')}
          label={t('lowPercentLabel')}
          {...form.field('lowPercent')}
        />
        <NumberField
          id={id('lowAmount')}
          label={t('lowAmountLabel')}
          {...form.field('lowAmount')}
        />
        {unit ? (
          <NumberField
            id={id('pricePerUnit')}
            label={t('priceLabel', t(`unitOne_${unit}` as 'unitOne_credits'))}
            placeholder={tool.knownPrice === undefined ? undefined : String(tool.knownPrice)}
            hint={
              tool.knownPrice === undefined
                ? undefined
                : t('priceKnownHint', tool.knownPrice, t(`unitOne_${unit}` as 'unitOne_credits'))
            }
            {...form.field('pricePerUnit')}
          />
        ) : (
          <p class="hint price-note">{priceNote(tool)}</p>
        )}
        <NumberField id={id('monthlyFee')} label={t('feeLabel')} {...form.field('monthlyFee')} />
        <button type="submit" aria-label={t('optSaveNamed', tool.name)}>
          {t('optSave')}
        </button>
      </div>
      <SaveStatus status={status} />
    </form>
  );
}
