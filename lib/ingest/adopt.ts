import type { KeyValue } from '../content/pending';
import { WIRE } from '../model/wire';
import { deliver, type DeliverDeps } from './deliver';

/** `outbox:<https origin>:<page id>.<part>`, as the relay's pending store writes it. */
const KEY = /^outbox:(https:\/\/[a-z0-9.-]+):[\w-]{1,64}(\.\d{1,9})?$/;

/**
 * Delivers what pages saved in `storage.local` and never got acknowledged because their tab
 * closed first; otherwise those items would wait for the next visit to the same site. The
 * origin comes from the key, which only our content scripts write (pages cannot reach
 * extension storage), and every item passes the same validation, attribution and rate limit
 * as a live delivery. A live tab's key may be adopted too: ids are kept, so nothing doubles.
 * A key is removed only if nothing rewrote it meanwhile. Returns how many items were stored.
 */
export async function adoptOutboxes(
  kv: KeyValue,
  deps: DeliverDeps,
): Promise<{ adopted: number; keys: number }> {
  const all = await kv.getAll();
  let adopted = 0;
  let keys = 0;
  for (const [key, value] of Object.entries(all)) {
    const origin = KEY.exec(key)?.[1];
    if (!origin) continue;
    const items = Array.isArray(value) ? (value as unknown[]).slice(0, 500) : [];
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
    const now = (await kv.get(key))[key];
    if (JSON.stringify(now) === JSON.stringify(value)) {
      await kv.remove([key]);
      keys++;
    }
  }
  return { adopted, keys };
}

/**
 * Adopts saved outboxes a few seconds after the worker starts (live tabs deliver first) and
 * then every half minute while it runs; one pass at a time, and a failing pass waits.
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
