import { freshDb } from '@/test/support/db';
import { history } from '@/test/e2e/popup-history';
import { SNAPSHOT_KEY } from './read-snapshot';
import { asSnapshot } from './snapshot';
import { renewSnapshot, writeSnapshot } from './write-snapshot';

const NOW = new Date(2026, 10, 21, 12).getTime();
const DAY = 86_400_000;

describe('renewSnapshot', () => {
  it('writes again only a snapshot of an earlier day or an older shape', async () => {
    const db = freshDb();
    const h = history(
      [{ tool: 'openrouter', meter: 'balance', unit: 'usd', start: 78, perDay: 2 }],
      NOW,
    );
    await db.meters.bulkPut(h.meters);
    await db.days.bulkPut(h.days);
    const kept = async () => (await db.snapshots.get(SNAPSHOT_KEY))?.value;

    // None yet: the first pass writes it, not the worker's start.
    expect(await renewSnapshot(db, NOW)).toBe(false);
    expect(await kept()).toBeUndefined();

    await writeSnapshot(db, NOW);
    expect(await renewSnapshot(db, NOW + 60_000)).toBe(false);
    expect(asSnapshot(await kept(), NOW)?.at).toBe(NOW);

    const tomorrow = NOW + DAY;
    expect(asSnapshot(await kept(), tomorrow)).toBeUndefined();
    expect(await renewSnapshot(db, tomorrow)).toBe(true);
    expect(asSnapshot(await kept(), tomorrow)?.at).toBe(tomorrow);

    await db.snapshots.put({ key: SNAPSHOT_KEY, value: '{"version":1}' });
    expect(await renewSnapshot(db, tomorrow)).toBe(true);
    expect(asSnapshot(await kept(), tomorrow)?.sums.openrouter).toBeDefined();
  });
});
