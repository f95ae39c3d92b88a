import type { CreditwatchDB } from '@/lib/db/database';
import { deliver } from '@/lib/ingest/deliver';
import { RateLimiter } from '@/lib/util/ratelimit';
import { freshDb } from '@/test/support/db';
import { AT, SELF_ID, sunoBillingEnvelope, sunoSender } from '@/test/support/envelopes';
import { seedRows } from '@/test/support/seed';
import { handleSettingsCommand } from './commands';

const TOOL = { enabled: true, lowPercent: 15, pricePerUnit: 0.02, monthlyFee: 10 };
const GLOBAL = { budgetUsd: 50, notifyLow: true, notifyRunOut: false, notifyReset: true };

async function counts(db: CreditwatchDB): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of db.tables) out[t.name] = await t.count();
  return out;
}

/** Two tools with rows in every table, plus the global settings and a budget alert. */
async function seedTwoTools(db: CreditwatchDB) {
  const { readings, tasks } = seedRows(30);
  await db.readings.bulkAdd(readings);
  await db.tasks.bulkAdd(tasks);
  for (const tool of ['suno', 'openrouter', 'claude']) {
    const latest = readings.filter((r) => r.tool === tool).at(-1)!;
    await db.meters.put({
      key: latest.meterKey,
      tool,
      meter: latest.meter,
      latest,
      lastSeen: latest.at,
    });
    await db.health.put({ tool, failures: 0, lastOkAt: latest.at });
    await db.days.put({
      key: `${tool}|2026-01-01`,
      tool,
      day: '2026-01-01',
      tasks: {},
      spent: { credits: 5 },
      toppedUp: {},
      resets: 0,
      close: {},
    });
    await db.alerts.put({ key: latest.meterKey, active: ['low'], fired: { low: AT } });
    await db.settings.put({ key: `tool:${tool}`, value: TOOL });
  }
  await db.alerts.put({ key: 'budget:2026-01', active: [], fired: {} });
  await db.settings.put({ key: 'global', value: GLOBAL });
}

describe('settings commands', () => {
  it('saves a tool and the global settings', async () => {
    const db = freshDb();
    await expect(
      handleSettingsCommand(db, { type: 'saveTool', tool: 'suno', settings: TOOL }),
    ).resolves.toEqual({ ok: true });
    await expect(
      handleSettingsCommand(db, { type: 'saveGlobal', settings: GLOBAL }),
    ).resolves.toEqual({ ok: true });
    expect((await db.settings.get('tool:suno'))!.value).toEqual(TOOL);
    expect((await db.settings.get('global'))!.value).toEqual(GLOBAL);
  });

  it.each([
    [
      'a threshold above 100',
      { type: 'saveTool', tool: 'suno', settings: { ...TOOL, lowPercent: 101 } },
    ],
    [
      'a negative price',
      { type: 'saveTool', tool: 'suno', settings: { ...TOOL, pricePerUnit: -1 } },
    ],
    ['NaN', { type: 'saveTool', tool: 'suno', settings: { ...TOOL, monthlyFee: NaN } }],
    ['Infinity', { type: 'saveGlobal', settings: { ...GLOBAL, budgetUsd: Infinity } }],
    [
      'a price past the maximum',
      { type: 'saveTool', tool: 'suno', settings: { ...TOOL, pricePerUnit: 1e13 } },
    ],
    ['a string number', { type: 'saveGlobal', settings: { ...GLOBAL, budgetUsd: '5' } }],
    ['a bad tool id', { type: 'saveTool', tool: '../x', settings: TOOL }],
    ['an unknown command', { type: 'dropTables' }],
    ['a manual tool without a name', { type: 'addManualTool', name: '', unit: 'credits' }],
    ['a blank manual name', { type: 'addManualTool', name: '   ', unit: 'credits' }],
    ['a manual tool in percent', { type: 'addManualTool', name: 'X', unit: 'percent' }],
    [
      'an http usage URL',
      { type: 'addManualTool', name: 'X', unit: 'credits', usageUrl: 'http://x.io' },
    ],
    [
      'a javascript URL',
      { type: 'addManualTool', name: 'X', unit: 'credits', usageUrl: 'javascript:alert(1)' },
    ],
    ['a long name', { type: 'addManualTool', name: 'x'.repeat(81), unit: 'credits' }],
    ['a negative balance', { type: 'addManualTool', name: 'X', unit: 'credits', balance: -3 }],
    ['deleteAll without confirm', { type: 'deleteAll' }],
    ['deleteAll with confirm "yes"', { type: 'deleteAll', confirm: 'yes' }],
  ])('refuses %s and writes nothing', async (_name, cmd) => {
    const db = freshDb();
    await seedTwoTools(db);
    const before = await counts(db);
    const result = await handleSettingsCommand(db, cmd);
    expect(result.ok).toBe(false);
    expect(await counts(db)).toEqual(before);
    expect((await db.settings.get('tool:suno'))!.value).toEqual(TOOL);
  });

  it.each([
    { type: 'saveTool', tool: 'nosuchtool', settings: TOOL },
    { type: 'deleteTool', tool: 'nosuchtool' },
    { type: 'setManualBalance', tool: 'm_nothing', balance: 3 },
    { type: 'removeManualTool', tool: 'm_nothing' },
  ])('answers "unknown tool" to $type of a tool nobody knows', async (cmd) => {
    const db = freshDb();
    await seedTwoTools(db);
    const before = await counts(db);
    await expect(handleSettingsCommand(db, cmd)).resolves.toEqual({
      ok: false,
      error: 'unknown tool',
    });
    expect(await counts(db)).toEqual(before);
  });
});

