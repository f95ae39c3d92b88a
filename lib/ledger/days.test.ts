import fc from 'fast-check';
import { freshDb } from '@/test/support/db';
import type { CreditwatchDB } from '../db/database';
import type { Reading } from '../model/reading';
import { dayOf } from './calendar';
import { rebuildDays, refreshDays } from './days';
import { reading as r, task } from './testing';

const DAY1 = new Date(2026, 10, 3, 10).getTime();
const DAY2 = new Date(2026, 10, 4, 10).getTime();
const h = (n: number) => n * 3_600_000;
const song = (id: string, at: number) =>
  task('suno', id, at, { cost: 10, unit: 'credits', meter: 'credits', basis: 'rate_card' });

async function addReading(db: CreditwatchDB, x: Reading) {
  await db.readings.add(x);
  await db.meters.put({ key: x.meterKey, tool: x.tool, meter: x.meter, latest: x, lastSeen: x.at });
}

let db: CreditwatchDB;
beforeEach(() => {
  db = freshDb();
});

describe('refreshDays', () => {
  it('writes a day with tasks by kind, spent units, top-ups and the closing balance', async () => {
    await addReading(db, r('suno', 'credits', DAY1, { remaining: 100, limit: 200 }));
    await db.tasks.bulkAdd([song('a', DAY1 + h(1)), song('b', DAY1 + h(2))]);
    await addReading(db, r('suno', 'credits', DAY1 + h(3), { remaining: 75, limit: 200 }));
    await addReading(db, r('suno', 'credits', DAY1 + h(4), { remaining: 575, limit: 200 }));
    await refreshDays(db, { tool: 'suno', times: [DAY1, DAY1 + h(1), DAY1 + h(4)] });
    const row = await db.days.get(`suno|${dayOf(DAY1)}`);
    expect(row).toEqual({
      key: `suno|${dayOf(DAY1)}`,
      tool: 'suno',
      day: dayOf(DAY1),
      tasks: { song: { n: 2, cost: { credits: { n: 2, sum: 20, basis: 'rate_card' } } } },
      spent: { credits: 25 },
      toppedUp: { credits: 500 },
      resets: 0,
      close: { credits: { at: DAY1 + h(4), remaining: 575, percentLeft: 100 } },
    });
  });

  it('a late reading also refreshes the day of the next reading, whose interval it split', async () => {
    await addReading(db, r('suno', 'credits', DAY1, { remaining: 100 }));
    await addReading(db, r('suno', 'credits', DAY2, { remaining: 60 }));
    await refreshDays(db, { tool: 'suno', times: [DAY1, DAY2] });
    expect((await db.days.get(`suno|${dayOf(DAY2)}`))?.spent).toEqual({ credits: 40 });
    // Seen late: the balance was already 70 on day 1.
    await db.readings.add(r('suno', 'credits', DAY1 + h(5), { remaining: 70 }));
    await refreshDays(db, { tool: 'suno', times: [DAY1 + h(5)] });
    expect((await db.days.get(`suno|${dayOf(DAY1)}`))?.spent).toEqual({ credits: 30 });
    expect((await db.days.get(`suno|${dayOf(DAY2)}`))?.spent).toEqual({ credits: 10 });
  });

  it("a reading that costs an earlier day's task by its drop refreshes that day too", async () => {
    await addReading(db, r('suno', 'credits', DAY1, { remaining: 100 }));
    await db.tasks.add(task('suno', 'u', DAY1 + h(1)));
    await refreshDays(db, { tool: 'suno', times: [DAY1, DAY1 + h(1)] });
    expect((await db.days.get(`suno|${dayOf(DAY1)}`))?.spent).toEqual({});
    // What confirm.ts does when the next reading arrives: the lone task takes the drop.
    await db.tasks.update('suno:u', {
      cost: 15,
      unit: 'credits',
      meter: 'credits',
      basis: 'balance_drop',
    });
    await addReading(db, r('suno', 'credits', DAY2, { remaining: 85 }));
    await refreshDays(db, { tool: 'suno', times: [DAY2] });
    expect((await db.days.get(`suno|${dayOf(DAY1)}`))?.spent).toEqual({ credits: 15 });
    expect(await db.days.get(`suno|${dayOf(DAY2)}`)).toMatchObject({ spent: {} });
  });

  it('does nothing for a settings change', async () => {
    await addReading(db, r('suno', 'credits', DAY1, { remaining: 100 }));
    await refreshDays(db, { times: [] });
    expect(await db.days.count()).toBe(0);
  });

  it('rebuildDays gives the same rows as refreshing as data came, and drops emptied days', async () => {
    await addReading(db, r('suno', 'credits', DAY1, { remaining: 100 }));
    await db.tasks.add(song('a', DAY1 + h(1)));
    await addReading(db, r('suno', 'credits', DAY1 + h(2), { remaining: 90 }));
    await addReading(db, r('suno', 'credits', DAY2, { remaining: 50, resetsAt: DAY2 + h(100) }));
    await refreshDays(db, { tool: 'suno', times: [DAY1, DAY1 + h(1), DAY1 + h(2), DAY2] });
    const refreshed = await db.days.toArray();
    await db.days.clear();
    await rebuildDays(db);
    expect(await db.days.toArray()).toEqual(refreshed);
    expect(refreshed).toHaveLength(2);
    await db.readings.where('at').aboveOrEqual(DAY2).delete();
    await rebuildDays(db, 'suno');
    expect((await db.days.toArray()).map((d) => d.day)).toEqual([dayOf(DAY1)]);
  });

  it('refreshing batch by batch, in any arrival order, gives the rows a rebuild gives', async () => {
    // Readings and songs over four days, arriving late and out of order in random batches.
    const event = fc.record({
      reading: fc.boolean(),
      minute: fc.integer({ min: 0, max: 4 * 24 * 60 - 1 }),
      remaining: fc.integer({ min: 0, max: 500 }),
    });
    const arrival = fc
      .uniqueArray(event, { minLength: 1, maxLength: 25, selector: (e) => e.minute })
      .chain((events) =>
        fc.tuple(
          fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }),
          fc.array(fc.integer({ min: 1, max: 6 }), { minLength: events.length }),
        ),
      );
    await fc.assert(
      fc.asyncProperty(arrival, async ([events, sizes]) => {
        const fresh = freshDb();
        const start = new Date(2026, 10, 2).getTime();
        let i = 0;
        for (const size of sizes) {
          const batch = events.slice(i, i + size);
          if (!batch.length) break;
          i += size;
          const times: number[] = [];
          for (const e of batch) {
            const at = start + e.minute * 60_000;
            times.push(at);
            if (e.reading)
              await addReading(fresh, r('suno', 'credits', at, { remaining: e.remaining }));
            else await fresh.tasks.add(song(`s${e.minute}`, at));
          }
          await refreshDays(fresh, { tool: 'suno', times });
        }
        const refreshed = await fresh.days.toArray();
        await rebuildDays(fresh);
        expect(refreshed).toEqual(await fresh.days.toArray());
      }),
      { numRuns: 60 },
    );
  });
});
