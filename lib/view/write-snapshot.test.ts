import { freshDb } from '@/test/support/db';
import { history } from '@/test/e2e/popup-history';
import { SNAPSHOT_KEY } from './read-snapshot';
import { asSnapshot } from './snapshot';
import { renewSnapshot, writeSnapshot } from './write-snapshot';

const NOW = new Date(2026, 10, 21, 12).getTime();
const DAY = 86_400_000;

describe('renewSnapshot', () => {
  it('writes again only a snapshot too old for today or of an older shape', async () => {
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

    // It carries the next day's sums as well: still good tomorrow, not the day after.
    expect(await renewSnapshot(db, NOW + DAY)).toBe(false);
    const later = NOW + 2 * DAY;
    expect(asSnapshot(await kept(), later)).toBeUndefined();
    expect(await renewSnapshot(db, later)).toBe(true);
    expect(asSnapshot(await kept(), later)?.at).toBe(later);

    await db.snapshots.put({ key: SNAPSHOT_KEY, value: '{"version":1}' });
    expect(await renewSnapshot(db, later)).toBe(true);
    expect(asSnapshot(await kept(), later)?.at).toBe(later);
  });
});
