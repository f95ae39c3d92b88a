import { freshDb } from '@/test/support/db';
import type { CreditwatchDB } from '../db/database';
import { reading } from '../ledger/testing';
import type { Reading } from '../model/reading';
import { forecast, forecastFrom } from './pace';
import { refreshPace } from './refresh';

const H = 3_600_000;
const T0 = Date.UTC(2026, 10, 10);

async function store(db: CreditwatchDB, rs: Reading[]) {
  await db.readings.bulkPut(rs);
  const latest = rs.reduce((a, b) => (b.at > a.at ? b : a));
  const prev = await db.meters.get(latest.meterKey);
  if (!prev || prev.latest.at < latest.at)
    await db.meters.put({
      ...prev,
      key: latest.meterKey,
      tool: 'suno',
      meter: 'credits',
      latest,
      lastSeen: latest.at,
    });
}

const credits = (at: number, remaining: number) => reading('suno', 'credits', at, { remaining });

describe('refreshPace', () => {
  it('keeps the start of the latest stretch, giving the forecast the history gives', async () => {
    const db = freshDb();
    const history = [
      credits(T0, 100),
      credits(T0 + H, 500),
      credits(T0 + 5 * H, 450),
      credits(T0 + 9 * H, 400),
    ];
    await store(db, history);
    await refreshPace(db, { tool: 'suno', times: [T0] });
    const state = (await db.meters.get('suno:credits'))!;
    // The top-up at T0 + 1 h starts the stretch.
    expect(state.pace).toEqual({ of: T0 + 9 * H, at: T0 + H, left: 500 });
    const now = T0 + 10 * H;
    expect(forecastFrom(state.pace, state.latest, now)).toEqual(forecast(history, now));
  });

  it('moves the start when a late reading lands inside the stretch', async () => {
    const db = freshDb();
    await store(db, [credits(T0, 500), credits(T0 + 8 * H, 400)]);
    await refreshPace(db, { tool: 'suno', times: [] });
    // Arrives late: a top-up at T0 + 4 h. The stretch now starts there.
    await store(db, [credits(T0 + 4 * H, 600)]);
    await refreshPace(db, { tool: 'suno', times: [T0 + 4 * H] });
    expect((await db.meters.get('suno:credits'))!.pace).toEqual({
      of: T0 + 8 * H,
      at: T0 + 4 * H,
      left: 600,
    });
  });

  it('keeps no pace for a meter that cannot say what is left', async () => {
    const db = freshDb();
    await store(db, [reading('suno', 'credits', T0, { used: 5 })]);
    await refreshPace(db, { times: [] });
    expect((await db.meters.get('suno:credits'))!.pace).toBeUndefined();
  });
});
