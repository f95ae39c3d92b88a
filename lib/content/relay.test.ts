import type { Envelope, WatchSpec } from '../model/wire';
import { memoryArea } from '@/test/support/storage';
import { CAPTURE_EVENT } from './capture';
import { startRelay } from './relay';

const SPEC: WatchSpec = {
  tool: 'claude',
  responses: ['^/api/usage$'],
  requests: [{ method: 'POST', pattern: '^/api/send$' }],
  probes: [],
};

/** Counts the writes of each key, on top of an in-memory storage.local. */
function countingArea() {
  const area = memoryArea();
  const writes: string[] = [];
  return {
    area: {
      ...area,
      set: async (items: Record<string, unknown>) => {
        writes.push(...Object.keys(items));
        await area.set(items);
      },
    },
    writes,
  };
}

describe('startRelay', () => {
  const origin = document.location.origin;
  let asked = 0;
  const start = (
    kv: ReturnType<typeof countingArea>,
    spec: WatchSpec | null,
    sent: Envelope[][] = [],
    version = '1.0.0',
  ) =>
    startRelay({
      doc: document,
      getSpec: async () => {
        asked++;
        return spec;
      },
      version,
      send: async (batch) => {
        sent.push(batch);
        return { ok: true, acked: batch.map((e) => e.id) };
      },
      storage: kv.area,
    });

  it('asks for the watch spec once per version, and caches what it is given', async () => {
    const kv = countingArea();
    asked = 0;
    await start(kv, SPEC);
    await vi.waitFor(() => expect(kv.writes).toContain(`spec:${origin}`));
    const saves = () => kv.writes.filter((k) => k.startsWith('spec:')).length;
    expect([asked, saves()]).toEqual([1, 1]);
    // The same version: the cached spec is used, the background is not asked (nor woken).
    await start(kv, { ...SPEC, responses: ['^/other$'] });
    await new Promise((r) => setTimeout(r, 20));
    expect([asked, saves()]).toEqual([1, 1]);
    // A new version: the old spec serves at once, and the background's is asked for and kept.
    const wider = { ...SPEC, responses: ['^/api/usage$', '^/api/credits$'] };
    await start(kv, wider, [], '1.1.0');
    await vi.waitFor(() => expect(saves()).toBe(2));
    expect(asked).toBe(2);
    expect(kv.area.data[`spec:${origin}`]).toEqual({ version: '1.1.0', spec: wider });
  });

  it('stops listening when the background of a new version no longer reads the site', async () => {
    const kv = countingArea();
    await start(kv, SPEC);
    await vi.waitFor(() => expect(kv.writes).toContain(`spec:${origin}`));
    const dropped: Envelope[][] = [];
    const gone = await start(kv, null, dropped, '2.0.0');
    // Served from the old spec at first, until the background's answer comes.
    expect(gone).toBeDefined();
    await new Promise((r) => setTimeout(r, 20));
    // A page of the cached version beside it, to show the capture would have been taken.
    const kept: Envelope[][] = [];
    const control = await start(kv, SPEC, kept);
    document.dispatchEvent(
      new CustomEvent(CAPTURE_EVENT, {
        detail: JSON.stringify([
          {
            kind: 'response',
            url: 'https://claude.ai/api/usage',
            method: 'GET',
            status: 200,
            body: '{}',
          },
        ]),
      }),
    );
    gone!.flushNow();
    control!.flushNow();
    await vi.waitFor(() => expect(kept.flat()).toHaveLength(1));
    expect(dropped.flat()).toEqual([]);
  });

  it('numbers the envelopes of a page after one page id, and keeps what the spec matches', async () => {
    const kv = countingArea();
    const sent: Envelope[][] = [];
    const outbox = await start(kv, SPEC, sent);
    const url = `https://claude.ai`;
    document.dispatchEvent(
      new CustomEvent(CAPTURE_EVENT, {
        detail: JSON.stringify([
          { kind: 'response', url: `${url}/api/usage`, method: 'GET', status: 200, body: '{}' },
          { kind: 'response', url: `${url}/api/other`, method: 'GET', status: 200, body: '{}' },
          { kind: 'request', url: `${url}/api/send`, method: 'POST', status: 200, body: '{}' },
          {
            kind: 'response',
            url: 'http://claude.ai/api/usage',
            method: 'GET',
            status: 200,
            body: '{}',
          },
        ]),
      }),
    );
    outbox!.flushNow();
    await vi.waitFor(() => expect(sent.flat()).toHaveLength(2));
    const [a, b] = sent.flat();
    expect([a!.type, b!.type]).toEqual(['response', 'request']);
    const [page, n] = a!.id.split(/-(?=[^-]+$)/);
    expect(b!.id).toBe(`${page}-${(Number.parseInt(n!, 36) + 1).toString(36)}`);
    expect(a!.id).toMatch(/^[\w-]{8,64}$/);
  });

  it("keeps each capture's own time, bounded, and a page's envelope times increasing", async () => {
    const kv = countingArea();
    const sent: Envelope[][] = [];
    const outbox = await start(kv, SPEC, sent);
    const now = Date.now();
    const usage = (at: unknown) => ({
      kind: 'response',
      url: 'https://claude.ai/api/usage',
      method: 'GET',
      status: 200,
      body: '{}',
      at,
    });
    document.dispatchEvent(
      new CustomEvent(CAPTURE_EVENT, {
        detail: JSON.stringify([
          usage(now - 250),
          usage(now - 250),
          usage(now - 100),
          usage(now - 3_600_000),
          usage(now + 3_600_000),
          usage('soon'),
        ]),
      }),
    );
    outbox!.flushNow();
    await vi.waitFor(() => expect(sent.flat()).toHaveLength(6));
    const at = sent.flat().map((e) => e.at - now);
    // Seen 250 ms ago twice: apart by a millisecond, so both are kept as readings.
    expect(at[0]).toBe(-250);
    expect(at[1]).toBe(-249);
    expect(at[2]).toBe(-100);
    // An hour off either way is the page's clock or a lie: bounded to the hand-over's wait.
    for (const t of at.slice(3)) expect(t).toBeGreaterThan(-10_001);
    for (const t of at.slice(3)) expect(t).toBeLessThan(100);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(new Set(at).size).toBe(at.length);
  });
});