describe('manual tools', () => {
  it('adds a tool whose balance becomes a reading and the meter state', async () => {
    const db = freshDb();
    const res = await handleSettingsCommand(
      db,
      {
        type: 'addManualTool',
        name: 'Udio Pro!',
        unit: 'credits',
        balance: 1200,
        usageUrl: 'https://www.udio.com/settings',
      },
      AT,
    );
    expect(res).toEqual({ ok: true, value: { id: 'm_udio_pro' } });
    expect(await db.manualTools.get('m_udio_pro')).toEqual({
      id: 'm_udio_pro',
      name: 'Udio Pro!',
      unit: 'credits',
      usageUrl: 'https://www.udio.com/settings',
    });
    const reading = {
      id: `m_udio_pro:balance@${AT}`,
      tool: 'm_udio_pro',
      meter: 'balance',
      meterKey: 'm_udio_pro:balance',
      remaining: 1200,
      scale: 1,
      exact: true,
      at: AT,
      source: 'manual',
    };
    expect(await db.readings.toArray()).toEqual([reading]);
    expect(await db.meters.get('m_udio_pro:balance')).toEqual({
      key: 'm_udio_pro:balance',
      tool: 'm_udio_pro',
      meter: 'balance',
      latest: reading,
      lastSeen: AT,
    });
  });

  it('gives two tools of the same name different ids; a name in another script still gets one', async () => {
    const db = freshDb();
    const add = (name: string) =>
      handleSettingsCommand(db, { type: 'addManualTool', name, unit: 'hours' }, AT);
    await expect(add('Pika')).resolves.toEqual({ ok: true, value: { id: 'm_pika' } });
    await expect(add('pika')).resolves.toEqual({ ok: true, value: { id: 'm_pika_2' } });
    await expect(add('通义')).resolves.toEqual({ ok: true, value: { id: 'm_tool' } });
    expect(await db.readings.count()).toBe(0);
  });

  it('a new balance by hand is a new reading; the same balance only moves lastSeen', async () => {
    const db = freshDb();
    await handleSettingsCommand(
      db,
      { type: 'addManualTool', name: 'Pika', unit: 'credits', balance: 100 },
      AT,
    );
    const set = (balance: number, at: number) =>
      handleSettingsCommand(db, { type: 'setManualBalance', tool: 'm_pika', balance }, at);
    await expect(set(100, AT + 1000)).resolves.toEqual({ ok: true });
    expect(await db.readings.count()).toBe(1);
    expect((await db.meters.get('m_pika:balance'))!.lastSeen).toBe(AT + 1000);
    await set(80, AT + 2000);
    expect(await db.readings.count()).toBe(2);
    const state = (await db.meters.get('m_pika:balance'))!;
    expect(state.latest).toMatchObject({ remaining: 80, at: AT + 2000, source: 'manual' });
    await expect(set(-1, AT + 3000)).resolves.toMatchObject({ ok: false });
    await expect(set(NaN, AT + 3000)).resolves.toMatchObject({ ok: false });
    expect(await db.readings.count()).toBe(2);
  });

  it('tells the followers which tool changed when, and only when data changed', async () => {
    const db = freshDb();
    const changes: unknown[] = [];
    const run = (cmd: object, at: number) =>
      handleSettingsCommand(db, cmd, at, (c) => changes.push(c));
    await run({ type: 'addManualTool', name: 'Pika', unit: 'credits', balance: 5 }, AT);
    await run({ type: 'setManualBalance', tool: 'm_pika', balance: 5 }, AT + 1);
    await run({ type: 'setManualBalance', tool: 'm_pika', balance: 4 }, AT + 2);
    await run({ type: 'saveGlobal', settings: GLOBAL }, AT + 3);
    await run({ type: 'deleteTool', tool: 'suno' }, AT + 4);
    await run({ type: 'setManualBalance', tool: 'm_pika', balance: -4 }, AT + 5);
    expect(changes).toEqual([
      { tool: 'm_pika', times: [AT] },
      { tool: 'm_pika', times: [AT + 2] },
      { tool: 'suno', times: [] },
    ]);
  });

  it('removing a manual tool removes its rows and nothing else', async () => {
    const db = freshDb();
    await seedTwoTools(db);
    await handleSettingsCommand(
      db,
      { type: 'addManualTool', name: 'Pika', unit: 'credits', balance: 100 },
      AT,
    );
    await handleSettingsCommand(db, { type: 'saveTool', tool: 'm_pika', settings: TOOL });
    const before = await counts(db);
    await expect(
      handleSettingsCommand(db, { type: 'removeManualTool', tool: 'm_pika' }),
    ).resolves.toEqual({ ok: true });
    expect(await counts(db)).toEqual({
      ...before,
      manualTools: 0,
      readings: before.readings! - 1,
      meters: before.meters! - 1,
      settings: before.settings! - 1,
    });
  });
});

