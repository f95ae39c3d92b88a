import { freshDb } from '@/test/support/db';
import { deliver, type DeliverDeps } from '@/lib/ingest/deliver';
import { RateLimiter } from '@/lib/util/ratelimit';
import { SELF, sunoItems, sunoSender } from './support';

/**
 * Item 2: the same 500 items delivered three times (as a content script does after lost
 * acks), in three different orders, leave 500 rows and the same balances.
 */
it('stores 500 items once when each is delivered three times', async () => {
  const db = freshDb();
  const deps: DeliverDeps = {
    db: () => db,
    selfId: SELF,
    // Rate limits are not under test here: only what redelivery does to the rows.
    limiter: new RateLimiter(1e9, 1e9),
  };
  const items = sunoItems(250, 250);
  expect(items).toHaveLength(500);
  const send = async (list: typeof items) => {
    for (let i = 0; i < list.length; i += 50) {
      const ack = await deliver(list.slice(i, i + 50), sunoSender, deps);
      expect(ack.ok).toBe(true);
    }
  };
  const snapshot = async () => ({
    readings: await db.readings.count(),
    tasks: await db.tasks.count(),
    meters: await db.meters.toArray(),
    costs: (await db.tasks.toArray()).map((t) => [t.id, t.cost, t.basis]).sort(),
  });

  await send(items);
  const first = await snapshot();
  expect(first.readings + first.tasks).toBe(500);
  expect(first.meters[0]?.latest.remaining).toBe(1);

  const shuffled = [...items].sort((a, b) => (a.id < b.id ? -1 : 1));
  await send(shuffled);
  await send([...items].reverse());
  expect(await snapshot()).toEqual(first);
});
