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
 * at once. Changes that arrive while a pass runs are merged per tool and handled together in
 * the next pass: a page sending many small batches costs a few passes, not one each (the
 * worker shares two cores with the page). A follower that throws is logged and the next one
 * still runs: a broken badge must not stop the ledger. `idle()` resolves when all is done.
 */
export function followerQueue(db: () => CreditwatchDB, followers: Follower[]) {
  // Per tool ('' for settings-wide changes): the times still to handle.
  const pending = new Map<string, Set<number>>();
  let running: Promise<void> | undefined;

  const drain = async () => {
    while (pending.size) {
      const batch = [...pending.entries()];
      pending.clear();
      for (const [tool, times] of batch) {
        const change: Change = tool ? { tool, times: [...times] } : { times: [] };
        for (const f of followers) {
          try {
            await f(db(), change);
          } catch (e) {
            console.error('creditwatch: follower failed', e);
          }
        }
      }
    }
  };

  const notify = (change: Change): Promise<void> => {
    const key = change.tool ?? '';
    const times = pending.get(key) ?? new Set<number>();
    for (const t of change.times) times.add(t);
    pending.set(key, times);
    running ??= start();
    return running;
  };
  // A change that lands between the last pass and this promise settling starts a new pass.
  const start = (): Promise<void> =>
    drain().finally(() => {
      running = pending.size ? start() : undefined;
    });
  return { notify, idle: () => running ?? Promise.resolve() };
}
