import { LIMITS } from '../model/bounds';

/** Why a typed number was refused; each maps to a string in lib/i18n/en/options.ts. */
export type FieldError =
  'errRequired' | 'errNotNumber' | 'errNegative' | 'errTooLarge' | 'errPercent';

export type ParsedNumber =
  { ok: true; value: number | undefined } | { ok: false; error: FieldError };

// Plain digits with an optional decimal point, or thousands grouped by commas ("1,250.5").
// A lone comma is refused rather than guessed: "0,01" could be a hundredth or one.
const NUMBER = /^(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$|^\.\d+$/;

/**
 * Reads a number a person typed: blank is "not set" (undefined) unless required; anything
 * else must be a finite, non-negative number within `max`. Never yields NaN.
 */
export function parseAmountText(
  text: string,
  opts: { required?: boolean; max?: number; percent?: boolean } = {},
): ParsedNumber {
  const s = text.trim().replace(/^\$\s*/, '');
  if (!s)
    return opts.required ? { ok: false, error: 'errRequired' } : { ok: true, value: undefined };
  if (/^-/.test(s) && NUMBER.test(s.slice(1))) return { ok: false, error: 'errNegative' };
  if (!NUMBER.test(s)) return { ok: false, error: 'errNotNumber' };
  const value = Number(s.replace(/,/g, ''));
  if (!Number.isFinite(value)) return { ok: false, error: 'errNotNumber' };
  if (opts.percent && value > 100) return { ok: false, error: 'errPercent' };
  if (value > (opts.max ?? LIMITS.maxAmount)) return { ok: false, error: 'errTooLarge' };
  return { ok: true, value };
}

/** A stored number back into the text of its field; unset is blank. */
export function amountText(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}
