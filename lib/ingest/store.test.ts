import { adapterById } from '@/lib/adapters';
import type { Adapter } from '@/lib/adapters/types';
import type { Envelope } from '@/lib/model/wire';
import { freshDb } from '@/test/support/db';
import { AT, envId } from '@/test/support/envelopes';
import { fixture } from '@/test/support/fixtures';
import { storeBatch } from './store';

const [claude, openrouter, suno] = ['claude', 'openrouter', 'suno'].map((id) =>
  adapterById(id)!,
) as [Adapter, Adapter, Adapter];

const BILLING = 'https://studio-api.prod.suno.com/api/billing/info/';
const billing = (left: number, at: number): Envelope => ({
  type: 'response',
  id: envId(),
  at,
  url: BILLING,
  status: 200,
  body: JSON.stringify({ total_credits_left: left, monthly_limit: 2500 }),
});
const generate = (at: number, siteId: string): Envelope => ({
  type: 'request',
  id: envId(),
  at,
  method: 'POST',
  status: 200,
  url: 'https://studio-api.prod.suno.com/api/generate/v2/',
  body: '{"mv":"chirp-v4"}',
  response: JSON.stringify({ id: siteId }),
});

describe('storeBatch', () => {
  it('stores a reading only when a value changes, otherwise moves lastSeen', async () => {
    const db = freshDb();
    await storeBatch(db, suno, [billing(100, AT)]);
    await storeBatch(db, suno, [billing(100, AT + 60_000)]);
    expect(await db.readings.count()).toBe(1);
    expect((await db.meters.get('suno:credits'))!.lastSeen).toBe(AT + 60_000);
    await storeBatch(db, suno, [billing(90, AT + 120_000)]);
    expect(await db.readings.count()).toBe(2);
    expect((await db.meters.get('suno:credits'))!.latest.remaining).toBe(90);
  });

  it('treats a redelivered batch as the same rows', async () => {
    const db = freshDb();
    const batch = [billing(100, AT), generate(AT + 1, 'gen-1'), billing(90, AT + 2)];
    for (let i = 0; i < 3; i++) await storeBatch(db, suno, batch);
    expect(await db.readings.count()).toBe(2);
    expect(await db.tasks.count()).toBe(1);
    expect((await db.meters.get('suno:credits'))!.latest.remaining).toBe(90);
  });

  it('confirms a rate-card task when the balance drops by its cost', async () => {
    const db = freshDb();
    await storeBatch(db, suno, [
      billing(100, AT),
      generate(AT + 10, 'gen-a'),
      billing(90, AT + 20),
    ]);
    const task = await db.tasks.get('suno:gen-a');
    expect(task).toMatchObject({ cost: 10, unit: 'credits', basis: 'rate_card', confirmed: true });
  });

  it('leaves a rate-card task unconfirmed when the drop does not match', async () => {
    const db = freshDb();
    await storeBatch(db, suno, [
      billing(100, AT),
      generate(AT + 10, 'gen-b'),
      billing(95, AT + 20),
    ]);
    expect((await db.tasks.get('suno:gen-b'))!.confirmed).toBeUndefined();
  });

  it('costs a lone unknown-cost task at the balance drop around it', async () => {
    const db = freshDb();
    const org = 'https://claude.ai/api/organizations/org-1';
    const usage = (pct: number, at: number): Envelope => ({
      type: 'response',
      id: envId(),
      at,
      url: `${org}/usage`,
      status: 200,
      body: JSON.stringify({ five_hour: { utilization: pct, resets_at: null } }),
    });
    const message: Envelope = {
      type: 'request',
      id: envId(),
      at: AT + 5,
      method: 'POST',
      status: 200,
      url: `${org}/chat_conversations/c-1/completion`,
      body: '{"model":"claude-opus-4"}',
    };
    await storeBatch(db, claude, [usage(10, AT), message, usage(13, AT + 10)]);
    const [task] = await db.tasks.toArray();
    expect(task).toMatchObject({
      kind: 'message',
      model: 'claude-opus-4',
      cost: 3,
      unit: 'percent',
      basis: 'balance_drop',
    });
  });

  it('drops a payload that does not fit, records why, and keeps the good ones', async () => {
    const db = freshDb();
    const hostile: Envelope = {
      type: 'response',
      id: envId(),
      at: AT + 1,
      url: BILLING,
      status: 200,
      body: fixture('suno/billing-hostile.json', AT),
    };
    const res = await storeBatch(db, suno, [billing(50, AT), hostile]);
    expect(res).toMatchObject({ readingsAdded: 1, tasksAdded: 0, failures: 1 });
    expect(res.times).toHaveLength(1);
    const health = await db.health.get('suno');
    expect(health!.lastFailure).toMatchObject({
      path: 'total_credits_left',
      where: '/api/billing/info/',
    });
    expect(health!.lastOkAt).toBe(AT);
    expect((await db.meters.get('suno:credits'))!.latest.remaining).toBe(50);
  });

  it('records "nothing found" for a silent usage page, and nothing elsewhere', async () => {
    const db = freshDb();
    const text = (url: string): Envelope => ({ type: 'text', id: envId(), at: AT, url, texts: {} });
    await storeBatch(db, openrouter, [text('https://openrouter.ai/models')]);
    expect(await db.health.get('openrouter')).toBeUndefined();
    await storeBatch(db, openrouter, [text('https://openrouter.ai/settings/credits')]);
    expect((await db.health.get('openrouter'))!.lastFailure!.reason).toMatch(/nothing found/);
  });

  it('keeps a late redelivery as history without replacing the latest state', async () => {
    const db = freshDb();
    await storeBatch(db, suno, [billing(80, AT + 100)]);
    await storeBatch(db, suno, [billing(95, AT)]);
    expect(await db.readings.count()).toBe(2);
    expect((await db.meters.get('suno:credits'))!.latest.remaining).toBe(80);
  });
});
