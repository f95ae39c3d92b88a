import { freshDb } from '@/test/support/db';
import { AT, envId, SELF_ID as SELF, sunoBillingEnvelope } from '@/test/support/envelopes';
import { memoryArea as memory } from '@/test/support/storage';
import { RateLimiter } from '../util/ratelimit';
import { adoptOutboxes, SETTLED_MS } from './adopt';
import type { DeliverDeps } from './deliver';

const billing = (left: number) => sunoBillingEnvelope(left, AT + left);
const generate = (n: number) => ({
  type: 'request',
  id: envId(),
  at: AT + n,
  status: 200,
  method: 'POST',
  url: 'https://studio-api.prod.suno.com/api/generate/v2/',
  body: '{}',
  response: JSON.stringify({ id: `gen-${n}` }),
});

function deps(over: Partial<DeliverDeps> = {}): DeliverDeps {
  const db = freshDb();
  return { db: () => db, selfId: SELF, limiter: new RateLimiter(1e9, 1e9), ...over };
}

describe('adoptOutboxes', () => {
  it("stores a closed tab's saved items and removes its key", async () => {
    const tasks = Array.from({ length: 120 }, (_, i) => generate(i));
    const kv = memory({
      'outbox:https://suno.com:page-1': [billing(70), ...tasks],
      'spec:https://suno.com': { tool: 'suno' },
    });
    const d = deps();
    expect(await adoptOutboxes(kv, d)).toEqual({ adopted: 121, keys: 1 });
    expect(await d.db().tasks.count()).toBe(120);
    expect(await d.db().readings.count()).toBe(1);
    expect(Object.keys(kv.data)).toEqual(['spec:https://suno.com']);
    // Adopting again (a live tab delivering the same items) adds nothing.
    kv.data['outbox:https://suno.com:page-2'] = tasks;
    await adoptOutboxes(kv, d);
    expect(await d.db().tasks.count()).toBe(120);
  });

  it('attributes by the origin in the key, never by what the items claim', async () => {
    const kv = memory({
      'outbox:https://openrouter.ai:page-1': [billing(50)],
      'outbox:https://evil.example:page-2': [billing(40)],
      'outbox:http://suno.com:page-3': [billing(30)],
    });
    const d = deps();
    await adoptOutboxes(kv, d);
    expect(await d.db().readings.count()).toBe(0);
    // Refused for good: removed, so junk does not pile up. The http key is not ours: left alone.
    expect(Object.keys(kv.data)).toEqual(['outbox:http://suno.com:page-3']);
  });

  it('keeps the key when storage fails, for the next try', async () => {
    const d = deps();
    const err = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const failing = {
      ...d,
      db: () => ({ ...d.db(), transaction: () => Promise.reject(err) }) as never,
    };
    const kv = memory({ 'outbox:https://suno.com:page-1': [billing(20)] });
    expect(await adoptOutboxes(kv, failing)).toEqual({ adopted: 0, keys: 0 });
    expect(Object.keys(kv.data)).toHaveLength(1);
    expect(await adoptOutboxes(kv, d)).toEqual({ adopted: 1, keys: 1 });
  });

  it('leaves a key that a live tab rewrote meanwhile', async () => {
    const kv = memory({ 'outbox:https://suno.com:page-1': [billing(10)] });
    const d = deps();
    const get = kv.get;
    kv.get = async (k) => {
      kv.data[k] = [billing(10), billing(9)];
      return get(k);
    };
    expect((await adoptOutboxes(kv, d)).keys).toBe(0);
    expect(kv.data['outbox:https://suno.com:page-1']).toHaveLength(2);
  });

  it("leaves a live tab's fresh part to that tab, and adopts it once it has settled", async () => {
    const saved = [billing(60), generate(1)];
    const kv = memory({ 'outbox:https://suno.com:page-1': saved });
    const d = deps();
    // The newest item is younger than SETTLED_MS: its tab is about to send it itself.
    const fresh = AT + 60 + SETTLED_MS - 1;
    expect(await adoptOutboxes(kv, d, fresh)).toEqual({ adopted: 0, keys: 0 });
    expect(await d.db().tasks.count()).toBe(0);
    expect(Object.keys(kv.data)).toHaveLength(1);
    expect(await adoptOutboxes(kv, d, AT + 60 + SETTLED_MS)).toEqual({ adopted: 2, keys: 1 });
    expect(await d.db().tasks.count()).toBe(1);
  });

  it('adopts a part whose times are missing or far ahead of the clock', async () => {
    const ahead = { ...billing(50), at: AT + 10 * SETTLED_MS };
    const timeless = { ...generate(2), at: undefined };
    const kv = memory({
      'outbox:https://suno.com:page-1': [ahead],
      'outbox:https://suno.com:page-2': [timeless],
    });
    expect((await adoptOutboxes(kv, deps(), AT)).keys).toBe(2);
  });
});
