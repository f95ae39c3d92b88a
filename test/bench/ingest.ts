import { BUILDS, countRows, followedUntil, launchWith, tasksIn, until } from './launch';
import { balancePage, messagesPage, serveClaude } from './claude-site';
import { workerHeap } from './sw-heap';
import type { BenchPart } from './types';

const MB = (n: number) => `${(n / 1_048_576).toFixed(2)} MB`;

/**
 * Item 3: a claude.ai page posts 10,000 messages; each is captured by the MAIN-world observer,
 * relayed by the content script, sent with runtime messaging and stored by the background as a
 * task. Two pages post half each. The page's own service worker answers the posts, so the harness's routing (a round trip
 * to Node per request, about 120 requests/s here) does not set the pace. Runs on the bench build, whose rate limits are lifted (production allows 10 items/s per
 * page, which would take 17 minutes). Counts every stored row, and weighs the worker's heap.
 */
export const ingest: BenchPart = async ({ quick }) => {
  const n = quick ? 500 : 10_000;
  const b = await launchWith(BUILDS.bench);
  try {
    await serveClaude(b.context, {
      '/chat/flood': messagesPage(n / 2, 32, true),
      '/settings/billing': balancePage(),
    });
    // Warm-up: the worker opens the database and compiles its code before the heap is weighed.
    const warm = await b.context.newPage();
    await warm.goto('https://claude.ai/settings/billing');
    await until(
      () => countRows(b.worker!, 'readings'),
      (c) => c > 0,
      30_000,
    );
    await warm.close();
    await followedUntil(b.worker!, (s) => s.states.length > 0);
    const before = await workerHeap(b.context);

    // Two halves, each a page posting n/2 messages. The heap is weighed after each, once the
    // background has followed: the first half also compiles and warms what a flood needs
    // (code, caches); memory that kept growing would show over the second half.
    const t0 = Date.now();
    let pageDone = 0;
    let stored = 0;
    let end = 0;
    const heaps: number[] = [];
    for (const half of [1, 2]) {
      const page = await b.context.newPage();
      await page.goto('https://claude.ai/chat/flood');
      // When the page's own calls are all answered; the rest is the extension catching up.
      void page
        .waitForFunction(() => document.body?.dataset.done === '1', null, { timeout: 0 })
        .then(() => (pageDone = Date.now()))
        .catch(() => {});
      stored = await until(
        () => countRows(b.worker!, 'tasks'),
        (c) => c >= (n / 2) * half,
        quick ? 120_000 : 900_000,
        100,
      ).catch(async (e: Error) => {
        throw new Error(`not every item was stored (${e.message})`);
      });
      end = Date.now();
      await page.close();
      await followedUntil(b.worker!, (s) => tasksIn(s) >= (n / 2) * half);
      heaps.push(await workerHeap(b.context));
    }
    const seconds = (end - t0) / 1000;
    const [mid, after] = heaps as [number, number];
    const growth = after - mid;
    return [
      {
        name: `Ingest: ${n.toLocaleString('en')} items, page → relay → runtime messaging → background → IndexedDB`,
        measured: `${Math.round(n / seconds)} items/s (${seconds.toFixed(1)} s; all stored ${pageDone ? `${end - pageDone} ms` : 'before'} after the page's last call returned)`,
        budget: '(printed)',
        ok: true,
        timing: true,
      },
      {
        name: 'Ingest: items stored (task rows counted in IndexedDB)',
        measured: stored.toLocaleString('en'),
        budget: `= ${n.toLocaleString('en')}`,
        ok: stored === n,
      },
      {
        name: 'Ingest: service worker JS heap after GC: before → after the first half → after the second',
        measured: `${MB(before)} → ${MB(mid)} → ${MB(after)} (second half ${growth >= 0 ? '+' : ''}${MB(growth)})`,
        budget: 'flat: second half ≤ +1 MB',
        ok: growth <= 1_048_576,
        timing: true,
      },
    ];
  } finally {
    await b.close();
  }
};
