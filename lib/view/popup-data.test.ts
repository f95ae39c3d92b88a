import type { DBCore, DBCoreTable } from 'dexie';
import { freshDb } from '@/test/support/db';
import { emptyDay, history, type MeterPlan } from '@/test/e2e/popup-history';
import type { CreditwatchDB } from '../db/database';
import type { DayRow } from '../model/day';
import { SETTINGS_KEYS, type ToolSettings } from '../model/settings';
import { dayOf, dayStart } from '../ledger/calendar';
import { refreshPace } from '../forecast/refresh';
import { buildPopup, type ToolView } from './popup-data';
import { readPopupInputs } from './popup-inputs';
import { asSnapshot } from './snapshot';

/** Reads the inputs from the database and builds the cards, as the popup does without a snapshot. */
const loadPopup = async (db: CreditwatchDB, now: number) =>
  buildPopup(await readPopupInputs(db, now), now);

const DAY = 86_400_000;
// Saturday 21 Nov 2026 at noon, local time (so the weekdays and month days below hold in
// every time zone); the reset below is on Tuesday the 24th.
const NOW = new Date(2026, 10, 21, 12).getTime();
const TUESDAY = new Date(2026, 10, 24, 12).getTime();

async function seed(db: CreditwatchDB, plans: MeterPlan[], extraDays: DayRow[] = []) {
  const h = history(plans, NOW);
  await db.meters.bulkPut(h.meters);
  await db.readings.bulkPut(h.readings);
  await db.days.bulkPut([...h.days, ...extraDays]);
}

const setTool = (db: CreditwatchDB, id: string, s: Partial<ToolSettings>) =>
  db.settings.put({
    key: SETTINGS_KEYS.tool(id),
    value: { enabled: true, lowPercent: 20, ...s },
  });

const card = (views: ToolView[], id: string) => views.find((v) => v.tool.id === id)!;

// Suno: 2,500-credit quota at 10% left, spending 100 a day, resetting Tuesday.
const suno: MeterPlan = {
  tool: 'suno',
  meter: 'credits',
  unit: 'credits',
  limit: 2500,
  start: 3250,
  perDay: 100,
  resetsAt: TUESDAY,
  task: { kind: 'song', perDay: 10, cost: 10, basis: 'rate_card' },
};
// OpenRouter: $18 left, $2 a day, no reset.
const openrouter: MeterPlan = {
  tool: 'openrouter',
  meter: 'balance',
  unit: 'usd',
  start: 78,
  perDay: 2,
};
// Claude: a percent window with 60% left.
const claude: MeterPlan = {
  tool: 'claude',
  meter: 'seven_day',
  unit: 'percent',
  percent: true,
  start: 90,
  perDay: 1,
  resetsAt: NOW + 20 * DAY,
};

