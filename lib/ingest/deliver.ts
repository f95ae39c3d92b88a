import type { CreditwatchDB } from '../db/database';
import { Batch, type Ack } from '../model/wire';
import { attribute, type SenderFacts } from './attribute';
import { RateLimiter } from '../util/ratelimit';
import type { StorageStatusRecorder } from './status';
import { storeBatch } from './store';
import { isToolEnabled } from '../settings/enabled';

export interface DeliverDeps {
  db: () => CreditwatchDB;
  selfId: string;
  limiter: RateLimiter;
  /** Told after every commit that added something, so the ledger, alerts and badge follow. */
  onStored?: (tool: string, times: number[]) => void;
  /** Remembers a storage failure for the popup until the next commit succeeds. */
  status?: StorageStatusRecorder;
}

/** Storage errors that may pass (quota, a closed or busy database): the sender keeps the items. */
function describeStorageError(e: unknown): string {
  const name = e instanceof Error ? e.name : 'Error';
  const inner = (e as { inner?: { name?: string } } | null)?.inner?.name;
  return inner ? `${name} (${inner})` : name;
}

/** A database closed underneath us stays closed in Dexie: reopen it so the retry can work. */
async function reopenIfClosed(db: CreditwatchDB): Promise<void> {
  try {
    if (!db.isOpen()) await db.open();
  } catch {
    // Still unusable: the next delivery tries again, the sender keeps its items meanwhile.
  }
}

/** Validates, attributes and stores one batch from a content script; acks only after commit. */
export async function deliver(data: unknown, sender: SenderFacts, deps: DeliverDeps): Promise<Ack> {
  const adapter = attribute(sender, deps.selfId);
  // A sender we do not recognise gets an ack that drops the items: retrying cannot help.
  if (!adapter) return { ok: false, error: 'sender not supported', retry: false };
  const parsed = Batch.safeParse(data);
  if (!parsed.success) return { ok: false, error: 'batch does not fit the protocol', retry: false };
  if (!deps.limiter.take(new URL(sender.url!).origin, parsed.data.length))
    return { ok: false, error: 'rate limited', retry: true };
  const acked = parsed.data.map((e) => e.id);
  let stored;
  try {
    // A tool the user switched off: acknowledged so the page stops resending, nothing recorded.
    if (!(await isToolEnabled(deps.db(), adapter.id))) return { ok: true, acked };
    stored = await storeBatch(deps.db(), adapter, parsed.data);
  } catch (e) {
    await deps.status?.failed(e, parsed.data.length);
    await reopenIfClosed(deps.db());
    return { ok: false, error: `storage failed: ${describeStorageError(e)}`, retry: true };
  }
  await deps.status?.succeeded();
  if (stored.times.length || stored.failures) deps.onStored?.(adapter.id, stored.times);
  return { ok: true, acked };
}
