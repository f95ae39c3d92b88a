import type { CreditwatchDB } from '../db/database';

/** What changed: a tool's data at these times, or (no tool) settings or everything. */
export interface Change {
  tool?: string;
  times: number[];
}

/** Work that follows a change: refresh the ledger's days, then alerts and the badge. */
export type Follower = (db: CreditwatchDB, change: Change) => Promise<void>;

/**
 * Runs followers one change at a time, in order, so two batches never refresh the same day
 * at once. A follower that throws is logged and the next one still runs: a broken badge must
 * not stop the ledger. Returns the function to call after each change, and `idle()` for tests.
 */
export function followerQueue(db: () => CreditwatchDB, followers: Follower[]) {
  let tail: Promise<void> = Promise.resolve();
  const notify = (change: Change) => {
    tail = tail.then(async () => {
      for (const f of followers) {
        try {
          await f(db(), change);
        } catch (e) {
          console.error('creditwatch: follower failed', e);
        }
      }
    });
    return tail;
  };
  return { notify, idle: () => tail };
}
