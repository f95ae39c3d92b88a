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
  const start = (kv: ReturnType<typeof countingArea>, spec: WatchSpec, sent: Envelope[][] = []) =>
    startRelay({
      doc: document,
      getSpec: async () => spec,
      send: async (batch) => {
        sent.push(batch);
        return { ok: true, acked: batch.map((e) => e.id) };
      },
      storage: kv.area,
    });

  it('caches the watch spec once, and again only when the background gives another', async () => {
    const kv = countingArea();
    await start(kv, SPEC);
    await vi.waitFor(() => expect(kv.writes).toContain(`spec:${origin}`));
    const after = () => kv.writes.filter((k) => k.startsWith('spec:')).length;
    expect(after()).toBe(1);
    await start(kv, SPEC);
    await new Promise((r) => setTimeout(r, 20));
    expect(after()).toBe(1);
    await start(kv, { ...SPEC, responses: ['^/api/usage$', '^/api/credits$'] });
    await vi.waitFor(() => expect(after()).toBe(2));
    expect(kv.area.data[`spec:${origin}`]).toMatchObject({
      responses: ['^/api/usage$', '^/api/credits$'],
    });
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
