import { freshDb } from '@/test/support/db';
import type { CreditwatchDB } from '../db/database';
import { LATEST_VERSION } from '../db/versions';
import { refreshDays } from '../ledger/days';
import { reading as r, task } from '../ledger/testing';
import { handleDataCommand } from './command';
import { makeBackup } from './make';
import { MAX_BACKUP_CHARS } from './schema';

const AT = new Date(2026, 10, 3, 12).getTime();

async function seeded(): Promise<CreditwatchDB> {
  const db = freshDb();
  const a = r('suno', 'credits', AT, { remaining: 100, resetsAt: AT + 9e8 });
  const b = r('suno', 'credits', AT + 60_000, { remaining: 90, resetsAt: AT + 9e8 });
  await db.readings.bulkAdd([a, b, r('m_pen', 'balance', AT, { remaining: 5, source: 'manual' })]);
  await db.meters.put({
    key: b.meterKey,
    tool: 'suno',
    meter: 'credits',
    latest: b,
    lastSeen: AT + 1,
  });
  await db.tasks.add(
    task('suno', 'x', AT + 1000, {
      cost: 10,
      unit: 'credits',
      meter: 'credits',
      basis: 'rate_card',
      model: 'chirp "v4", 🎵',
    }),
  );
  await db.health.put({ tool: 'suno', lastOkAt: AT, failures: 2 });
  await db.settings.bulkPut([
    {
      key: 'global',
      value: { budgetUsd: 50, notifyLow: true, notifyRunOut: false, notifyReset: false },
    },
    {
      key: 'tool:suno',
      value: { enabled: true, lowPercent: 15, pricePerUnit: 0.004, monthlyFee: 10 },
    },
  ]);
  await db.manualTools.add({ id: 'm_pen', name: 'Pen & paper, é', unit: 'credits' });
  await db.alerts.put({ key: 'suno:credits', active: ['low'], fired: { low: AT } });
  await refreshDays(db, { tool: 'suno', times: [a.at, b.at] });
  await refreshDays(db, { tool: 'm_pen', times: [AT] });
  return db;
}

async function snapshot(db: CreditwatchDB) {
  return Object.fromEntries(
    await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)),
  );
}

describe('backup and restore', () => {
  it('round-trips every table; days are rebuilt, not copied', async () => {
    const db = await seeded();
    const backup = await makeBackup(db, AT);
    expect(backup).toMatchObject({
      format: 'creditwatch-backup',
      version: 1,
      schema: LATEST_VERSION,
      exportedAt: AT,
    });
    expect(Object.keys(backup.tables).sort()).toEqual([
      'alerts',
      'health',
      'manualTools',
      'meters',
      'readings',
      'settings',
      'tasks',
    ]);
    const other = freshDb();
    await other.readings.add(r('claude', 'five_hour', AT, { percentUsed: 3 }));
    const result = await handleDataCommand(other, {
      type: 'restore',
      text: JSON.stringify(backup),
    });
    expect(result).toEqual({ ok: true, value: { rows: 10 } });
    expect(await snapshot(other)).toEqual(await snapshot(db));
    expect(await other.days.count()).toBeGreaterThan(0);
  });

  const good = async () => JSON.parse(JSON.stringify(await makeBackup(await seeded(), AT)));
  it.each<[string, () => Promise<string>, RegExp]>([
    ['not JSON', async () => '{"format": "creditwatch-backup",', /not valid JSON/],
    [
      'a foreign file',
      async () => JSON.stringify({ name: 'my-app', version: '1.0.0' }),
      /not a Creditwatch backup/,
    ],
    [
      'a newer version',
      async () => JSON.stringify({ ...(await good()), version: 2 }),
      /version 2, newer than .* \(1\)/,
    ],
    [
      'a reading with a negative balance',
      async () => {
        const b = await good();
        b.tables.readings[1].remaining = -5;
        return JSON.stringify(b);
      },
      /Invalid backup at tables\.readings\[1\]\.remaining/,
    ],
    [
      'a task with a lying time',
      async () => {
        const b = await good();
        b.tables.tasks[0].at = 1e20;
        return JSON.stringify(b);
      },
      /Invalid backup at tables\.tasks\[0\]\.at/,
    ],
    [
      'a setting outside its bounds',
      async () => {
        const b = await good();
        b.tables.settings[1].value.lowPercent = 400;
        return JSON.stringify(b);
      },
      /Invalid backup at tables\.settings\[1\]/,
    ],
    [
      'an unknown tool',
      async () => {
        const b = await good();
        b.tables.tasks[0].tool = 'evil';
        return JSON.stringify(b);
      },
      /tasks\[0\] names an unknown tool "evil"/,
    ],
    [
      'a duplicated reading',
      async () => {
        const b = await good();
        b.tables.readings.push(b.tables.readings[0]);
        return JSON.stringify(b);
      },
      /readings has the id "[^"]+" twice/,
    ],
    [
      'a missing table',
      async () => JSON.stringify({ ...(await good()), tables: {} }),
      /Invalid backup at tables\.readings/,
    ],
  ])('rejects %s with a clear error and changes nothing', async (_, text, error) => {
    const db = await seeded();
    const before = await snapshot(db);
    const result = await handleDataCommand(db, { type: 'restore', text: await text() });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(error) });
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a file over 50 MB before parsing it', async () => {
    const db = await seeded();
    const result = await handleDataCommand(db, {
      type: 'restore',
      text: ' '.repeat(MAX_BACKUP_CHARS + 1),
    });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/larger than 50 MB/) });
  });
});
