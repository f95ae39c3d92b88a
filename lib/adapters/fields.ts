import * as z from 'zod/mini';
import { LIMITS } from '../model/bounds';

/**
 * Field types for site JSON. Sites send numbers as strings, times as ISO strings, unix
 * seconds or unix milliseconds; these accept each and normalise, and reject NaN or infinity.
 */

const DECIMAL = /^[-+]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][-+]?\d+)?$/;

/** A number as a page or a JSON string prints it ("1,234.5"); undefined for anything else. */
export function textNumber(s: string | undefined): number | undefined {
  const t = s?.trim();
  // Plain decimals only: Number() would also take "0x1F", "0b1" and "" as numbers.
  if (!t || !DECIMAL.test(t) || !/\d/.test(t)) return undefined;
  const n = Number(t.replace(/,/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

/** A finite number, or a string holding one ("12.50"). */
export const num = () =>
  z.pipe(
    z.union([z.number(), z.string().check(z.maxLength(40))]),
    z.transform((v, ctx) => {
      const n = typeof v === 'number' ? v : textNumber(v);
      if (n === undefined || !Number.isFinite(n)) {
        ctx.issues.push({ code: 'custom', message: 'not a finite decimal number', input: v });
        return z.NEVER;
      }
      return n;
    }),
  );

/** A balance-like number (or numeric string) within 0 and the model's maximum; else the schema fails. */
export const amount = () => z.pipe(num(), z.number().check(z.gte(0), z.lte(LIMITS.maxAmount)));

/** Converts ISO-8601, unix seconds or unix milliseconds to epoch ms; undefined if unreadable. */
export function toEpochMs(v: string | number): number | undefined {
  let ms: number;
  if (typeof v === 'number') ms = Math.abs(v) < 1e11 ? v * 1000 : v;
  else if (/^\d+(\.\d+)?$/.test(v.trim())) return toEpochMs(Number(v));
  else ms = Date.parse(v);
  if (!Number.isFinite(ms)) return undefined;
  ms = Math.round(ms);
  return ms >= LIMITS.minTime && ms <= LIMITS.maxTime ? ms : undefined;
}

/** A time in any of the shapes sites use; an unreadable time fails soft to undefined. */
export const time = () =>
  z.pipe(
    z.union([z.number(), z.string().check(z.maxLength(64))]),
    z.transform((v) => toEpochMs(v)),
  );

/** Optional and nullable: absent, null and unreadable all become undefined. */
export const opt = <T extends z.ZodMiniType>(t: T) =>
  z.pipe(
    z.optional(z.nullable(z.unknown())),
    z.transform((v) => {
      if (v === null || v === undefined) return undefined;
      const r = t.safeParse(v);
      return r.success ? (r.data as z.output<T>) : undefined;
    }),
  );

/** Clamp into 0–100 only when already within a rounding hair of it; otherwise reject. */
export const pct = () =>
  z.pipe(
    num(),
    z.transform((v, ctx) => {
      if (v < -0.5 || v > 100.5) {
        ctx.issues.push({ code: 'custom', message: 'percent outside 0–100', input: v });
        return z.NEVER;
      }
      return Math.min(100, Math.max(0, v));
    }),
  );
