import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { parseAmountText, type ParsedNumber } from '@/lib/settings/form';

export type Rules = Record<string, { required?: boolean; percent?: boolean }>;

/**
 * The typed text of a form's number fields and their parsed values. Errors show only after
 * the first attempt to save, then follow every keystroke, so nobody is scolded mid-typing.
 */
export function useNumberForm<R extends Rules>(rules: R, initial: Record<keyof R, string>) {
  const [texts, setTexts] = useState(initial);
  const [tried, setTried] = useState(false);
  const parsed = Object.fromEntries(
    Object.entries(rules).map(([k, rule]) => [k, parseAmountText(texts[k as keyof R], rule)]),
  ) as Record<keyof R, ParsedNumber>;
  const errorOf = (k: keyof R) => {
    const p = parsed[k];
    return tried && !p.ok ? t(p.error) : undefined;
  };
  const field = (k: keyof R) => ({
    value: texts[k],
    error: errorOf(k),
    onInput: (text: string) => setTexts((prev) => ({ ...prev, [k]: text })),
  });
  /** The values when every field is valid, else undefined (and errors start to show). */
  const submit = (): Record<keyof R, number | undefined> | undefined => {
    setTried(true);
    if (Object.values<ParsedNumber>(parsed).some((p) => !p.ok)) return undefined;
    return Object.fromEntries(
      Object.entries<ParsedNumber>(parsed).map(([k, p]) => [k, p.ok ? p.value : undefined]),
    ) as Record<keyof R, number | undefined>;
  };
  const reset = (next: Record<keyof R, string>) => {
    setTexts(next);
    setTried(false);
  };
  return { field, submit, reset };
}

/** Focuses the first field marked invalid inside a form, after the render that marks it. */
export function focusFirstInvalid(form: HTMLFormElement | null) {
  setTimeout(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
}

/** Drops unset keys, so a stored row holds only what the person chose. */
export function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
