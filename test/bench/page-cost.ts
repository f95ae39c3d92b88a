import { BUILDS, launchWith, median, type BenchBrowser } from './launch';
import { chatPage, serveClaude } from './claude-site';
import type { BenchPart, BenchRow } from './types';

interface Cost {
  /** Wall time of the renderer main thread's tasks (CDP TaskDuration), ms. */
  task: number;
  /** CPU time of that thread (CDP ThreadTime), ms: less swayed by other processes' load. */
  thread: number;
}

/** What one full chat session cost the page's renderer. */
async function oneRun(b: BenchBrowser): Promise<Cost> {
  const page = await b.context.newPage();
  const cdp = await b.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto('https://claude.ai/chat/bench');
  await page.waitForFunction(() => document.body?.dataset.done === '1', null, {
    timeout: 120_000,
  });
  // What the extension does after the page's work (sending the batch) belongs to its cost too.
  await page.waitForTimeout(1000);
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  await page.close();
  const ms = (name: string) => {
    const m = metrics.find((x) => x.name === name);
    if (!m) throw new Error(`Performance.getMetrics gave no ${name}`);
    return m.value * 1000;
  };
  return { task: ms('TaskDuration'), thread: ms('ThreadTime') };
}

/**
 * Item 1: the same chat page in Chromium with and without the production extension; medians
 * compared. Every run launches a fresh pair of browsers (each warmed up with one load first)
 * and takes turns within it. With one pair for all runs, the pair set the ratio more than the
 * extension did: two runs of the same builds gave 0.91 and 1.14, ThreadTime alike, as if each
 * browser instance kept its own speed for its whole life.
 */
export const pageCost: BenchPart = async ({ quick }) => {
  const runs = quick ? 2 : Number(process.env.BENCH_PAGE_RUNS ?? 11);
  const [messages, tokens] = quick ? [4, 100] : [20, 250];
  const html = chatPage(messages, tokens);
  const on: Cost[] = [];
  const off: Cost[] = [];
  for (let i = 0; i < runs; i++) {
    // BENCH_PAGE_EXTENSION: another build's directory, to compare a change against production.
    const withExt = await launchWith(process.env.BENCH_PAGE_EXTENSION || BUILDS.production);
    const without = await launchWith();
    try {
      for (const b of [withExt, without]) await serveClaude(b.context, { '/chat/bench': html });
      // One warm-up each: first loads compile code and fill caches.
      await oneRun(withExt);
      await oneRun(without);
      // Alternate which goes first, so a trend in machine load favours neither.
      const order = i % 2 ? [without, withExt] : [withExt, without];
      for (const b of order) (b === withExt ? on : off).push(await oneRun(b));
    } finally {
      await withExt.close();
      await without.close();
    }
  }
  const what = `chat page, ${messages * tokens} DOM updates + ${messages * 5} API calls, median of ${runs}`;
  const row = (metric: 'task' | 'thread', label: string, budgeted: boolean): BenchRow => {
    const a = median(on.map((c) => c[metric]));
    const b = median(off.map((c) => c[metric]));
    return {
      name: `Page cost, ${label}: ${what} (with / without extension)`,
      measured: `${(a / b).toFixed(3)} (${a.toFixed(0)} / ${b.toFixed(0)} ms)`,
      budget: budgeted ? '≤ 1.02' : '(shown beside it)',
      ok: budgeted ? a / b <= 1.02 : true,
      timing: true,
    };
  };
  return [row('task', 'TaskDuration', true), row('thread', 'main-thread CPU (ThreadTime)', false)];
};
