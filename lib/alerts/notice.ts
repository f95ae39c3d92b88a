import { t } from '../i18n';
import type { AlertKind } from '../model/alert';
import { formatDuration } from '../view/format';
import type { MeterCondition } from './conditions';

/** What a notification says. Page-derived text never reaches it unbounded. */
export interface Notice {
  title: string;
  message: string;
  /** Where a click goes; resolved from the key when absent. */
  url?: string;
}

/** Chrome truncates long notification text anyway; the bound keeps a hostile label harmless. */
const MAX_TITLE = 100;
const MAX_MESSAGE = 300;

export function bounded(n: Notice): Notice {
  const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
  return { ...n, title: clip(n.title, MAX_TITLE), message: clip(n.message, MAX_MESSAGE) };
}

/** The notification for a meter alert of this kind. */
export function meterNotice(kind: AlertKind, c: MeterCondition, now: number): Notice {
  switch (kind) {
    case 'runOut':
      return bounded({
        title: t('alertRunOutTitle', c.toolName),
        message: t(
          'alertRunOutBody',
          c.label,
          formatDuration((c.emptyAt ?? now) - now),
          formatDuration((c.resetsAt ?? now) - now),
        ),
      });
    case 'reset':
      return bounded({
        title: t('alertResetTitle', c.toolName),
        message: t('alertResetBody', c.label, c.summary),
      });
    default:
      return bounded({
        title: t('alertLowTitle', c.toolName),
        message: t('alertLowBody', c.label, c.summary),
      });
  }
}

const PREFIX = 'cw';
const SEP = '|';

/**
 * A notification id names the alert kind, the state key and when it fired, so each episode's
 * notification is distinct (a duplicate could not hide behind a replaced one) and a click,
 * even in a restarted worker, knows which tool it is about. An explicit URL rides along.
 */
export function noticeId(kind: AlertKind, key: string, at: number, url?: string): string {
  return [PREFIX, kind, key, String(at), ...(url ? [url] : [])].join(SEP);
}

export interface ParsedId {
  kind: AlertKind;
  key: string;
  at: number;
  url?: string;
}

const KINDS: readonly string[] = ['low', 'runOut', 'reset', 'budget'];

export function parseNoticeId(id: string): ParsedId | undefined {
  if (id.length > 4096) return undefined;
  const [prefix, kind, key, at, ...rest] = id.split(SEP);
  if (prefix !== PREFIX || !kind || !KINDS.includes(kind) || !key || !at) return undefined;
  const when = Number(at);
  if (!Number.isSafeInteger(when)) return undefined;
  const url = rest.length ? rest.join(SEP) : undefined;
  return { kind: kind as AlertKind, key, at: when, url };
}
