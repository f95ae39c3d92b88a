import type { CreditwatchDB } from '../db/database';
import type { Change, Follower } from '../ingest/followers';
import { loadSettings } from '../settings/load';
import { badgeFor } from './badge';
import { meterCondition } from './conditions';
import { step } from './evaluate';
import { loadInputs } from './inputs';
import { meterNotice, noticeId, type Notice } from './notice';
import type { Notifier } from './notifier';
import { show, transition } from './record';

// One alerts pass at a time in this worker, so a start-up refresh that read older data can
// never paint the badge over a newer one.
let tail: Promise<unknown> = Promise.resolve();
function serial<T>(work: () => Promise<T>): Promise<T> {
  const run = tail.then(work, work);
  tail = run.catch(() => undefined);
  return run;
}

async function conditions(db: CreditwatchDB, now: number) {
  const settings = await loadSettings(db);
  const inputs = await loadInputs(db, settings, now);
  return { settings, conds: inputs.map((i) => meterCondition(i, now)) };
}

/**
 * The alerts step after every stored batch or settings change: each meter of the changed
 * tool (every tool when settings changed) moves its alert episode on and fires what starts;
 * then the badge shows the most binding meter of all enabled tools.
 */
export function createAlertsFollower(notifier: Notifier, clock: () => number = Date.now): Follower {
  return (db: CreditwatchDB, change: Change) => serial(() => evaluate(db, change));
  async function evaluate(db: CreditwatchDB, change: Change) {
    const now = clock();
    const { settings, conds } = await conditions(db, now);
    const due: [string, Notice][] = [];
    for (const c of conds) {
      if (change.tool !== undefined && c.tool !== change.tool) continue;
      const s = await transition(db, c.key, (prev) => step(c.key, prev, c, settings.global, now));
      for (const kind of s.fire) due.push([noticeId(kind, c.key, now), meterNotice(kind, c, now)]);
    }
    for (const [id, notice] of due) await show(notifier, id, notice);
    await notifier.badge(badgeFor(conds));
  }
}

/** Sets the badge from what is stored, firing nothing: for a worker that just started. */
export function refreshBadge(db: CreditwatchDB, notifier: Notifier, clock = Date.now) {
  return serial(async () => {
    const { conds } = await conditions(db, clock());
    await notifier.badge(badgeFor(conds));
  });
}
