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

const SPEC_PREFIX = 'spec:';

/**
 * The last watch spec the background gave for this origin, and the extension version it was
 * given by. A spec is fixed by the adapters' code, so within one version the page needs no
 * other: it is read at once, and a sleeping worker is not woken to repeat it.
 */
export function specCache(kv: KeyValue, origin: string, version: string) {
  const key = `${SPEC_PREFIX}${origin}`;
  return {
    /** The cached spec, and whether this version gave it; undefined when there is none. */
    async load(): Promise<{ spec: WatchSpec; current: boolean } | undefined> {
      const v = (await kv.get(key))[key] as { version?: unknown; spec?: Partial<WatchSpec> };
      const spec = v?.spec;
      const ok =
        !!spec &&
        typeof spec.tool === 'string' &&
        Array.isArray(spec.responses) &&
        Array.isArray(spec.requests) &&
        Array.isArray(spec.probes);
      return ok ? { spec: spec as WatchSpec, current: v.version === version } : undefined;
    },
    save: (spec: WatchSpec) => kv.set({ [key]: { version, spec } }),
  };
}

/**
 * Drops every cached spec. The background does it when the extension is installed, updated or
 * reloaded: a reload during development keeps the version but may change an adapter.
 */
export async function forgetSpecs(kv: KeyValue): Promise<void> {
  const keys = Object.keys(await kv.getAll()).filter((k) => k.startsWith(SPEC_PREFIX));
  if (keys.length) await kv.remove(keys);
}
