import type { CreditwatchDB } from '../db/database';
import { followerQueue, savedChanges, type Change } from './followers';
import { memoryArea } from '@/test/support/storage';

const db = {} as CreditwatchDB;

describe('followerQueue', () => {
  it('runs every follower in order for a change', async () => {
    const calls: string[] = [];
    const q = followerQueue(
      () => db,
      [
        async (_, c) => void calls.push(`a:${c.tool}`),
        async (_, c) => void calls.push(`b:${c.tool}`),
      ],
    );
    await q.notify({ tool: 'suno', times: [1] });
    expect(calls).toEqual(['a:suno', 'b:suno']);
  });

  it('merges changes that arrive during a pass, per tool, and loses none', async () => {
    const seen: Change[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const q = followerQueue(
      () => db,
      [
        async (_, c) => {
          seen.push(c);
          if (seen.length === 1) await gate;
        },
      ],
    );
    void q.notify({ tool: 'suno', times: [1] });
    for (let i = 2; i <= 50; i++) void q.notify({ tool: i % 2 ? 'suno' : 'claude', times: [i] });
    void q.notify({ times: [] });
    release();
    await q.idle();
    expect(seen.length).toBe(4); // the first, then suno, claude and settings once each
    const times = (tool?: string) =>
      seen
        .filter((c) => c.tool === tool)
        .flatMap((c) => c.times)
        .sort((a, b) => a - b);
    expect(times('suno')).toEqual([1, ...Array.from({ length: 24 }, (_, i) => 3 + 2 * i)]);
    expect(times('claude')).toEqual(Array.from({ length: 25 }, (_, i) => 2 + 2 * i));
    expect(seen.some((c) => c.tool === undefined)).toBe(true);
  });

  it('keeps going when a follower throws', async () => {
    const calls: string[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const q = followerQueue(
      () => db,
      [
        async () => {
          throw new Error('badge broke');
        },
        async (_, c) => void calls.push(String(c.tool)),
      ],
    );
    await q.notify({ tool: 'suno', times: [] });
    await q.notify({ tool: 'poe', times: [] });
    expect(calls).toEqual(['suno', 'poe']);
    expect(error).toHaveBeenCalledTimes(2);
    error.mockRestore();
  });

  describe('settling', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());
    const timing = { settleMs: 1_000, maxWaitMs: 5_000 };

    it('waits for a pause in the stream, then makes one pass of everything', async () => {
      const seen: Change[] = [];
      const q = followerQueue(() => db, [async (_, c) => void seen.push(c)], { timing });
      for (let i = 0; i < 4; i++) {
        void q.notify({ tool: 'claude', times: [i] });
        await vi.advanceTimersByTimeAsync(500);
      }
      expect(seen).toEqual([]);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(seen).toEqual([{ tool: 'claude', times: [0, 1, 2, 3] }]);
    });

    it('does not wait longer than maxWaitMs for a stream that never pauses', async () => {
      const seen: Change[] = [];
      const q = followerQueue(() => db, [async (_, c) => void seen.push(c)], { timing });
      for (let i = 0; i < 12; i++) {
        void q.notify({ tool: 'claude', times: [i] });
        await vi.advanceTimersByTimeAsync(500);
      }
      // Passes at 5 s (times 0–9) and, after the stream stopped, 1 s later (10–11).
      expect(seen.map((c) => c.times.length)).toEqual([10]);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(seen.map((c) => c.times.length)).toEqual([10, 2]);
    });

    it('goes at once for a change marked soon, taking what waits with it', async () => {
      const seen: Change[] = [];
      const q = followerQueue(() => db, [async (_, c) => void seen.push(c)], { timing });
      void q.notify({ tool: 'claude', times: [1] });
      await q.notify({ times: [] }, true);
      expect(seen).toEqual([{ tool: 'claude', times: [1] }, { times: [] }]);
    });

    it('saves what waits and a restarted queue resumes it; a done pass clears it', async () => {
      const kv = memoryArea();
      const stopped = followerQueue(() => db, [async () => {}], {
        timing,
        store: savedChanges(kv),
      });
      void stopped.notify({ tool: 'suno', times: [Date.UTC(2026, 10, 1)] });
      void stopped.notify({ tool: 'suno', times: [Date.UTC(2026, 10, 2)] });
      await vi.advanceTimersByTimeAsync(10);
      expect(kv.data['followers:pending']).toEqual([
        { tool: 'suno', times: [Date.UTC(2026, 10, 1), Date.UTC(2026, 10, 2)] },
      ]);
      // The worker stops here: its timer never fires. A new one starts.
      vi.clearAllTimers();
      const seen: Change[] = [];
      const restarted = followerQueue(() => db, [async (_, c) => void seen.push(c)], {
        timing,
        store: savedChanges(kv),
      });
      await restarted.resume();
      await vi.advanceTimersByTimeAsync(1_000);
      await restarted.idle();
      expect(seen).toEqual([
        { tool: 'suno', times: [Date.UTC(2026, 10, 1), Date.UTC(2026, 10, 2)] },
      ]);
      expect('followers:pending' in kv.data).toBe(false);
    });

    it('keeps the changes of a running pass saved until it is done, with those arriving meanwhile', async () => {
      const kv = memoryArea();
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const q = followerQueue(() => db, [async () => gate], { timing, store: savedChanges(kv) });
      // A command's change goes at once; the worker could stop while its pass runs.
      void q.notify({ tool: 'suno', times: [1] }, true);
      void q.notify({ tool: 'poe', times: [2] });
      await vi.advanceTimersByTimeAsync(10);
      expect(kv.data['followers:pending']).toEqual([
        { tool: 'suno', times: [1] },
        { tool: 'poe', times: [2] },
      ]);
      release();
      await vi.advanceTimersByTimeAsync(10);
      await q.idle();
      expect('followers:pending' in kv.data).toBe(false);
    });

    it('resumes junk left in storage as one settings-wide pass, never as data', async () => {
      const kv = {
        get: async () => ({ 'followers:pending': [{ tool: 'x'.repeat(500), times: ['soon'] }] }),
        set: async () => {},
        remove: async () => {},
      };
      const seen: Change[] = [];
      const q = followerQueue(() => db, [async (_, c) => void seen.push(c)], {
        timing,
        store: savedChanges(kv),
      });
      await q.resume();
      await vi.advanceTimersByTimeAsync(1_000);
      expect(seen).toEqual([{ times: [] }]);
    });
  });

  it('runs afterPass once per pass, whatever the pass held', async () => {
    const after = vi.fn(async () => {});
    const q = followerQueue(() => db, [async () => {}], { afterPass: after });
    void q.notify({ tool: 'suno', times: [1] });
    void q.notify({ tool: 'claude', times: [2] });
    await q.notify({ times: [] });
    expect(after).toHaveBeenCalledTimes(1);
  });
});
