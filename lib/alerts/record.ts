import type { CreditwatchDB } from '../db/database';
import type { AlertKind, AlertState } from '../model/alert';
import { sameState, type Step } from './evaluate';
import { bounded, noticeId, type Notice } from './notice';
import type { Notifier } from './notifier';

/**
 * Decides and records one key's next state in a single transaction, so two evaluations can
 * never both see "not fired yet". Notifications are shown only after the commit: a worker
 * killed in between loses that notification rather than ever showing it twice.
 */
export async function transition(
  db: CreditwatchDB,
  key: string,
  decide: (prev: AlertState | undefined) => Step,
): Promise<Step> {
  return db.transaction('rw', db.alerts, async () => {
    const prev = await db.alerts.get(key);
    const s = decide(prev);
    if (!sameState(prev, s.next)) await db.alerts.put(s.next);
    return s;
  });
}

/** Shows a recorded alert; a failure is logged, never retried (it is already recorded). */
export async function show(notifier: Notifier, id: string, notice: Notice): Promise<boolean> {
  try {
    await notifier.notify(id, notice);
    return true;
  } catch (e) {
    console.error('creditwatch: notification failed', e);
    return false;
  }
}

/**
 * One alert by key and kind, once per episode: fires when `active` turns true and not again
 * until a call with `active` false ends the episode. For alerts beyond the meters, e.g. a
 * monthly budget: `fireOnce(db, 'budget:2026-11', 'budget', spent > budget, notice, notifier)`.
 * Resolves true when it fired (recorded; shown unless the browser refused).
 */
export async function fireOnce(
  db: CreditwatchDB,
  key: string,
  kind: AlertKind,
  active: boolean,
  notice: Notice,
  notifier: Notifier,
  now = Date.now(),
): Promise<boolean> {
  const s = await transition(db, key, (prev) => {
    const set = new Set(prev?.active ?? []);
    const starts = active && !set.has(kind);
    if (active) set.add(kind);
    else set.delete(kind);
    const fired = starts ? { ...prev?.fired, [kind]: now } : { ...prev?.fired };
    const next: AlertState = { key, active: [...set].sort(), fired, resetsAt: prev?.resetsAt };
    return { next, fire: starts ? [kind] : [] };
  });
  if (!s.fire.length) return false;
  await show(notifier, noticeId(kind, key, now, notice.url), bounded(notice));
  return true;
}
