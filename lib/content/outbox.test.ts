import type { Ack, Envelope } from '../model/wire';
import { Outbox } from './outbox';

const env = (i: number): Envelope => ({
  type: 'text',
  id: `item-${String(i).padStart(6, '0')}`,
  at: 1e12 + i,
  url: 'https://suno.com/',
  texts: { n: String(i) },
});

describe('Outbox', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps items until acked, retrying with backoff while the worker is away', async () => {
    const stored = new Map<string, Envelope>();
    let down = 3;
    const send = vi.fn(async (batch: Envelope[]): Promise<Ack> => {
      if (down-- > 0)
        throw new Error('Could not establish connection. Receiving end does not exist.');
      batch.forEach((e) => stored.set(e.id, e));
      return { ok: true, acked: batch.map((e) => e.id) };
    });
    const box = new Outbox(send);
    for (let i = 0; i < 120; i++) box.push(env(i));
    await vi.runAllTimersAsync();
    expect(stored.size).toBe(120);
    expect(box.pending).toBe(0);
    // 3 failures, then 120 items in batches of 50.
    expect(send).toHaveBeenCalledTimes(3 + 3);
  });

  it('removes only what the background acknowledged', async () => {
    const box = new Outbox(
      async (batch) => ({ ok: true, acked: batch.slice(0, 1).map((e) => e.id) }),
      { maxBatch: 5 },
    );
    box.push(env(1));
    box.push(env(2));
    await vi.advanceTimersByTimeAsync(1_000);
    // The unacked item is retried in the same flush until acknowledged.
    expect(box.pending).toBe(0);
  });

  it('drops items refused for good, and counts them', async () => {
    const box = new Outbox(async () => ({
      ok: false,
      error: 'sender not supported',
      retry: false,
    }));
    box.push(env(1));
    await vi.runAllTimersAsync();
    expect(box.pending).toBe(0);
    expect(box.dropped).toBe(1);
  });

  it('is bounded against a flooding page', () => {
    const box = new Outbox(async () => new Promise<Ack>(() => {}), { maxItems: 10 });
    for (let i = 0; i < 25; i++) box.push(env(i));
    expect(box.pending).toBe(10);
    expect(box.dropped).toBe(15);
  });

  /** A store that keeps parts the way storage.local would, and counts items written. */
  function partsStore() {
    const parts = new Map<string, Envelope[]>();
    let written = 0;
    return {
      parts,
      written: () => written,
      saved: () =>
        [...parts.values()]
          .flat()
          .map((e) => e.id)
          .sort(),
      write: async (put: Record<string, Envelope[]>, removed: string[]) => {
        await new Promise((r) => setTimeout(r, 5));
        for (const [k, v] of Object.entries(put)) {
          parts.set(k, v);
          written += v.length;
        }
        removed.forEach((k) => parts.delete(k));
      },
    };
  }

  it('writes each item once however long the list waits, and saves exactly what is pending', async () => {
    const store = partsStore();
    const box = new Outbox(async () => ({ ok: false, error: 'down', retry: true }), {}, store);
    // A burst in one task, then a capture every 10 ms: never the whole list again.
    for (let i = 0; i < 200; i++) box.push(env(i));
    await vi.advanceTimersByTimeAsync(10);
    for (let i = 200; i < 260; i++) {
      box.push(env(i));
      await vi.advanceTimersByTimeAsync(10);
    }
    await vi.advanceTimersByTimeAsync(1_100);
    expect(store.written()).toBe(260);
    expect(store.saved()).toEqual(Array.from({ length: 260 }, (_, i) => env(i).id).sort());
  });

  it("saves a streaming page's captures together, each within saveMs of its arrival", async () => {
    const store = partsStore();
    const box = new Outbox(async () => ({ ok: false, error: 'down', retry: true }), {}, store);
    const pushedAt = new Map<string, number>();
    // A capture every 100 ms for 4 s: the page never pauses, so nothing is sent before 5 s.
    for (let t = 0; t < 4_000; t += 100) {
      const e = env(t);
      box.push(e);
      pushedAt.set(e.id, t);
      await vi.advanceTimersByTimeAsync(100);
      const saved = new Set(store.saved());
      const late = [...pushedAt].filter(([id, at]) => t + 100 - at > 1_000 + 10 && !saved.has(id));
      expect(late).toEqual([]);
    }
    // Four saves (one a second) rather than forty.
    await vi.advanceTimersByTimeAsync(10);
    expect(store.parts.size).toBe(4);
  });

  it('saves what it sends before sending it, and saves at once when the page is left', async () => {
    const store = partsStore();
    const writtenIds = new Set<string>();
    const write = store.write;
    store.write = async (put, removed) => {
      Object.values(put).forEach((items) => items.forEach((e) => writtenIds.add(e.id)));
      return write(put, removed);
    };
    const unsavedAtSend: string[] = [];
    let answer: Ack = { ok: false, error: 'down', retry: true };
    const box = new Outbox(
      async (batch) => {
        unsavedAtSend.push(...batch.map((e) => e.id).filter((id) => !writtenIds.has(id)));
        return answer;
      },
      {},
      store,
    );
    box.push(env(1));
    await vi.advanceTimersByTimeAsync(600);
    expect(unsavedAtSend).toEqual([]);
    expect(writtenIds.has(env(1).id)).toBe(true);
    // Backing off now; a capture arrives and the page is hidden at once: saved, not sent.
    box.push(env(2));
    box.flushNow();
    expect(writtenIds.has(env(2).id)).toBe(true);
    answer = { ok: true, acked: [env(1).id, env(2).id] };
    await vi.advanceTimersByTimeAsync(2_000);
    expect(box.pending).toBe(0);
    await vi.advanceTimersByTimeAsync(50);
    expect(store.parts.size).toBe(0);
  });

  it('removes parts once acknowledged and rewrites a part that is partly acknowledged', async () => {
    const store = partsStore();
    const ackOnly = 1;
    const box = new Outbox(
      async (batch) => ({ ok: true, acked: batch.slice(0, ackOnly).map((e) => e.id) }),
      { maxBatch: 10, gatherMs: 2_000, maxHoldMs: 2_000 },
      store,
    );
    box.push(env(1));
    box.push(env(2));
    box.push(env(3));
    await vi.advanceTimersByTimeAsync(1_006);
    expect(store.saved()).toEqual([env(1).id, env(2).id, env(3).id]);
    // The flush sends, the background acks one item at a time; the part shrinks, then goes.
    const sizes: number[] = [];
    const write = store.write;
    store.write = async (put, removed) => {
      await write(put, removed);
      sizes.push(store.saved().length);
    };
    await vi.advanceTimersByTimeAsync(1_100);
    expect(box.pending).toBe(0);
    await vi.advanceTimersByTimeAsync(50);
    expect(sizes).toEqual([2, 1, 0]);
    expect(store.parts.size).toBe(0);
  });

  it('sends a stream of pushes together once the page pauses, or after maxHoldMs at most', async () => {
    const batches: number[] = [];
    const box = new Outbox(async (batch) => {
      batches.push(batch.length);
      return { ok: true, acked: batch.map((e) => e.id) };
    });
    // A chat turn: a capture every 200 ms for 2 s, then a pause.
    for (let i = 0; i < 10; i++) {
      box.push(env(i));
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(batches).toEqual([]);
    await vi.advanceTimersByTimeAsync(800);
    expect(batches).toEqual([10]);
    // A page that never pauses still delivers every 5 s.
    for (let i = 10; i < 40; i++) {
      box.push(env(i));
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(batches).toEqual([10, 25]);
  });

  it('sends at once when the page is left or hidden', async () => {
    const send = vi.fn(async (batch: Envelope[]): Promise<Ack> => ({
      ok: true,
      acked: batch.map((e) => e.id),
    }));
    const box = new Outbox(send);
    box.push(env(1));
    box.flushNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(1);
    expect(box.pending).toBe(0);
  });
});
