import Papa from 'papaparse';
import { freshDb } from '@/test/support/db';
import type { CreditwatchDB } from '../db/database';
import { refreshDays } from '../ledger/days';
import { monthFigures, monthsFigures } from '../ledger/month';
import { reading as r, task } from '../ledger/testing';
import type { Reading } from '../model/reading';
import type { Task } from '../model/task';
import { collect } from './collect';
import { monthCsv } from './month-csv';

const NOV = (d: number, h = 12) => new Date(2026, 10, d, h).getTime();
const NOW = NOV(25);

async function seed(db: CreditwatchDB, readings: Reading[], tasks: Task[]) {
  await db.readings.bulkAdd(readings);
  await db.tasks.bulkAdd(tasks);
  const tools = new Set([...readings, ...tasks].map((x) => x.tool));
  for (const x of readings)
    await db.meters.put({
      key: x.meterKey,
      tool: x.tool,
      meter: x.meter,
      latest: x,
      lastSeen: x.at,
    });
  for (const tool of tools)
    await refreshDays(db, {
      tool,
      times: [...readings, ...tasks].filter((x) => x.tool === tool).map((x) => x.at),
    });
}

async function csvRows(db: CreditwatchDB, month: string) {
  const parsed = Papa.parse<Record<string, string>>(
    (await collect(monthCsv(db, month, NOW))).slice(1),
    { header: true, skipEmptyLines: true, delimiter: ',' },
  );
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const song = (id: string, at: number) =>
  task('suno', id, at, {
    cost: 10,
    unit: 'credits',
    meter: 'credits',
    basis: 'rate_card',
    model: 'chirp-v4',
  });

describe('month figures and the CSV tell the same totals', () => {
  it('per tool and in total: tasks, consumption, dollars, fees; unpriced units stay units', async () => {
    const db = freshDb();
    await db.settings.bulkAdd([
      {
        key: 'tool:suno',
        value: { enabled: true, lowPercent: 20, pricePerUnit: 0.004, monthlyFee: 10 },
      },
      { key: 'tool:kling', value: { enabled: false, lowPercent: 20, monthlyFee: 99 } },
    ]);
    await seed(
      db,
      [
        r('suno', 'credits', NOV(1), { remaining: 1000 }),
        r('suno', 'credits', NOV(2), { remaining: 980 }),
        r('suno', 'credits', NOV(3), { remaining: 973 }),
        r('suno', 'credits', NOV(4), { remaining: 1473 }),
        r('openrouter', 'balance', NOV(1), { remaining: 20 }),
        r('openrouter', 'balance', NOV(9), { remaining: 17.25 }),
        r('claude', 'five_hour', NOV(1), { percentUsed: 10 }),
        r('claude', 'five_hour', NOV(1, 14), { percentUsed: 35 }),
        r('kling', 'credits', NOV(1), { remaining: 100 }),
        r('kling', 'credits', NOV(2), { remaining: 60 }),
        // October: must not leak into November.
        r('stability', 'credits', new Date(2026, 9, 30).getTime(), { remaining: 500 }),
        r('stability', 'credits', new Date(2026, 9, 31).getTime(), { remaining: 400 }),
      ],
      [
        song('a', NOV(1, 13)),
        song('b', NOV(1, 14)),
        task('openrouter', 'g1', NOV(5), {
          cost: 1.5,
          unit: 'usd',
          meter: 'balance',
          basis: 'reported',
          kind: 'completion',
          model: '=cmd|x',
        }),
        task('claude', 'm1', NOV(1, 13), { kind: 'message' }),
      ],
    );
    const fig = await monthFigures(db, '2026-11', NOW);
    const rows = await csvRows(db, '2026-11');

    const csvUsd = rows.reduce((s, x) => s + (x.cost_usd ? Number(x.cost_usd) : 0), 0);
    expect(csvUsd).toBeCloseTo(fig.usd, 6);
    // Suno 27 credits at $0.004 + $10 fee; OpenRouter $2.75; Kling 40 credits, no price.
    expect(fig.usd).toBeCloseTo(27 * 0.004 + 10 + 2.75, 6);
    expect(fig.unpriced).toEqual({ percent: 25, credits: 40 });

    for (const tool of fig.tools) {
      const mine = rows.filter((x) => x.tool === tool.name && x.activity !== 'top-up');
      const usd = mine.reduce((s, x) => s + (x.cost_usd ? Number(x.cost_usd) : 0), 0);
      expect(usd, tool.name).toBeCloseTo(tool.usd, 6);
      const units: Record<string, number> = {};
      for (const x of mine)
        if (x.unit && x.unit !== 'month') units[x.unit] = (units[x.unit] ?? 0) + Number(x.quantity);
      expect(units, tool.name).toEqual(tool.units);
      expect(
        mine.filter((x) => x.basis !== 'subscription' && x.activity !== 'consumption').length,
      ).toBe(tool.tasks);
    }
    expect(rows.map((x) => x.tool)).not.toContain('Stability AI');
    expect(rows.find((x) => x.activity === 'subscription')).toMatchObject({
      tool: 'Suno',
      cost_usd: '10',
      basis: 'subscription',
    });
    expect(rows.find((x) => x.activity === 'top-up')).toMatchObject({
      quantity: '500',
      cost_usd: '',
    });
    expect(rows.find((x) => x.activity === 'completion')?.model).toBe("'=cmd|x");
    expect(rows.find((x) => x.activity === 'message')).toMatchObject({
      quantity: '',
      cost_usd: '',
    });
  });

  it('twelve months stack by tool; fees only for months with data and the current one', async () => {
    const db = freshDb();
    await db.settings.add({
      key: 'tool:suno',
      value: { enabled: true, lowPercent: 20, monthlyFee: 8 },
    });
    const sep = (d: number) => new Date(2026, 8, d).getTime();
    await seed(
      db,
      [
        r('openrouter', 'balance', sep(1), { remaining: 20 }),
        r('openrouter', 'balance', sep(2), { remaining: 15 }),
      ],
      [],
    );
    const months = await monthsFigures(db, '2026-11', 12, NOW);
    expect(months.map((m) => m.month)).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(months.map((m) => m.usd)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 13, 0, 8]);
  });
});
