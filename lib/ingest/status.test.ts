import Dexie from 'dexie';
import { freshDb } from '@/test/support/db';
import {
  AT,
  SELF_ID as SELF,
  sunoBillingEnvelope,
  sunoSender as sender,
} from '@/test/support/envelopes';
import { RateLimiter } from '../util/ratelimit';
import { deliver, type DeliverDeps } from './deliver';
import {
  classifyStorageError,
  readStorageStatus,
  STORAGE_STATUS_KEY,
  storageStatusRecorder,
} from './status';

const billing = (left: number) => [sunoBillingEnvelope(left, AT + left)];

/** A storage.local stand-in that keeps what it is given, as the browser's would. */
function memoryArea() {
  const data: Record<string, unknown> = {};
  return {
    data,
    set: async (items: Record<string, unknown>) => void Object.assign(data, items),
    remove: async (keys: string[]) => keys.forEach((k) => delete data[k]),
  };
}

const quota = () => new Dexie.QuotaExceededError('quota reached');
const quotaInAbort = () => new Dexie.AbortError('transaction aborted', quota());

describe('classifyStorageError', () => {
  it.each([
    ['a bare QuotaExceededError', quota(), 'quota'],
    [
      'a DOMException named QuotaExceededError',
      new DOMException('x', 'QuotaExceededError'),
      'quota',
    ],
    ['a quota error inside an AbortError', quotaInAbort(), 'quota'],
    ['a closed database', new Dexie.DatabaseClosedError(), 'closed'],
    ['anything else', new TypeError('boom'), 'other'],
    ['a thrown string', 'nope', 'other'],
  ])('recognises %s', (_name, e, kind) => {
    expect(classifyStorageError(e).kind).toBe(kind);
  });

  it('names the inner cause', () => {
    expect(classifyStorageError(quotaInAbort()).error).toBe('AbortError < QuotaExceededError');
  });
});

describe('the storage status through deliver', () => {
  function setup() {
    const db = freshDb();
    const area = memoryArea();
    let fail: (() => unknown) | undefined;
    const failing = new Proxy(db, {
      get(target, prop, receiver) {
        if (prop === 'transaction' && fail) {
          const err = fail();
          return () => Promise.reject(err);
        }
        const v = Reflect.get(target, prop, receiver) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    const deps: DeliverDeps = {
      db: () => failing,
      selfId: SELF,
      limiter: new RateLimiter(),
      status: storageStatusRecorder(area, () => AT),
    };
    return { db, area, deps, failWith: (f?: () => unknown) => (fail = f) };
  }

  it.each([
    ['a bare quota error', quota],
    ['a quota error inside an AbortError', quotaInAbort],
  ])('shows %s, keeps the items for retry, and clears after the next commit', async (_n, err) => {
    const { db, area, deps, failWith } = setup();
    failWith(err);
    const batch = billing(70);
    expect(await deliver(batch, sender, deps)).toMatchObject({ ok: false, retry: true });
    expect(readStorageStatus(area.data[STORAGE_STATUS_KEY])).toEqual({
      kind: 'quota',
      error: expect.stringContaining('QuotaExceededError') as string,
      at: AT,
      waiting: 1,
    });
    expect(await db.readings.count()).toBe(0);
    failWith(undefined);
    expect(await deliver(batch, sender, deps)).toEqual({ ok: true, acked: [batch[0]!.id] });
    expect(await db.readings.count()).toBe(1);
    expect(area.data[STORAGE_STATUS_KEY]).toBeUndefined();
  });

  it('reopens a database closed underneath it, so the retry stores', async () => {
    const { db, area, deps } = setup();
    await db.open();
    db.close();
    const batch = billing(60);
    const first = await deliver(batch, sender, deps);
    expect(first).toMatchObject({ ok: false, retry: true });
    expect(readStorageStatus(area.data[STORAGE_STATUS_KEY])?.kind).toBe('closed');
    expect(await deliver(batch, sender, deps)).toMatchObject({ ok: true });
    expect(await db.readings.count()).toBe(1);
    expect(area.data[STORAGE_STATUS_KEY]).toBeUndefined();
  });

  it('never lets a failing status store break delivery', async () => {
    const db = freshDb();
    const broken = {
      set: () => Promise.reject(new Error('storage.local full')),
      remove: () => Promise.reject(new Error('storage.local full')),
    };
    const deps: DeliverDeps = {
      db: () => db,
      selfId: SELF,
      limiter: new RateLimiter(),
      status: storageStatusRecorder(broken),
    };
    expect(await deliver(billing(50), sender, deps)).toMatchObject({ ok: true });
  });
});

describe('readStorageStatus', () => {
  it.each([
    undefined,
    null,
    'quota',
    { kind: 'quota' },
    { kind: 'x', error: '', at: 1, waiting: 0 },
  ])('refuses %j', (v) => expect(readStorageStatus(v)).toBeUndefined());
});
