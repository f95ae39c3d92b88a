import { CAPTURE_EVENT, CAPTURE_LIMITS, WATCH_EVENT } from './capture';
import { installObserver } from './observer';

/**
 * The MAIN-world observer in a DOM: the page keeps its own promises, and captures reach the
 * relay in batches (one event per BATCH_MS, at once on pagehide or a full batch).
 */
describe('installObserver', () => {
  let events: unknown[][];
  const listener = (e: Event) => events.push(JSON.parse(String((e as CustomEvent).detail)));
  const realFetch = globalThis.fetch;

  beforeEach(() => {
    vi.useFakeTimers();
    events = [];
    document.addEventListener(CAPTURE_EVENT, listener);
    globalThis.fetch = (async () =>
      new Response('{"remaining":5}', {
        headers: { 'content-type': 'application/json' },
      })) as typeof fetch;
    installObserver(window as Window & typeof globalThis);
    document.dispatchEvent(
      new CustomEvent(WATCH_EVENT, { detail: JSON.stringify(['^/api/usage$', '^/api/send$']) }),
    );
  });
  afterEach(() => {
    document.removeEventListener(CAPTURE_EVENT, listener);
    globalThis.fetch = realFetch;
    vi.useRealTimers();
  });

  it('hands over the watched captures of a burst as one event, after the page gets its answers', async () => {
    // Fake timers: the clock stands still until advanced, so the captures' time is now.
    const seenAt = Date.now();
    const answers = await Promise.all([
      fetch('/api/usage').then((r) => r.json()),
      fetch('/api/usage').then((r) => r.json()),
      fetch('/api/other').then((r) => r.json()),
      fetch('/api/send', { method: 'POST', body: '{"prompt":"hi"}' }),
      // Not a path the relay asked for: telemetry and the like are never read.
      fetch('/api/telemetry', { method: 'POST', body: '{"event":"view"}' }),
    ]);
    expect(answers.slice(0, 3)).toEqual([{ remaining: 5 }, { remaining: 5 }, { remaining: 5 }]);
    await vi.advanceTimersByTimeAsync(0);
    expect(events).toEqual([]);
    await vi.advanceTimersByTimeAsync(300);
    expect(events).toHaveLength(1);
    const origin = window.location.origin;
    expect(events[0]).toEqual([
      expect.objectContaining({
        kind: 'response',
        url: `${origin}/api/usage`,
        status: 200,
        at: seenAt,
      }),
      expect.objectContaining({ kind: 'response', url: `${origin}/api/usage` }),
      expect.objectContaining({ kind: 'request', method: 'POST', body: '{"prompt":"hi"}' }),
      expect.objectContaining({ kind: 'response', method: 'POST', url: `${origin}/api/send` }),
    ]);
  });

  it('hands over at once when the page is left', async () => {
    await fetch('/api/usage');
    await vi.advanceTimersByTimeAsync(0);
    expect(events).toEqual([]);
    window.dispatchEvent(new Event('pagehide'));
    expect(events).toHaveLength(1);
  });

  it(`hands over at once when a batch is full (${CAPTURE_LIMITS.maxBatch} captures)`, async () => {
    await Promise.all(
      Array.from({ length: CAPTURE_LIMITS.maxBatch + 3 }, () => fetch('/api/usage')),
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(events.map((e) => e.length)).toEqual([CAPTURE_LIMITS.maxBatch]);
    await vi.advanceTimersByTimeAsync(300);
    expect(events.map((e) => e.length)).toEqual([CAPTURE_LIMITS.maxBatch, 3]);
  });
});