describe('loadPopup', () => {
  it('orders tools by their most binding meter, using the user thresholds', async () => {
    const db = freshDb();
    await seed(db, [openrouter, claude, suno]);
    let views = await loadPopup(db, NOW);
    expect(views.map((v) => v.tool.id)).toEqual(['suno', 'claude', 'openrouter']);
    expect(card(views, 'suno').meters[0]!.low).toBe(true);
    expect(card(views, 'claude').meters[0]!.low).toBe(false);

    // The user's own thresholds, not a constant: Claude low under 70%, OpenRouter under $20.
    await setTool(db, 'claude', { lowPercent: 70 });
    await setTool(db, 'openrouter', { lowPercent: 20, lowAmount: 20 });
    views = await loadPopup(db, NOW);
    expect(card(views, 'claude').meters[0]!.low).toBe(true);
    expect(card(views, 'openrouter').meters[0]!.low).toBe(true);
    expect(views.map((v) => v.tool.id)).toEqual(['suno', 'claude', 'openrouter']);
  });

  it('a meter running out before its reset comes before one that merely sits lower', async () => {
    const db = freshDb();
    // 30% left but empty in 3 days, reset in 10: more urgent than 25% left with no pace.
    const fast: MeterPlan = {
      ...suno,
      start: 3750,
      perDay: 100,
      resetsAt: NOW + 10 * DAY,
      task: undefined,
    };
    const still: MeterPlan = { ...claude, start: 25, perDay: 0 };
    await seed(db, [still, fast]);
    const views = await loadPopup(db, NOW);
    expect(views.map((v) => v.tool.id)).toEqual(['suno', 'claude']);
    expect(views[0]!.meters[0]!.runsOut).toBe(true);
  });

  it('words the forecast from the recent pace', async () => {
    const db = freshDb();
    await seed(db, [suno, openrouter, claude]);
    const views = await loadPopup(db, NOW);
    expect(card(views, 'suno').meters[0]!.forecast).toBe('runs out before the reset on Tue');
    expect(card(views, 'openrouter').meters[0]!.forecast).toBe('lasts ~9 days');
    expect(card(views, 'claude').meters[0]!.forecast).toBe('lasts past the reset');
  });

  it('says nothing when there is no pace to forecast from', async () => {
    const db = freshDb();
    await seed(db, [{ ...openrouter, perDay: 0, start: 40 }]);
    const [view] = await loadPopup(db, NOW);
    expect(view!.meters[0]!.forecast).toBeUndefined();
    expect(view!.meters[0]!.summary).toBe('$40.00 left');
  });

  it("shows this month's spending in money, and unpriced units as units, never $0", async () => {
    const db = freshDb();
    const stability: MeterPlan = {
      tool: 'stability',
      meter: 'credits',
      unit: 'credits',
      start: 5000,
      perDay: 30,
    };
    await seed(db, [suno, stability, openrouter]);
    // Spending before the 1st is outside the month even though it is inside the 30 days.
    const october = { ...emptyDay('stability', '2026-10-30'), spent: { credits: 9999 } };
    await db.days.put(october);
    let views = await loadPopup(db, NOW);
    // 21 days of November at 30 credits, $0.01 each (Stability's published price).
    expect(card(views, 'stability').month).toBe('$6.30');
    expect(card(views, 'suno').month).toBe('2,100 credits');
    expect(card(views, 'openrouter').month).toBe('$42.00');
    for (const v of views) expect(v.month).not.toMatch(/NaN|undefined|\$0\.00/);

    await setTool(db, 'suno', { pricePerUnit: 0.005, monthlyFee: 10 });
    views = await loadPopup(db, NOW);
    expect(card(views, 'suno').month).toBe('$20.50');
  });

  it('says nothing was spent rather than $0, and counts a fee alone', async () => {
    const db = freshDb();
    await seed(db, [{ ...claude, perDay: 0 }]);
    expect(card(await loadPopup(db, NOW), 'claude').month).toBe('nothing spent yet');
    await setTool(db, 'claude', { monthlyFee: 20 });
    expect(card(await loadPopup(db, NOW), 'claude').month).toBe('$20.00');
  });

  it('hides disabled tools and shows manual ones like any other', async () => {
    const db = freshDb();
    const manual: MeterPlan = {
      tool: 'm_midjourney',
      meter: 'balance',
      unit: 'hours',
      start: 30,
      perDay: 0.5,
    };
    await seed(db, [suno, openrouter, manual]);
    await db.manualTools.bulkPut([
      {
        id: 'm_midjourney',
        name: 'Midjourney (by hand)',
        unit: 'hours',
        usageUrl: 'https://www.midjourney.com/account',
      },
      { id: 'm_udio', name: 'Udio', unit: 'credits' },
    ]);
    await setTool(db, 'suno', { enabled: false });
    const views = await loadPopup(db, NOW);
    expect(views.map((v) => v.tool.id)).not.toContain('suno');
    const mj = card(views, 'm_midjourney');
    expect(mj.tool).toMatchObject({
      name: 'Midjourney (by hand)',
      manual: true,
      usageUrl: 'https://www.midjourney.com/account',
    });
    expect(mj.meters[0]).toMatchObject({
      label: 'Balance',
      summary: '15 hours left',
      forecast: 'lasts ~30 days',
    });
    expect(mj.chart?.points).toHaveLength(30);
    // A manual tool with no balance yet still has its card, with no link it does not have.
    const udio = card(views, 'm_udio');
    expect(udio.meters).toEqual([]);
    expect(udio.tool.usageUrl).toBeUndefined();
    await setTool(db, 'm_udio', { enabled: false });
    expect((await loadPopup(db, NOW)).map((v) => v.tool.id)).not.toContain('m_udio');
  });

  it('charts the most binding meter over 30 days, leaving missing days as gaps', async () => {
    const db = freshDb();
    const old = {
      ...emptyDay('suno', dayOf(NOW - 40 * DAY)),
      close: { credits: { at: 1, remaining: 1 } },
    };
    await seed(db, [{ ...suno, limit: undefined, gaps: [0, 10, 11] }], [old]);
    const { chart } = card(await loadPopup(db, NOW), 'suno');
    expect(chart!.meter).toBe('credits');
    expect(chart!.points).toHaveLength(30);
    expect(chart!.points[0]).toBeUndefined();
    expect(chart!.points[10]).toBeUndefined();
    expect(chart!.points[1]).toBeCloseTo(3050, 0);
    expect(chart!.points[29]).toBeCloseTo(250, 0);
    expect(chart!.points.every((p) => p === undefined || Number.isFinite(p))).toBe(true);
    expect(chart!.label).toMatch(
      /^Balance over the last 30 days: from 3,050 credits to 250 credits, lowest 250 credits$/,
    );
  });

  it('draws one scale: units when most days only know units, percent when they know both', async () => {
    const db = freshDb();
    await seed(db, [suno]);
    expect(card(await loadPopup(db, NOW), 'suno').chart).toMatchObject({ unit: 'percent' });
    // Days closed before the limit was known carry units only; one newer day knows both.
    const rows = (await db.days.toArray()).map((d): DayRow => {
      const units = { ...d.close.credits! };
      delete units.percentLeft;
      return { ...d, close: { credits: units } };
    });
    rows[rows.length - 1]!.close.credits!.percentLeft = 10;
    await db.days.bulkPut(rows);
    const { chart } = card(await loadPopup(db, NOW), 'suno');
    expect(chart!.unit).toBe('credits');
    expect(chart!.points.filter((p) => p !== undefined)).toHaveLength(30);
  });

  it('prefers percent left for the chart and follows the lowest meter', async () => {
    const db = freshDb();
    const weekly: MeterPlan = { ...claude, meter: 'seven_day_opus', start: 40 };
    await seed(db, [claude, weekly]);
    const { chart, meters } = card(await loadPopup(db, NOW), 'claude');
    expect(meters.map((m) => m.meter)).toEqual(['seven_day_opus', 'seven_day']);
    expect(chart).toMatchObject({ meter: 'seven_day_opus', unit: 'percent' });
    expect(chart!.label).toContain('lowest 10%');
  });

  it('draws no chart from a single day', async () => {
    const db = freshDb();
    await seed(db, [{ ...suno, gaps: Array.from({ length: 29 }, (_, i) => i) }]);
    expect(card(await loadPopup(db, NOW), 'suno').chart).toBeUndefined();
  });

  it('gives cost per task by kind in units and money from the day totals', async () => {
    const db = freshDb();
    const stability: MeterPlan = {
      tool: 'stability',
      meter: 'credits',
      unit: 'credits',
      start: 5000,
      perDay: 30,
      task: { kind: 'image', perDay: 5, cost: 6.5, basis: 'rate_card' },
    };
    await seed(db, [suno, stability]);
    const views = await loadPopup(db, NOW);
    expect(card(views, 'stability').costs).toEqual([
      { kind: 'image', count: 150, average: 6.5, unit: 'credits', basis: 'rate_card', usd: 0.065 },
    ]);
    // Suno credits have no price: units only.
    expect(card(views, 'suno').costs).toEqual([
      { kind: 'song', count: 300, average: 10, unit: 'credits', basis: 'rate_card' },
    ]);
  });

  it('reads a bounded number of rows whatever the history holds: no task, no old reading', async () => {
    const db = freshDb();
    const read = countRowsRead(db);
    await seed(db, [suno, openrouter, claude]);
    // A long history behind them: old readings and many tasks the popup must never touch.
    const old = Array.from({ length: 2000 }, (_, i) => ({
      ...history([suno], NOW).readings[0]!,
      id: `suno:credits@old${i}`,
      at: NOW - 60 * DAY - i * 60_000,
    }));
    await db.readings.bulkPut(old);
    await db.tasks.bulkPut(
      Array.from({ length: 2000 }, (_, i) => ({
        id: `t${i}`,
        tool: 'suno',
        kind: 'song' as const,
        at: NOW - i * 60_000,
        basis: 'rate_card' as const,
      })),
    );
    read.clear();
    await loadPopup(db, NOW);
    expect(read.get('tasks') ?? 0).toBe(0);
    // Three meters, a week of 6-hourly readings each (29 rows), never the 2,000 old ones.
    expect(read.get('readings')).toBeGreaterThan(0);
    expect(read.get('readings')).toBeLessThanOrEqual(3 * 30);
    expect(read.get('days')).toBeLessThanOrEqual(3 * 31);
  }, 60_000);
});

