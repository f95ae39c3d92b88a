import type { Unit } from '../model/enums';
import { t } from '../i18n';

const UNIT_WORDS: Record<Unit, string> = {
  credits: 'credits',
  points: 'points',
  tokens: 'tokens',
  characters: 'characters',
  requests: 'requests',
  hours: 'hours',
  usd: '',
  percent: '%',
};

// One formatter per shape, made once: `toLocaleString` with options builds a new one per call,
// which made formatting the biggest part of building the popup's cards.
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(min: number, max: number): Intl.NumberFormat {
  const key = `${min}|${max}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { minimumFractionDigits: min, maximumFractionDigits: max });
    numberFormats.set(key, f);
  }
  return f;
}

/** An amount in its unit, e.g. "$7.66", "2,350 credits", "12.5 hours". Never NaN. */
export function formatAmount(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return '—';
  if (unit === 'usd') {
    // A cent is too coarse for the price of one message: $0.012, not $0.01.
    const max = value !== 0 && Math.abs(value) < 0.1 ? 4 : 2;
    return `$${numberFormat(2, max).format(value)}`;
  }
  if (unit === 'percent') return `${Math.round(value)}%`;
  const digits = Math.abs(value) < 100 && !Number.isInteger(value) ? 2 : 0;
  return `${numberFormat(0, digits).format(value)} ${UNIT_WORDS[unit]}`;
}

/** A duration as the largest two units that matter: "3 d 4 h", "2 h 5 min", "45 s". */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (d > 0) return h ? `${d} d ${h} h` : `${d} d`;
  if (h > 0) return m ? `${h} h ${m} min` : `${h} h`;
  if (m > 0) return `${m} min`;
  return `${s} s`;
}

export function formatAgo(at: number, now: number): string {
  const ms = now - at;
  return ms < 60_000 ? t('justNow') : t('ago', formatDuration(ms));
}

export function formatDate(at: number): string {
  return new Date(at).toLocaleString('en-US', {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}
