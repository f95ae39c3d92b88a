import Dexie from 'dexie';
import { openDatabase } from '@/lib/db/database';
import { LATEST_VERSION, VERSIONS, type SchemaVersion } from '@/lib/db/versions';
import { SEED_START, seedRows } from '@/test/support/seed';

/**
 * Item 6: the oldest schema seeded with 50,000 events (25,000 readings, 25,000 tasks) upgrades
 * through every version with the same row counts and monthly sums; an upgrade that dies half
 * way leaves the old version whole, never a partial one.
 */
export const EVENTS = 50_000;

const month = (at: number) => new Date(at).toISOString().slice(0, 7);
async function monthly(db: Dexie) {
  const out: Record<string, { readings: number; remaining: number; tasks: number; cost: number }> =
    {};
  const row = (at: number) => (out[month(at)] ??= { readings: 0, remaining: 0, tasks: 0, cost: 0 });
  await db.table('readings').each((r: { at: number; remaining?: number }) => {
    row(r.at).readings++;
    row(r.at).remaining += r.remaining ?? 0;
  });
  await db.table('tasks').each((t: { at: number; cost?: number }) => {
    row(t.at).tasks++;
    row(t.at).cost += t.cost ?? 0;
  });
  return out;
}

async function seedOldest(name: string) {
  const oldest = openDatabase(name, VERSIONS.slice(0, 1));
  // Half an hour apart rather than a minute: about 17 months, so monthly sums mean something.
  const spread = (at: number) => SEED_START + (at - SEED_START) * 30;
  const seeded = seedRows(EVENTS / 2);
  const readings = seeded.readings.map((r) => ({
    ...r,
    at: spread(r.at),
    id: `${r.meterKey}@${spread(r.at)}`,
  }));
  const tasks = seeded.tasks.map((t) => ({ ...t, at: spread(t.at) }));
  await oldest.transaction('rw', oldest.readings, oldest.tasks, async () => {
    await oldest.readings.bulkAdd(readings);
    await oldest.tasks.bulkAdd(tasks);
  });
  const before = await monthly(oldest);
  oldest.close();
  return before;
}

it(`upgrades ${EVENTS} events from schema ${VERSIONS[0]!.version} through every version`, async () => {
  const name = `stress-migrate-${Math.random()}`;
  const before = await seedOldest(name);
  expect(Object.keys(before).length).toBeGreaterThan(12);
  // One step at a time, as users who update rarely and often both do.
  for (const v of VERSIONS.slice(1)) {
    const db = openDatabase(
      name,
      VERSIONS.filter((x) => x.version <= v.version),
    );
    await db.open();
    expect(db.verno).toBe(v.version);
    expect(await db.table('readings').count()).toBe(EVENTS / 2);
    expect(await db.table('tasks').count()).toBe(EVENTS / 2);
    expect(await monthly(db)).toEqual(before);
    db.close();
  }
  const latest = openDatabase(name);
  await latest.open();
  expect(latest.verno).toBe(LATEST_VERSION);
  expect(await monthly(latest)).toEqual(before);
  latest.close();
});

it('leaves the old version whole when an upgrade dies half way', async () => {
  const name = `stress-migrate-abort-${Math.random()}`;
  const before = await seedOldest(name);
  const current = openDatabase(name);
  await current.open();
  current.close();
  // A next version whose upgrade has rewritten part of the history when the worker dies:
  // the upgrade runs in IndexedDB's versionchange transaction, which aborts as a whole.
  let rewritten = 0;
  const dying: SchemaVersion = {
    version: LATEST_VERSION + 1,
    stores: { readings: '&id, [meterKey+at], [tool+at], at, source' },
    upgrade: async (tx) => {
      await tx
        .table('readings')
        .limit(EVENTS / 4)
        .modify((r: { remaining?: number }) => {
          r.remaining = -1;
          rewritten++;
        });
      await tx.table('tasks').clear();
      throw new Error('worker stopped during the upgrade');
    },
  };
  const next = openDatabase(name, [...VERSIONS, dying]);
  await expect(next.open()).rejects.toThrow(/worker stopped during the upgrade/);
  next.close();
  expect(rewritten).toBe(EVENTS / 4);

  const again = openDatabase(name);
  await again.open();
  expect(again.verno).toBe(LATEST_VERSION);
  expect(await monthly(again)).toEqual(before);
  expect(again.tables.map((t) => t.name).sort()).toEqual(
    Object.keys(Object.assign({}, ...VERSIONS.map((v) => v.stores)) as object).sort(),
  );
  again.close();
});
