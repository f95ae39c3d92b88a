import { t } from '../i18n';
import { scaled } from '../ingest/delta';
import type { Reading } from '../model/reading';
import type { MeterSpec } from '../model/tool';
import { formatAgo, formatAmount, formatDuration } from './format';

export interface MeterView {
  label: string;
  /** The headline, e.g. "2,350 credits left of 2,500 credits". */
  summary: string;
  /** Share of the meter still available, 0–100, when it can be known. */
  percentLeft?: number;
  resets?: string;
  updated: string;
  exact: boolean;
}

const clampPct = (v: number) => Math.min(100, Math.max(0, Math.round(v * 10) / 10));

/** What one meter looks like on screen; every number in it is finite or left out. */
export function meterView(spec: MeterSpec, r: Reading, lastSeen: number, now: number): MeterView {
  const remaining = scaled(r, 'remaining');
  const used = scaled(r, 'used');
  const limit = scaled(r, 'limit');
  const fmt = (v: number) => formatAmount(v, spec.unit);
  let summary: string;
  let percentLeft: number | undefined;
  if (r.percentUsed !== undefined && remaining === undefined && used === undefined) {
    percentLeft = clampPct(100 - r.percentUsed);
    summary = t('percentLeft', Math.round(percentLeft));
  } else if (spec.kind === 'spend_cap' && used !== undefined) {
    summary = limit ? t('usedOf', fmt(used), fmt(limit)) : t('used', fmt(used));
    if (limit) percentLeft = clampPct(100 - (used / limit) * 100);
  } else {
    const left =
      remaining ??
      (limit !== undefined && used !== undefined ? Math.max(0, limit - used) : undefined);
    if (left === undefined) summary = t('used', fmt(used ?? 0));
    else summary = limit ? t('leftOf', fmt(left), fmt(limit)) : t('left', fmt(left));
    if (left !== undefined && limit) percentLeft = clampPct((left / limit) * 100);
    else if (r.percentUsed !== undefined) percentLeft = clampPct(100 - r.percentUsed);
  }
  let resets: string | undefined;
  if (r.resetsAt !== undefined)
    resets = r.resetsAt > now ? t('resetsIn', formatDuration(r.resetsAt - now)) : t('resetDue');
  return {
    label: spec.label,
    summary,
    percentLeft,
    resets,
    updated: t('updated', formatAgo(Math.max(lastSeen, r.at), now)),
    exact: r.exact,
  };
}
