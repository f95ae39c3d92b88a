import type { Forecast } from '../forecast/pace';
import { t } from '../i18n';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A weekday, with the date when it is more than six days off: "Tue", "Tue, Dec 8". */
export function weekday(at: number, now: number, locale?: string): string {
  const far = at - now > 6 * DAY_MS;
  const key = `${locale ?? ''}|${far}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(
      locale,
      far ? { weekday: 'short', month: 'short', day: 'numeric' } : { weekday: 'short' },
    );
    dateFormats.set(key, f);
  }
  return f.format(at);
}

/**
 * The forecast in words: "runs out before the reset on Tue", "lasts ~9 days", or "lasts past
 * the reset". Undefined when there is no forecast: nothing is better than a guess.
 */
export function forecastText(
  fc: Forecast | undefined,
  resetsAt: number | undefined,
  now: number,
  locale?: string,
): string | undefined {
  if (!fc) return undefined;
  if (fc.beforeReset && resetsAt !== undefined)
    return t('runsOutBeforeReset', weekday(resetsAt, now, locale));
  if (resetsAt !== undefined && resetsAt > now) return t('lastsPastReset');
  const ms = Math.max(0, fc.emptyAt - now);
  // Past two months, days are false precision: say months.
  if (ms >= 60 * DAY_MS) return t('lastsMonths', Math.round(ms / (30.44 * DAY_MS)));
  if (ms >= 1.5 * DAY_MS) return t('lastsDays', Math.round(ms / DAY_MS));
  if (ms >= DAY_MS) return t('lastsOneDay');
  return t('lastsHours', Math.max(1, Math.round(ms / HOUR_MS)));
}
