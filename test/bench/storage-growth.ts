import { BUILDS, countRows, getRow, launchWith, until } from './launch';
import { balancePage, serveClaude } from './claude-site';
import type { BenchPart } from './types';
import type { MeterState } from '@/lib/model/meter';

/**
 * Item 5: visits that all show the same prepaid balance, each a real page load on the
 * production build. History should grow with changes, not with views: the meter's lastSeen
 * moves instead of new reading rows appearing.
 */
export const storageGrowth: BenchPart = async ({ quick }) => {
  const visits = quick ? 30 : 1000;
  const b = await launchWith(BUILDS.production);
  try {
    await serveClaude(b.context, { '/settings/billing': balancePage() });
    const page = await b.context.newPage();
    const visit = async () => {
      await page.goto('https://claude.ai/settings/billing');
      await page.waitForFunction(() => document.body?.dataset.done === '1');
    };
    // The first sighting is the one row a balance deserves.
    await visit();
    const meter = () => getRow<MeterState>(b.worker!, 'meters', 'claude:prepaid');
    const first = await until(meter, (m) => !!m, 30_000);
    const rowsBefore = await countRows(b.worker!, 'readings');
    const t0 = Date.now();
    let lastStart = 0;
    for (let i = 0; i < visits; i++) {
      lastStart = Date.now();
      await visit();
    }
    const seconds = (Date.now() - t0) / 1000;
    // Wait until the last visit's sighting is stored. Visits this fast can meet the
    // background's per-site rate limit; refused items wait out the outbox's backoff (up to
    // 30 s a try), so allow a few tries.
    const loopEnd = Date.now();
    const last = await until(meter, (m) => !!m && m.lastSeen >= lastStart, 180_000);
    const lag = ((Date.now() - loopEnd) / 1000).toFixed(1);
    const added = (await countRows(b.worker!, 'readings')) - rowsBefore;
    await page.close();
    return [
      {
        name: `Storage growth: ${visits} page loads showing an unchanged balance (${(visits / seconds).toFixed(1)} visits/s)`,
        measured: `${added} reading rows added; lastSeen moved ${((last!.lastSeen - first!.lastSeen) / 1000).toFixed(0)} s; the last sighting stored ${lag} s after the last visit`,
        budget: '≤ 1 row',
        ok: added <= 1 && last!.lastSeen > first!.lastSeen,
      },
    ];
  } finally {
    await b.close();
  }
};
