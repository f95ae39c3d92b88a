import type { KeyValue } from '../content/pending';
import { WIRE } from '../model/wire';
import { deliver, type DeliverDeps } from './deliver';

/** `outbox:<https origin>:<page id>.<part>`, as the relay's pending store writes it. */
const KEY = /^outbox:(https:\/\/[a-z0-9.-]+):[\w-]{1,64}(\.\d{1,9})?$/;

/**
 * A saved part whose newest item is younger than this belongs to a tab that is most likely
 * still open and about to send it (a relay sends at most 5 s after an item, and retries within
 * 30 s): adopting it would store the same items twice over, in the middle of that page's work.
 */
export const SETTLED_MS = 30_000;

/** The newest capture time in a saved part; undefined when none is a plausible time. */
function newest(items: unknown[], now: number): number | undefined {
  let max: number | undefined;
  for (const e of items) {
    const at = (e as { at?: unknown } | null)?.at;
    // A time ahead of the clock is not a live tab's: such a part is left to no one.
    if (typeof at === 'number' && at <= now + SETTLED_MS && (max === undefined || at > max))
      max = at;
  }
  return max;
}

/**
 * Delivers what pages saved in `storage.local` and never got acknowledged because their tab
 * closed first; otherwise those items would wait for the next visit to the same site. The
 * origin comes from the key, which only our content scripts write (pages cannot reach
 * extension storage), and every item passes the same validation, attribution and rate limit
 * as a live delivery. Parts saved in the last `SETTLED_MS` wait for a later pass; were one
 * adopted all the same, ids are kept, so nothing doubles. A key is removed only if nothing
 * rewrote it meanwhile. Returns how many items were stored.
 */
export async function adoptOutboxes(
  kv: KeyValue,
  deps: DeliverDeps,
  now = Date.now(),
): Promise<{ adopted: number; keys: number }> {
  const all = await kv.getAll();
  let adopted = 0;
  let keys = 0;
  for (const [key, value] of Object.entries(all)) {
    const origin = KEY.exec(key)?.[1];
    if (!origin) continue;
    const items = Array.isArray(value) ? (value as unknown[]).slice(0, 500) : [];
    const last = newest(items, now);
    if (last !== undefined && now - last < SETTLED_MS) continue;
    const sender = { id: deps.selfId, url: `${origin}/`, origin, frameId: 0 };
    let done = true;
    for (let i = 0; i < items.length && done; i += WIRE.maxBatch) {
      const batch = items.slice(i, i + WIRE.maxBatch);
      const ack = await deliver(batch, sender, deps);
      // Refused for good (junk, a site no longer supported) is done too; a retry is not.
      done = ack.ok || !ack.retry;
      if (ack.ok) adopted += batch.length;
    }
    if (!done) continue;
    const current = (await kv.get(key))[key];
    if (JSON.stringify(current) === JSON.stringify(value)) {
      await kv.remove([key]);
      keys++;
    }
  }
  return { adopted, keys };
}

/**
 * Adopts saved outboxes a few seconds after the worker starts and then every half minute
 * while it runs; one pass at a time, and a failing pass waits.
 */
export function adoptEvery(kv: KeyValue, deps: DeliverDeps, firstMs = 3_000, everyMs = 30_000) {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      await adoptOutboxes(kv, deps);
    } catch {
      // Storage unreadable right now: the next pass tries again, nothing was removed.
    } finally {
      running = false;
    }
  };
  setTimeout(() => void run(), firstMs);
  setInterval(() => void run(), everyMs);
}

/** `storage.local` in the shape the pending store and adoption share. */
export function localArea(area: {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}): KeyValue {
  return {
    get: (key) => area.get(key),
    getAll: () => area.get(null),
    set: (items) => area.set(items),
    remove: (keys) => area.remove(keys),
  };
}
