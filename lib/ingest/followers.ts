import * as z from 'zod/mini';
import type { CreditwatchDB } from '../db/database';
import { epochMs, rowId } from '../model/bounds';

/** What changed: a tool's data at these times, or (no tool) settings or everything. */
export interface Change {
  tool?: string;
  times: number[];
}

/** Work that follows a change: refresh the ledger's days, then alerts and the badge. */
export type Follower = (db: CreditwatchDB, change: Change) => Promise<void>;

/** Where changes wait for their pass, so a worker stopped in between does it when it restarts. */
export interface PendingChanges {
  load(): Promise<unknown>;
  save(changes: Change[]): Promise<void>;
}

export interface FollowerTiming {
  /** Quiet time after the last change before a pass starts: a stream of batches makes one. */
  settleMs: number;
  /** However busy the stream, a pass starts this long after the first change waiting. */
  maxWaitMs: number;
}

/** Run at once: what unit tests use; the background settles (TIMING in lib/background.ts). */
const IMMEDIATE: FollowerTiming = { settleMs: 0, maxWaitMs: 0 };

/** Times kept per tool in the saved copy; a pass over more is a backlog a restart may coarsen. */
const SAVED_TIMES = 5_000;

const Saved = z.array(
  z.object({
    tool: z.optional(rowId()),
    times: z.array(epochMs()).check(z.maxLength(SAVED_TIMES)),
  }),
);

/**
 * Runs followers one change at a time, in order, so two batches never refresh the same day
 * at once. Changes wait `settleMs` of quiet (at most `maxWaitMs`) and are merged per tool:
 * a page streaming captures costs one pass after it, not one per batch while it works (the
 * worker shares two cores with that page). Changes that arrive during a pass are merged and
 * handled right after it; `soon` skips the wait (a person in the options page is looking at
 * the result). Waiting changes are saved through `store` and picked up by
 * `resume()` when a stopped worker starts again. A follower that throws is logged and the
 * next one still runs: a broken badge must not stop the ledger. `idle()` resolves when all is
 * done; `notify` returns the same promise.
 */
export function followerQueue(
  db: () => CreditwatchDB,
  followers: Follower[],
  options: {
    timing?: FollowerTiming;
    store?: PendingChanges;
    /** Once after each pass, whatever it held (the popup's snapshot). */
    afterPass?: (db: CreditwatchDB) => Promise<void>;
  } = {},
) {
  const { timing = IMMEDIATE, store, afterPass } = options;
  // Per tool ('' for settings-wide changes): the times still to handle.
  const pending = new Map<string, Set<number>>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstWaiting: number | undefined;
  let passing = false;
  let done: Promise<void> | undefined;
  let settle = () => {};
  // The changes the running pass took out of `pending`: saved with it until the pass is done.
  let handling: Change[] = [];

  const changes = (): Change[] =>
    [...pending].map(([tool, times]) => (tool ? { tool, times: [...times] } : { times: [] }));

  let saveQueued = false;
  const save = () => {
    if (!store || saveQueued) return;
    saveQueued = true;
    queueMicrotask(() => {
      saveQueued = false;
      const list = [...handling, ...changes()].map((c) => ({
        ...c,
        times: c.times.slice(-SAVED_TIMES),
      }));
      store.save(list).catch((e) => console.error('creditwatch: saving changes failed', e));
    });
  };

  const pass = async () => {
    passing = true;
    timer = undefined;
    firstWaiting = undefined;
    try {
      // afterPass once the changes are drained; changes arriving during it go round again.
      do {
        while (pending.size) {
          const batch = changes();
          handling = [...handling, ...batch];
          pending.clear();
          for (const change of batch)
            for (const f of followers) {
              try {
                await f(db(), change);
              } catch (e) {
                console.error('creditwatch: follower failed', e);
              }
            }
        }
        try {
          await afterPass?.(db());
        } catch (e) {
          console.error('creditwatch: after a pass', e);
        }
      } while (pending.size);
    } finally {
      passing = false;
      handling = [];
      save();
      const resolve = settle;
      done = undefined;
      resolve();
    }
  };

  const schedule = (soon: boolean) => {
    if (passing) return;
    const now = Date.now();
    firstWaiting ??= now;
    const wait = soon ? 0 : Math.min(timing.settleMs, firstWaiting + timing.maxWaitMs - now);
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (wait <= 0) void pass();
    else timer = setTimeout(() => void pass(), wait);
  };

  const notify = (change: Change, soon = false): Promise<void> => {
    const key = change.tool ?? '';
    const times = pending.get(key) ?? new Set<number>();
    for (const t of change.times) times.add(t);
    pending.set(key, times);
    done ??= new Promise<void>((r) => (settle = r));
    const promise = done;
    save();
    schedule(soon);
    return promise;
  };

  /** Picks up the changes a stopped worker saved and had not handled yet. */
  const resume = async (): Promise<void> => {
    if (!store) return;
    const parsed = Saved.safeParse(await store.load());
    // Unreadable leftovers (an older format) cannot be trusted: settings-wide pass instead.
    const saved = parsed.success ? parsed.data : [{ times: [] }];
    if (!saved.length) return;
    for (const c of saved) void notify(c);
  };

  return { notify, resume, idle: () => done ?? Promise.resolve() };
}

/** `storage.local` as the place changes wait for their pass. */
export function savedChanges(area: {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}): PendingChanges {
  const KEY = 'followers:pending';
  return {
    load: async () => (await area.get(KEY))[KEY] ?? [],
    save: (changes) => (changes.length ? area.set({ [KEY]: changes }) : area.remove([KEY])),
  };
}
