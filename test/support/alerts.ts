import type { Notice } from '@/lib/alerts/notice';
import type { BadgeView, Notifier } from '@/lib/alerts/notifier';
import type { CreditwatchDB } from '@/lib/db/database';
import type { Reading } from '@/lib/model/reading';

export const T0 = Date.parse('2026-11-01T00:00:00Z');

/** A notifier that remembers what it was asked to show, like the browser's notification list. */
export function recorder(): Notifier & {
  notices: { id: string; notice: Notice }[];
  badges: BadgeView[];
  last(): BadgeView | undefined;
  kinds(): string[];
} {
  const notices: { id: string; notice: Notice }[] = [];
  const badges: BadgeView[] = [];
  return {
    notices,
    badges,
    async notify(id, notice) {
      notices.push({ id, notice });
    },
    async badge(view) {
      badges.push(view);
    },
    last: () => badges[badges.length - 1],
    kinds: () => notices.map((n) => n.id.split('|')[1]!),
  };
}

type Values = Pick<Reading, 'remaining' | 'used' | 'limit' | 'percentUsed' | 'resetsAt'>;

/** Stores a reading as the meter's latest, as the ingest step would after a change. */
export async function putReading(
  db: CreditwatchDB,
  meterKey: string,
  at: number,
  values: Values,
): Promise<Reading> {
  const [tool, meter] = meterKey.split(':') as [string, string];
  const r: Reading = {
    id: `${meterKey}@${at}`,
    tool,
    meter,
    meterKey,
    at,
    scale: 1,
    exact: true,
    source: 'json',
    ...values,
  };
  await db.readings.put(r);
  await db.meters.put({ key: meterKey, tool, meter, latest: r, lastSeen: at });
  return r;
}