describe('the popup built from a kept snapshot', () => {
  it('is the same after the inputs go through JSON, later on their day', async () => {
    const db = freshDb();
    await seed(db, [suno, openrouter, claude]);
    await setTool(db, 'suno', { lowPercent: 50, pricePerUnit: 0.01 });
    const inputs = await readPopupInputs(db, NOW);
    const text = JSON.stringify(inputs);
    expect(buildPopup(asSnapshot(text, NOW)!, NOW)).toEqual(buildPopup(inputs, NOW));
    // A minute before local midnight: the clock-bound parts (forecasts) move on, the sums hold.
    const late = dayStart(dayOf(NOW)) + DAY - 60_000;
    expect(buildPopup(asSnapshot(text, late)!, late)).toEqual(await loadPopup(db, late));
  });

  it('serves the next day as a fresh read would, and is turned away the day after', async () => {
    const db = freshDb();
    await seed(db, [suno, openrouter, claude]);
    await setTool(db, 'suno', { pricePerUnit: 0.01 });
    const text = JSON.stringify(await readPopupInputs(db, NOW));
    // Just after midnight: the chart and the 30 days have moved on by a day.
    const next = dayStart(dayOf(NOW)) + DAY + 60_000;
    const fresh = await loadPopup(db, next);
    expect(buildPopup(asSnapshot(text, next)!, next)).toEqual(fresh);
    expect(buildPopup(asSnapshot(text, NOW)!, next)).not.toEqual(
      buildPopup(asSnapshot(text, NOW)!, NOW),
    );
    const after = dayStart(dayOf(NOW)) + 2 * DAY + 60_000;
    expect(asSnapshot(text, after)).toBeUndefined();
  });

  it("sums the next day in that day's month: from the 30th, the 1st starts a new month", async () => {
    const db = freshDb();
    const last = new Date(2026, 10, 30, 12).getTime();
    await db.days.bulkPut([
      {
        ...emptyDay('stability', '2026-11-30'),
        spent: { credits: 30 },
        tasks: { image: { n: 3, cost: { credits: { n: 3, sum: 30, basis: 'reported' } } } },
      },
    ]);
    const inputs = await readPopupInputs(db, last);
    expect(inputs.sums['2026-11-30']!.stability!.spent).toEqual({ credits: 30 });
    expect(inputs.sums['2026-12-01']!.stability!.spent).toEqual({});
    // The 30 days still hold the 30th's tasks.
    expect(inputs.sums['2026-12-01']!.stability!.tasks.image!.n).toBe(3);
  });
});

