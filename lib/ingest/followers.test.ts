import type { CreditwatchDB } from '../db/database';
import { followerQueue, type Change } from './followers';

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
});
