import type { Envelope, WatchSpec } from '../model/wire';
import type { OutboxStore } from './outbox';

/** The part of `storage.local` the relay uses; pages cannot reach it from their own world. */
export interface KeyValue {
  get(key: string): Promise<Record<string, unknown>>;
  getAll(): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/**
 * Unacknowledged items, saved per page in parts under `outbox:<origin>:<page>.<part>`. A new
 * page of the same origin adopts what earlier pages left behind; only the same origin,
 * because the background attributes by sender and another site could not deliver them. Two
 * tabs adopting the same leftovers is harmless: ids are kept, so the background stores each
 * item once.
 */
export function pendingStore(
  kv: KeyValue,
  origin: string,
  pageId: string,
): OutboxStore & { adopt(): Promise<unknown[]> } {
  const prefix = `outbox:${origin}:`;
  const own = `${prefix}${pageId}.`;
  return {
    async adopt() {
      const all = await kv.getAll();
      const keys: string[] = [];
      const items: unknown[] = [];
      // Whole keys up to half the outbox: the rest stays saved for the next page or the
      // background, so this page keeps room for its own items and nothing is cut off.
      for (const k of Object.keys(all).filter((k) => k.startsWith(prefix) && !k.startsWith(own))) {
        const saved = Array.isArray(all[k]) ? (all[k] as unknown[]) : [];
        if (keys.length && items.length + saved.length > 250) break;
        keys.push(k);
        items.push(...saved);
      }
      if (keys.length) await kv.remove(keys);
      return items;
    },
    async write(parts: Record<string, Envelope[]>, removed: string[]) {
      const named = Object.entries(parts).map(([part, items]) => [own + part, items] as const);
      if (named.length) await kv.set(Object.fromEntries(named));
      if (removed.length) await kv.remove(removed.map((part) => own + part));
    },
  };
}

/** The last watch spec the background gave for this origin, so the next page starts at once. */
export function specCache(kv: KeyValue, origin: string) {
  const key = `spec:${origin}`;
  return {
    async load(): Promise<WatchSpec | undefined> {
      const v = (await kv.get(key))[key] as Partial<WatchSpec> | undefined;
      const ok =
        v &&
        typeof v.tool === 'string' &&
        Array.isArray(v.responses) &&
        Array.isArray(v.requests) &&
        Array.isArray(v.probes);
      return ok ? (v as WatchSpec) : undefined;
    },
    save: (spec: WatchSpec) => kv.set({ [key]: spec }),
  };
}
