import { at } from '@/lib/adapters/case-time';

/**
 * Fixture time placeholders: `{{now<offset>|<format>}}`, e.g. `"{{now+3d|unix_s}}"` or
 * `{{now-2h|iso}}`, resolved against the clock a test reads the fixture at. Every format a site
 * sends has its own name, so the fixture keeps the site's shape (SITES.md 0, rule 4).
 *
 * Numeric formats written inside quotes (`"{{now|unix_ms}}"`) become bare numbers, so a
 * JSON fixture stays valid JSON before it is resolved; the `_string` formats stay quoted.
 */
const NUMERIC: Record<string, (ms: number) => string> = {
  unix_s: (ms) => String(Math.floor(ms / 1000)),
  unix_s_float: (ms) => (ms / 1000).toFixed(3),
  unix_ms: (ms) => String(ms),
  unix_us: (ms) => `${ms}417`,
};

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The wall-clock text of `ms` at a fixed UTC offset (`+05:30`), without the offset. */
function wall(ms: number, offset: string): string {
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  if (!m) throw new Error(`bad zone offset "${offset}"`);
  const mins = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  return new Date(ms + mins * 60_000).toISOString().slice(0, 19);
}

const TEXT: Record<string, (ms: number) => string> = {
  iso: (ms) => new Date(ms).toISOString(),
  iso_s: (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  // Claude: six fraction digits and an explicit +00:00 (the last three are below a millisecond).
  iso_us: (ms) => `${new Date(ms).toISOString().slice(0, 23)}417+00:00`,
  // Kimi: nine fraction digits.
  iso_ns: (ms) => `${new Date(ms).toISOString().slice(0, 23)}417093Z`,
  date: (ms) => new Date(ms).toISOString().slice(0, 10),
  ms_string: (ms) => String(ms),
  s_string: (ms) => String(Math.floor(ms / 1000)),
};

/** `iso@+05:30`: the same instant written in a local offset, as Devin sends it. */
function zoned(format: string, ms: number): string | undefined {
  const m = /^iso(_s)?@([+-]\d{2}:\d{2})$/.exec(format);
  if (!m) return undefined;
  const frac = m[1] ? '' : `.${pad(((ms % 1000) + 1000) % 1000, 3)}`;
  return `${wall(ms, m[2]!)}${frac}${m[2]}`;
}

const PLACEHOLDER = /\{\{now([+-][\dhmsd]+)?\|([\w@:+-]+)\}\}/g;
const QUOTED_NUMERIC = /"\{\{now([+-][\dhmsd]+)?\|(unix_s|unix_s_float|unix_ms|unix_us)\}\}"/g;

/** Replaces every placeholder in a fixture's text with the time it names at `now`. */
export function resolveTimes(text: string, now: number): string {
  const out = text
    .replace(QUOTED_NUMERIC, (_, off: string | undefined, f: string) =>
      NUMERIC[f]!(at(off ?? '', now)),
    )
    .replace(PLACEHOLDER, (_, off: string | undefined, f: string) => {
      const ms = at(off ?? '', now);
      const out = NUMERIC[f]?.(ms) ?? TEXT[f]?.(ms) ?? zoned(f, ms);
      if (out === undefined) throw new Error(`unknown time format "${f}" in a fixture`);
      return out;
    });
  const left = /\{\{now[^}]*\}\}/.exec(out);
  if (left) throw new Error(`unreadable time placeholder ${left[0]} in a fixture`);
  return out;
}

/**
 * Literal times a fixture must not hold: dates (`2026-12-01`, with or without a time) and
 * epoch numbers between 2000 and 2100 in seconds, milliseconds, microseconds or nanoseconds.
 * Ids that happen to look like one are written so they do not.
 */
export function literalTimes(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![\w{])(19|20|21)\d{2}-[01]\d-[0-3]\d(?![\d}])/g))
    out.push(m[0]);
  for (const m of text.matchAll(/(?<![\w.])(\d{10}(?:\d{3}){0,3})(?:\.\d+)?(?![\w.])/g)) {
    const digits = m[1]!;
    const seconds = Number(digits) / 10 ** (digits.length - 10);
    if (seconds >= 946_684_800 && seconds < 4_102_444_800) out.push(digits);
  }
  return out;
}