describe('deleting data', () => {
  it("deleteTool removes exactly that tool's rows, in every table", async () => {
    const db = freshDb();
    await seedTwoTools(db);
    const before = await counts(db);
    await expect(handleSettingsCommand(db, { type: 'deleteTool', tool: 'suno' })).resolves.toEqual({
      ok: true,
    });
    const after = await counts(db);
    for (const table of ['readings', 'tasks', 'meters', 'health', 'days', 'alerts', 'settings']) {
      const table_ = db.table(table);
      const rows = await table_.toArray();
      expect(JSON.stringify(rows), table).not.toMatch(/"suno/);
    }
    expect(after).toEqual({
      ...before,
      readings: 20,
      tasks: 20,
      meters: 2,
      health: 2,
      days: 2,
      alerts: 3,
      settings: 3,
    });
    expect(await db.alerts.get('budget:2026-01')).toBeDefined();
    expect(await db.settings.get('global')).toBeDefined();
  });

  it('deleteAll with confirmation empties every table, settings included', async () => {
    const db = freshDb();
    await seedTwoTools(db);
    await handleSettingsCommand(db, {
      type: 'addManualTool',
      name: 'Pika',
      unit: 'credits',
      balance: 1,
    });
    await expect(handleSettingsCommand(db, { type: 'deleteAll', confirm: true })).resolves.toEqual({
      ok: true,
    });
    const after = await counts(db);
    expect(Object.keys(after)).toHaveLength(9);
    expect(Object.values(after).every((n) => n === 0)).toBe(true);
  });
});

describe('a disabled tool', () => {
  it('has its page data acknowledged and dropped', async () => {
    const db = freshDb();
    const SELF = SELF_ID;
    const sender = sunoSender;
    const batch = () => [sunoBillingEnvelope(70)];
    const deps = { db: () => db, selfId: SELF, limiter: new RateLimiter() };
    await handleSettingsCommand(db, {
      type: 'saveTool',
      tool: 'suno',
      settings: { ...TOOL, enabled: false },
    });
    const off = batch();
    await expect(deliver(off, sender, deps)).resolves.toEqual({ ok: true, acked: [off[0]!.id] });
    expect(await db.readings.count()).toBe(0);
    expect(await db.health.count()).toBe(0);
    await handleSettingsCommand(db, { type: 'saveTool', tool: 'suno', settings: TOOL });
    await deliver(batch(), sender, deps);
    expect(await db.readings.count()).toBe(1);
  });
});
