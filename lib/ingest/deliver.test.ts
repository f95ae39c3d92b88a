import { freshDb } from '@/test/support/db';
import { SELF_ID as SELF, sunoBillingEnvelope, sunoSender } from '@/test/support/envelopes';
import { RateLimiter } from '../util/ratelimit';
import { deliver, type DeliverDeps } from './deliver';
import { attribute } from './attribute';

const billing = () => [sunoBillingEnvelope(70)];

function deps(over: Partial<DeliverDeps> = {}): DeliverDeps {
  const db = freshDb();
  return { db: () => db, selfId: SELF, limiter: new RateLimiter(), ...over };
}

describe('attribute', () => {
  it.each([
    ['another extension', { ...sunoSender, id: 'x' }],
    ['a subframe', { ...sunoSender, frameId: 3 }],
    [
      'an unsupported site',
      {
        ...sunoSender,
        url: 'https://evil.example/',
        origin: 'https://evil.example',
        tab: { url: 'https://evil.example/' },
      },
    ],
    ['plain http', { ...sunoSender, url: 'http://suno.com/', origin: 'http://suno.com' }],
    ['origin disagreeing with url', { ...sunoSender, origin: 'https://openrouter.ai' }],
    ['tab disagreeing with frame', { ...sunoSender, tab: { url: 'https://openrouter.ai/' } }],
    [
      'a look-alike host',
      {
        ...sunoSender,
        url: 'https://suno.com.evil.example/',
        origin: 'https://suno.com.evil.example',
        tab: undefined,
      },
    ],
  ])('refuses %s', (_name, sender) => {
    expect(attribute(sender, SELF)).toBeUndefined();
  });

  it('takes the tool from the sender alone', () => {
    expect(attribute(sunoSender, SELF)?.id).toBe('suno');
  });
});

describe('deliver', () => {
  it('acks every envelope after commit', async () => {
    const d = deps();
    const batch = billing();
    expect(await deliver(batch, sunoSender, d)).toEqual({ ok: true, acked: [batch[0]!.id] });
    expect(await d.db().readings.count()).toBe(1);
  });

  it('never stores a Suno-shaped payload sent from another site as Suno', async () => {
    const d = deps();
    const orSender = {
      ...sunoSender,
      url: 'https://openrouter.ai/',
      origin: 'https://openrouter.ai',
      tab: { url: 'https://openrouter.ai/' },
    };
    expect((await deliver(billing(), orSender, d)).ok).toBe(true);
    expect(await d.db().readings.count()).toBe(0);
  });

  it.each([
    ['not an array', { items: [] }],
    ['an empty batch', []],
    ['a body over the bound', [{ ...billing()[0], body: 'x'.repeat(300 * 1024) }]],
    ['a javascript: URL', [{ ...billing()[0], url: 'javascript:alert(1)' }]],
    ['an extra type', [{ ...billing()[0], type: 'admin' }]],
  ])('refuses %s without retry', async (_name, data) => {
    const d = deps();
    expect(await deliver(data, sunoSender, d)).toMatchObject({ ok: false, retry: false });
    expect(await d.db().readings.count()).toBe(0);
  });

  it('asks for a retry when rate limited', async () => {
    const d = deps({ limiter: new RateLimiter(1, 1) });
    expect((await deliver(billing(), sunoSender, d)).ok).toBe(true);
    expect(await deliver(billing(), sunoSender, d)).toMatchObject({ ok: false, retry: true });
  });

  it('asks for a retry when storage fails, and stores on the retry', async () => {
    const d = deps();
    const batch = billing();
    const err = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const failing = {
      ...d,
      db: () => ({ ...d.db(), transaction: () => Promise.reject(err) }) as never,
    };
    expect(await deliver(batch, sunoSender, failing)).toEqual({
      ok: false,
      error: 'storage failed: QuotaExceededError',
      retry: true,
    });
    expect((await deliver(batch, sunoSender, d)).ok).toBe(true);
    expect(await d.db().readings.count()).toBe(1);
  });
});
