import { recorder, T0 } from '@/test/support/alerts';
import { freshDb } from '@/test/support/db';
import { describe, expect, it } from 'vitest';
import { fireOnce } from './record';

const notice = { title: 'Over budget', message: 'You spent $52 of $50 this month.' };

describe('fireOnce', () => {
  it('fires when the condition starts, not while it lasts, and again after it ended', async () => {
    const db = freshDb();
    const rec = recorder();
    const once = (active: boolean, at: number) =>
      fireOnce(db, 'budget:2026-11', 'budget', active, notice, rec, at);
    expect(await once(false, T0)).toBe(false);
    expect(await once(true, T0 + 1)).toBe(true);
    for (let i = 0; i < 20; i++) expect(await once(true, T0 + 2 + i)).toBe(false);
    expect(await once(false, T0 + 50)).toBe(false);
    expect(await once(true, T0 + 60)).toBe(true);
    expect(rec.notices.map((n) => n.id)).toEqual([
      `cw|budget|budget:2026-11|${T0 + 1}`,
      `cw|budget|budget:2026-11|${T0 + 60}`,
    ]);
    expect(await db.alerts.get('budget:2026-11')).toEqual({
      key: 'budget:2026-11',
      active: ['budget'],
      fired: { budget: T0 + 60 },
    });
  });

  it('never fires twice when many calls race for the same start', async () => {
    const db = freshDb();
    const rec = recorder();
    const fired = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        fireOnce(db, 'budget:2026-12', 'budget', true, notice, rec, T0 + i),
      ),
    );
    expect(fired.filter(Boolean)).toHaveLength(1);
    expect(rec.notices).toHaveLength(1);
  });
});
