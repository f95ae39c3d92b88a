import { seedRows } from '@/test/support/seed';
import { openDatabase } from './database';
import { LATEST_VERSION, VERSIONS } from './versions';

/**
 * The migration harness: for every schema the extension has shipped, open a database at
 * that version, fill it, close it, open it with the current code, and prove nothing was lost.
 */
describe.each(VERSIONS.map((v) => [v.version]))('upgrading from schema %i', (from) => {
  it(`keeps every row and sum at version ${LATEST_VERSION}`, async () => {
    const name = `migrate-${from}-${Math.random()}`;
    const old = openDatabase(
      name,
      VERSIONS.filter((v) => v.version <= from),
    );
    const { readings, tasks } = seedRows(600);
    await old.transaction('rw', old.readings, old.tasks, async () => {
      await old.readings.bulkAdd(readings);
      await old.tasks.bulkAdd(tasks);
    });
    const sum = (xs: { cost?: number }[]) => xs.reduce((s, x) => s + (x.cost ?? 0), 0);
    old.close();

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.readings.count()).toBe(readings.length);
    expect(await db.tasks.count()).toBe(tasks.length);
    expect(sum(await db.tasks.toArray())).toBe(sum(tasks));
    const suno = await db.readings
      .where('[meterKey+at]')
      .between(['suno:credits', 0], ['suno:credits', Infinity])
      .count();
    expect(suno).toBe(readings.filter((r) => r.meterKey === 'suno:credits').length);
    db.close();
  });
});

it('declares versions in increasing order and never drops the history tables', () => {
  const nums = VERSIONS.map((v) => v.version);
  expect(nums).toEqual([...nums].sort((a, b) => a - b));
  for (const v of VERSIONS) {
    expect(v.stores.readings ?? VERSIONS[0]!.stores.readings).not.toBeNull();
    expect(v.stores.tasks ?? VERSIONS[0]!.stores.tasks).not.toBeNull();
  }
});
