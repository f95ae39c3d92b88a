import * as z from 'zod/mini';
import { STORAGE_STATUS_KEY } from './status-key';

export { STORAGE_STATUS_KEY } from './status-key';

/** What kind of failure, so the popup can say it in words rather than an exception name. */
export const StorageFailureKind = z.enum(['quota', 'closed', 'other']);
export type StorageFailureKind = z.infer<typeof StorageFailureKind>;

export const StorageStatus = z.object({
  kind: StorageFailureKind,
  /** The exception's name (and its inner cause), for diagnosis. */
  error: z.string().check(z.maxLength(200)),
  at: z.int().check(z.gte(0)),
  /** Items that were refused by this failure and are waiting in their pages' outboxes. */
  waiting: z.int().check(z.gte(0)),
});
export type StorageStatus = z.infer<typeof StorageStatus>;

/** The part of `storage.local` (or `storage.session`) the status needs. */
export interface StatusArea {
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

function names(e: unknown): string[] {
  const out: string[] = [];
  let cur: unknown = e;
  // Dexie wraps the browser's error (AbortError → QuotaExceededError); look a few levels down.
  for (let depth = 0; cur && typeof cur === 'object' && depth < 4; depth++) {
    const name = (cur as { name?: unknown }).name;
    if (typeof name === 'string') out.push(name);
    cur = (cur as { inner?: unknown }).inner ?? (cur as { cause?: unknown }).cause;
  }
  return out;
}

/** Classifies a storage exception, including a quota error hidden inside an AbortError. */
export function classifyStorageError(e: unknown): { kind: StorageFailureKind; error: string } {
  const all = names(e);
  const error = (all.length ? all.join(' < ') : 'Error').slice(0, 200);
  const message = e instanceof Error ? e.message : '';
  if (all.includes('QuotaExceededError') || /quota/i.test(message)) return { kind: 'quota', error };
  if (all.includes('DatabaseClosedError') || all.includes('InvalidStateError'))
    return { kind: 'closed', error };
  return { kind: 'other', error };
}

/**
 * Remembers the last storage failure for the popup and forgets it at the next good commit.
 * Writing the status must never break delivery, so its own errors are swallowed.
 */
export function storageStatusRecorder(area: StatusArea, now: () => number = Date.now) {
  // Unknown after a worker restart: the first success clears whatever an earlier run left.
  let failing: boolean | undefined;
  return {
    async failed(e: unknown, waiting: number): Promise<void> {
      failing = true;
      const status: StorageStatus = { ...classifyStorageError(e), at: now(), waiting };
      await area.set({ [STORAGE_STATUS_KEY]: status }).catch(() => {});
    },
    async succeeded(): Promise<void> {
      if (failing === false) return;
      failing = false;
      await area.remove([STORAGE_STATUS_KEY]).catch(() => {});
    },
  };
}
export type StorageStatusRecorder = ReturnType<typeof storageStatusRecorder>;

/** Reads the stored status back, refusing anything that does not fit. */
export function readStorageStatus(value: unknown): StorageStatus | undefined {
  const r = StorageStatus.safeParse(value);
  return r.success ? r.data : undefined;
}