describe('loadPopup with the background pace', () => {
  it('reads no readings once the background has kept each pace, and shows the same', async () => {
    const db = freshDb();
    const read = countRowsRead(db);
    await seed(db, [suno, openrouter, claude]);
    const fromHistory = await loadPopup(db, NOW);
    await refreshPace(db, { times: [] });
    read.clear();
    const fromPace = await loadPopup(db, NOW);
    expect(read.get('readings') ?? 0).toBe(0);
    expect(fromPace).toEqual(fromHistory);
    expect(card(fromPace, 'suno').meters[0]!.forecast).toBeTruthy();
  });

  it('reads history again for a meter whose latest reading is newer than its pace', async () => {
    const db = freshDb();
    const read = countRowsRead(db);
    await seed(db, [suno]);
    await refreshPace(db, { tool: 'suno', times: [] });
    const state = (await db.meters.get('suno:credits'))!;
    const newer = { ...state.latest, id: 'suno:credits@new', at: NOW - 1000, remaining: 1 };
    await db.readings.put(newer);
    await db.meters.put({ ...state, latest: newer, lastSeen: newer.at });
    read.clear();
    await loadPopup(db, NOW);
    expect(read.get('readings')).toBeGreaterThan(0);
  });
});

/** Counts the rows each table hands back through Dexie, via a DBCore middleware. */
function countRowsRead(db: CreditwatchDB): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (t: string, n: number) => counts.set(t, (counts.get(t) ?? 0) + n);
  db.use({
    stack: 'dbcore',
    name: 'count-reads',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name: string): DBCoreTable {
        const table = down.table(name);
        return {
          ...table,
          async query(req) {
            const res = await table.query(req);
            add(name, res.result.length);
            return res;
          },
          async getMany(req) {
            const res = await table.getMany(req);
            add(name, res.length);
            return res;
          },
          async openCursor(req) {
            // Dexie walks cursors for filtered or reversed reads; count each step.
            const cursor = await table.openCursor(req);
            if (!cursor) return cursor;
            add(name, 1);
            const next = cursor.continue.bind(cursor);
            return Object.assign(Object.create(cursor) as typeof cursor, {
              continue: (key?: unknown) => {
                add(name, 1);
                next(key);
              },
            });
          },
        };
      },
    }),
  });
  return counts;
}
