import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  label: ComponentChildren;
  value: string;
  onInput: (text: string) => void;
  /** The message shown under the field; its presence marks the field invalid. */
  error?: string;
  hint?: string;
  placeholder?: string;
}

/**
 * A labelled text field for a number. Text, not `type=number`, so whatever was typed stays
 * visible and gets a sentence saying what is wrong, read out through aria-describedby.
 */
export function NumberField({ id, label, value, onInput, error, hint, placeholder }: Props) {
  const described = [error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={value}
        placeholder={placeholder}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described || undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
