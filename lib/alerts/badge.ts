import { t } from '../i18n';
import type { MeterCondition } from './conditions';
import type { BadgeView, Severity } from './notifier';

/** At or below this share left a low meter is red, not amber. */
export const RED_PERCENT = 5;

/** Badge colours: background and text, chosen for contrast (amber needs dark text). */
export const BADGE_COLORS: Record<Severity, { background: string; text: string }> = {
  red: { background: '#c5221f', text: '#ffffff' },
  amber: { background: '#f9ab00', text: '#000000' },
};

function severity(c: MeterCondition): Severity | undefined {
  if (c.runOut) return 'red';
  if (!c.low) return undefined;
  if ((c.percentLeft ?? Infinity) <= RED_PERCENT || c.left === 0) return 'red';
  return 'amber';
}

const RANK: Record<Severity, number> = { red: 0, amber: 1 };

/**
 * The toolbar badge: the most binding meter (red before amber, then the least share left)
 * shows its percent left, or "!" when its share is unknown or it runs out before its reset.
 * Cleared when nothing is low.
 */
export function badgeFor(conditions: MeterCondition[]): BadgeView {
  const ranked = conditions
    .map((c) => ({ c, s: severity(c) }))
    .filter((x): x is { c: MeterCondition; s: Severity } => x.s !== undefined)
    .sort(
      (a, b) =>
        RANK[a.s] - RANK[b.s] ||
        (a.c.percentLeft ?? 101) - (b.c.percentLeft ?? 101) ||
        a.c.key.localeCompare(b.c.key),
    );
  const top = ranked[0];
  if (!top) return { text: '', title: t('alertBadgeIdle') };
  const { c, s } = top;
  const text = c.low && c.percentLeft !== undefined ? `${Math.round(c.percentLeft)}%` : '!';
  const title = c.low
    ? t('alertBadgeLow', c.toolName, c.label, c.summary)
    : t('alertBadgeRunOut', c.toolName, c.label, c.summary);
  return { text, severity: s, title: title.slice(0, 200) };
}
