import { freshDb } from '@/test/support/db';
import { recorder } from '@/test/support/alerts';
import type { CreditwatchDB } from '../db/database';
import { dayOf } from '../ledger/calendar';
import type { DayRow } from '../model/day';
import { DEFAULT_GLOBAL_SETTINGS } from '../model/defaults';
import { SETTINGS_KEYS } from '../model/settings';
import { createBudgetFollower } from './budget';

const NOV = new Date(2026, 10, 10, 12).getTime();
const DEC = new Date(2026, 11, 2, 12).getTime();

function spentDay(tool: string, at: number, usd: number): DayRow {
  const day = dayOf(at);
  return {
    key: `${tool}|${day}`,
    tool,
    day,
    tasks: {},
    spent: { usd },
    toppedUp: {},
    resets: 0,
    close: {},
  };
}

async function budget(db: CreditwatchDB, budgetUsd?: number) {
  await db.settings.put({
    key: SETTINGS_KEYS.global,
    value: { ...DEFAULT_GLOBAL_SETTINGS, budgetUsd },
  });
}

let db: CreditwatchDB;
beforeEach(() => {
  db = freshDb();
});

describe('budget alert', () => {
  it('fires once when the month passes the budget, however often it is checked', async () => {
    const notifier = recorder();
    let now = NOV;
    const follow = createBudgetFollower(notifier, () => now);
    await budget(db, 20);
    await db.days.put(spentDay('openrouter', NOV, 15));
    await follow(db, { times: [] });
    expect(notifier.notices).toHaveLength(0);
    await db.days.put(spentDay('openrouter', NOV + 86_400_000, 7));
    for (let i = 0; i < 5; i++) await follow(db, { times: [] });
    expect(notifier.notices).toHaveLength(1);
    expect(notifier.notices[0]!.notice.message).toBe(
      'This month so far: $22.00 of your $20.00 budget.',
    );
    // A new month is a new episode.
    now = DEC;
    await db.days.put(spentDay('openrouter', DEC, 25));
    await follow(db, { times: [] });
    expect(notifier.notices).toHaveLength(2);
  });

  it('stays quiet without a budget, or while under it', async () => {
    const notifier = recorder();
    const follow = createBudgetFollower(notifier, () => NOV);
    await db.days.put(spentDay('openrouter', NOV, 500));
    await follow(db, { times: [] });
    await budget(db, 1000);
    await follow(db, { times: [] });
    expect(notifier.notices).toHaveLength(0);
    // Under budget with no episode open, nothing is written either.
    expect(await db.alerts.count()).toBe(0);
  });
});
