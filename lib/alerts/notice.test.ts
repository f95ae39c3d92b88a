import { freshDb } from '@/test/support/db';
import { describe, expect, it } from 'vitest';
import { clickTarget } from './click';
import { bounded, noticeId, parseNoticeId } from './notice';

const EXT = 'chrome-extension://abc/';
const OPTIONS = `${EXT}options.html`;

describe('notification ids and clicks', () => {
  it('round-trip the kind, the meter key, the time and an explicit URL', () => {
    const id = noticeId('low', 'suno:credits', 1_700_000_000_000);
    expect(parseNoticeId(id)).toEqual({ kind: 'low', key: 'suno:credits', at: 1_700_000_000_000 });
    const withUrl = noticeId('budget', 'budget:2026-11', 5, 'https://x.test/a|b');
    expect(parseNoticeId(withUrl)).toMatchObject({
      key: 'budget:2026-11',
      url: 'https://x.test/a|b',
    });
    expect(parseNoticeId('someone-else')).toBeUndefined();
    expect(parseNoticeId('cw|bogus|suno:credits|1')).toBeUndefined();
  });

  it("open the tool's usage page, a manual tool's own page, or the options page", async () => {
    const db = freshDb();
    await db.manualTools.put({
      id: 'm_studio',
      name: 'Studio',
      unit: 'credits',
      usageUrl: 'https://studio.example/billing',
    });
    await db.manualTools.put({ id: 'm_bare', name: 'Bare', unit: 'credits' });
    const go = (id: string) => clickTarget(db, id, EXT, OPTIONS);
    await expect(go(noticeId('low', 'suno:credits', 1))).resolves.toBe('https://suno.com/account');
    await expect(go(noticeId('runOut', 'claude:five_hour', 1))).resolves.toBe(
      'https://claude.ai/settings/usage',
    );
    await expect(go(noticeId('low', 'm_studio:balance', 1))).resolves.toBe(
      'https://studio.example/billing',
    );
    await expect(go(noticeId('low', 'm_bare:balance', 1))).resolves.toBe(OPTIONS);
    await expect(go(noticeId('budget', 'budget:2026-11', 1))).resolves.toBe(OPTIONS);
    await expect(
      go(noticeId('budget', 'budget:2026-11', 1, `${EXT}options.html#spending`)),
    ).resolves.toBe(`${EXT}options.html#spending`);
    // Only https or this extension's pages are ever opened from an id.
    await expect(go(noticeId('budget', 'budget:2026-11', 1, 'javascript:alert(1)'))).resolves.toBe(
      OPTIONS,
    );
    await expect(go('not-ours')).resolves.toBeUndefined();
  });

  it('bound what a notification says', () => {
    const n = bounded({ title: 'x'.repeat(500), message: 'y'.repeat(5000) });
    expect(n.title.length).toBeLessThanOrEqual(100);
    expect(n.message.length).toBeLessThanOrEqual(300);
    expect(n.message.endsWith('…')).toBe(true);
  });
});
