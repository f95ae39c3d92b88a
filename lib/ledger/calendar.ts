/** Local calendar arithmetic: days and months are the user's, in the browser's time zone. */

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

/** YYYY-MM-DD of an instant in local time. */
export function dayOf(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** YYYY-MM of an instant in local time. */
export function monthOf(at: number): string {
  return dayOf(at).slice(0, 7);
}

/** Local midnight starting a YYYY-MM-DD day. */
export function dayStart(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).getTime();
}

/** Local midnight of the next day (not +24 h: days around a clock change are 23 or 25 h). */
export function nextDayStart(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + 1).getTime();
}

/** [start, end) of a YYYY-MM month in local time. */
export function monthRange(month: string): [number, number] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return [new Date(y, m - 1, 1).getTime(), new Date(y, m, 1).getTime()];
}

/** The month `n` months after (or before, negative) a YYYY-MM month. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return monthOf(new Date(y, m - 1 + n, 1).getTime());
}

export const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** The local offset in minutes east of UTC at an instant. */
const offsetAt = (at: number) => -new Date(at).getTimezoneOffset();

const offsetText = (off: number) =>
  `${off >= 0 ? '+' : '-'}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;

/** ISO 8601 with the local offset, e.g. 2026-11-03T14:05:00+01:00 (the reference form). */
export function isoLocalSlow(at: number): string {
  const d = new Date(at);
  return (
    `${dayOf(at)}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` +
    offsetText(offsetAt(at))
  );
}

// An export formats every line's instant: the offset is looked up once per UTC hour and the
// date once per local day, instead of two Date objects a line.
let hourKey = NaN;
let hourOffset: number | undefined;
let hourSuffix = '';
let dayKey = NaN;
let dayText = '';

/** ISO 8601 with the local offset, e.g. 2026-11-03T14:05:00+01:00. */
export function isoLocal(at: number): string {
  const hour = Math.floor(at / HOUR);
  if (hour !== hourKey) {
    hourKey = hour;
    const off = offsetAt(hour * HOUR);
    // An hour holding a clock change (at :30 in some zones) takes the slow path throughout.
    hourOffset = off === offsetAt(hour * HOUR + HOUR - 1) ? off : undefined;
    hourSuffix = offsetText(off);
  }
  if (hourOffset === undefined || !Number.isInteger(at)) return isoLocalSlow(at);
  const local = at + hourOffset * MINUTE;
  const day = Math.floor(local / DAY);
  if (day !== dayKey) {
    dayKey = day;
    dayText = new Date(day * DAY).toISOString().slice(0, 10);
  }
  const s = Math.floor((local - day * DAY) / 1000);
  return (
    `${dayText}T${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}` +
    hourSuffix
  );
}
