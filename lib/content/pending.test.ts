import { memoryArea as memory } from '@/test/support/storage';
import { forgetSpecs, pendingStore, specCache } from './pending';

const items = (page: string, n: number) => Array.from({ length: n }, (_, i) => `${page}-${i}`);

describe('pendingStore.adopt', () => {
  it('takes whole saved pages up to half an outbox and leaves the rest saved', async () => {
    const kv = memory({});
    for (let p = 0; p < 12; p++) kv.data[`outbox:https://suno.com:p${p}`] = items(`p${p}`, 49);
    kv.data['outbox:https://openrouter.ai:o1'] = items('o1', 3);
    const taken = await pendingStore(kv, 'https://suno.com', 'me').adopt();
    expect(taken).toHaveLength(5 * 49);
    const left = Object.entries(kv.data).flatMap(([, v]) => v as string[]);
    // Nothing is lost: what was not taken is still saved, another site's items untouched.
    expect(left.length + taken.length).toBe(12 * 49 + 3);
    expect(new Set([...left, ...(taken as string[])]).size).toBe(12 * 49 + 3);
  });

  it('takes a large saved page whole rather than cutting it', async () => {
    const kv = memory({ 'outbox:https://suno.com:big': items('big', 400) });
    expect(await pendingStore(kv, 'https://suno.com', 'me').adopt()).toHaveLength(400);
    expect(kv.data).toEqual({});
  });
});

describe('forgetSpecs', () => {
  it('drops every cached spec and nothing else', async () => {
    const kv = memory({ 'outbox:https://suno.com:p1': items('p1', 2) });
    const spec = { tool: 'suno', responses: ['^/api/billing'], requests: [], probes: [] };
    await specCache(kv, 'https://suno.com', '1.0.0').save(spec);
    await specCache(kv, 'https://claude.ai', '1.0.0').save({ ...spec, tool: 'claude' });
    expect(await specCache(kv, 'https://suno.com', '1.0.0').load()).toEqual({
      spec,
      current: true,
    });
    await forgetSpecs(kv);
    expect(Object.keys(kv.data)).toEqual(['outbox:https://suno.com:p1']);
    expect(await specCache(kv, 'https://suno.com', '1.0.0').load()).toBeUndefined();
  });
});
