import { putReading, recorder, T0 } from '@/test/support/alerts';
import { freshDb } from '@/test/support/db';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CreditwatchDB } from '../db/database';
import { DEFAULT_GLOBAL_SETTINGS, DEFAULT_TOOL_SETTINGS } from '../model/defaults';
import { SETTINGS_KEYS } from '../model/settings';
import { createAlertsFollower, refreshBadge } from './follower';

const SUNO = 'suno:credits';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const RESET = T0 + 30 * DAY;

let db: CreditwatchDB;
let rec: ReturnType<typeof recorder>;
let now: number;
let follow: ReturnType<typeof createAlertsFollower>;

beforeEach(() => {
  db = freshDb();
  rec = recorder();
  now = T0;
  follow = createAlertsFollower(rec, () => now);
});

/** One reading of Suno's credits (limit 1000) at `now`, then the follower, as after a batch. */
async function suno(remaining: number, opts: { resetsAt?: number; advance?: number } = {}) {
  now += opts.advance ?? 60_000;
  await putReading(db, SUNO, now, { remaining, limit: 1000, resetsAt: opts.resetsAt ?? RESET });
  await follow(db, { tool: 'suno', times: [now] });
}

describe('low-credit notifications', () => {
  it('fire once when a meter crosses its threshold, and set the badge', async () => {
    await suno(500);
    expect(rec.notices).toHaveLength(0);
    expect(rec.last()).toMatchObject({ text: '' });
    await suno(150);
    expect(rec.kinds()).toEqual(['low']);
    expect(rec.notices[0]!.id).toContain(SUNO);
    expect(rec.notices[0]!.notice).toEqual({
      title: 'Suno is running low',
      message: 'Credits: 150 credits left of 1,000 credits.',
    });
    expect(rec.last()).toMatchObject({ text: '15%', severity: 'amber' });
    expect(rec.last()!.title).toContain('Suno Credits is low');
    const state = await db.alerts.get(SUNO);
    expect(state).toMatchObject({ key: SUNO, active: ['low'], fired: { low: now } });
  });

  it('fire once while the meter stays low across 100 evaluations and restarts', async () => {
    for (let i = 0; i < 100; i++) {
      await suno(i % 2 ? 150 : 160); // low, wobbling, no steady pace to forecast from
      // A restarted worker has nothing but the database: a new follower each time.
      follow = createAlertsFollower(rec, () => now);
      await follow(db, { tool: 'suno', times: [] });
    }
    expect(rec.kinds()).toEqual(['low']);
    expect(rec.last()).toMatchObject({ text: '15%', severity: 'amber' });
  });

  it('fire again only after a clear recovery (threshold + 5 points)', async () => {
    await suno(150);
    await suno(240); // 24%: above 20 but inside the hysteresis band
    await suno(100);
    expect(rec.kinds()).toEqual(['low']);
    expect(rec.last()).toMatchObject({ text: '10%' });
    await suno(260); // 26%: recovered, the episode ends
    expect(rec.last()).toMatchObject({ text: '' });
    expect((await db.alerts.get(SUNO))!.active).toEqual([]);
    await suno(150);
    expect(rec.kinds()).toEqual(['low', 'low']);
  });

  it('start a new episode when the window resets', async () => {
    await suno(100);
    // Renewed but (say) already used up again: a new episode, so it warns again.
    await suno(120, { advance: 30 * DAY, resetsAt: RESET + 30 * DAY });
    expect(rec.kinds()).toEqual(['low', 'low']);
    // A reset time that only wobbles by minutes is the same window.
    await suno(110, { resetsAt: RESET + 30 * DAY + 5 * 60_000 });
    expect(rec.kinds()).toEqual(['low', 'low']);
  });

  it('announce a reset only when asked to (off by default)', async () => {
    await suno(500);
    await suno(1000, { advance: 30 * DAY, resetsAt: RESET + 30 * DAY });
    expect(rec.notices).toHaveLength(0);
    await db.settings.put({
      key: SETTINGS_KEYS.global,
      value: { ...DEFAULT_GLOBAL_SETTINGS, notifyReset: true },
    });
    await suno(1000, { advance: 30 * DAY, resetsAt: RESET + 60 * DAY });
    expect(rec.kinds()).toEqual(['reset']);
    expect(rec.notices[0]!.notice.title).toBe('Suno renewed');
  });

  it('warn once when the recent pace runs the meter out before its reset', async () => {
    // 100 credits every 2 hours with 1000 left and a reset 10 days away.
    const reset = T0 + 10 * DAY;
    await suno(1000, { resetsAt: reset });
    await suno(900, { resetsAt: reset, advance: 2 * HOUR });
    await suno(800, { resetsAt: reset, advance: 2 * HOUR });
    expect(rec.kinds()).toEqual(['runOut']);
    expect(rec.notices[0]!.notice.title).toBe('Suno may run out before it resets');
    expect(rec.notices[0]!.notice.message).toMatch(/empty in \d+ h.*resets in (9|10) d/);
    expect(rec.last()).toMatchObject({ text: '!', severity: 'red' });
    for (let i = 0; i < 7; i++) await suno(700 - i * 100, { resetsAt: reset, advance: 2 * HOUR });
    // Now also low (below 20%): one low warning, still one run-out warning.
    expect(rec.kinds()).toEqual(['runOut', 'low']);
    // Low with a known share shows the share, red because it runs out first.
    expect(rec.last()).toMatchObject({ text: '10%', severity: 'red' });
  });

  it('never fire, nor show a badge, for a disabled tool', async () => {
    await db.settings.put({
      key: SETTINGS_KEYS.tool('suno'),
      value: { ...DEFAULT_TOOL_SETTINGS, enabled: false },
    });
    await suno(500);
    await suno(10);
    await follow(db, { times: [] });
    expect(rec.notices).toHaveLength(0);
    expect(rec.last()).toMatchObject({ text: '' });
    expect(await db.alerts.count()).toBe(0);
  });

  it('re-evaluate every tool when settings change (threshold raised)', async () => {
    await suno(300);
    expect(rec.notices).toHaveLength(0);
    await db.settings.put({
      key: SETTINGS_KEYS.tool('suno'),
      value: { ...DEFAULT_TOOL_SETTINGS, lowPercent: 40 },
    });
    await follow(db, { times: [] });
    expect(rec.kinds()).toEqual(['low']);
    expect(rec.last()).toMatchObject({ text: '30%', severity: 'amber' });
  });

  it('use the amount threshold for balances without a known limit', async () => {
    const key = 'openrouter:balance';
    const put = async (remaining: number) => {
      now += 60_000;
      await putReading(db, key, now, { remaining });
      await follow(db, { tool: 'openrouter', times: [now] });
    };
    await put(3);
    expect(rec.notices).toHaveLength(0); // no limit and no amount set: nothing to compare
    await db.settings.put({
      key: SETTINGS_KEYS.tool('openrouter'),
      value: { ...DEFAULT_TOOL_SETTINGS, lowAmount: 5 },
    });
    await put(4);
    expect(rec.kinds()).toEqual(['low']);
    expect(rec.notices[0]!.notice.message).toBe('Credits: $4.00 left.');
    expect(rec.last()).toMatchObject({ text: '!', severity: 'amber' });
    await put(5.1); // inside the 5 % band above $5
    await put(4.5);
    expect(rec.kinds()).toEqual(['low']);
  });

  it('keep a low episode through a reading that cannot say (text without the limit)', async () => {
    await suno(100);
    now += 60_000;
    await putReading(db, SUNO, now, { remaining: 90 }); // the sidebar text: no limit, no share
    await follow(db, { tool: 'suno', times: [now] });
    await suno(80);
    expect(rec.kinds()).toEqual(['low']);
  });

  it('show a recorded alert at most once even when the browser fails to show it', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing = { ...rec, notify: () => Promise.reject(new Error('worker killed')) };
    follow = createAlertsFollower(failing, () => now);
    await suno(100);
    follow = createAlertsFollower(rec, () => now);
    await suno(90);
    await suno(80);
    // Recorded first: the lost notification is not repeated (a duplicate would be worse).
    expect(rec.notices).toHaveLength(0);
    expect((await db.alerts.get(SUNO))!.fired.low).toBeDefined();
    expect(logged).toHaveBeenCalledTimes(1);
    logged.mockRestore();
  });

  it('refresh the badge from what is stored without firing anything', async () => {
    now += 60_000;
    await putReading(db, SUNO, now, { remaining: 40, limit: 1000 });
    await refreshBadge(db, rec, () => now);
    expect(rec.notices).toHaveLength(0);
    expect(rec.last()).toMatchObject({ text: '4%', severity: 'red' });
  });
});
