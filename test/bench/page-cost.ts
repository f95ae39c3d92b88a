import { BUILDS, launchWith, median, type BenchBrowser } from './launch';
import { chatPage, serveClaude } from './claude-site';
import { extensionSwitch, SWITCH_EXTENSION } from './switch';
import type { BenchPart, BenchRow } from './types';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Cost {
  /** Wall time of the renderer main thread's tasks (CDP TaskDuration), ms. */
  task: number;
  /** CPU time of that thread (CDP ThreadTime), ms: less swayed by other processes' load. */
  thread: number;
  /** Time the thread ran JavaScript, the page's and the content scripts' (ScriptDuration), ms. */
  script: number;
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
  return { task: ms('TaskDuration'), thread: ms('ThreadTime'), script: ms('ScriptDuration') };
}

/**
 * Where the median of `sorted` lies, 95% of the time: the order statistics around it that a
 * binomial count of values below the true median reaches (distribution-free).
 */
function medianInterval(sorted: number[]): [number, number] {
  const n = sorted.length;
  const k = Math.max(0, Math.floor((n - 1.96 * Math.sqrt(n)) / 2));
  return [sorted[k]!, sorted[n - 1 - k]!];
}

/** After a load, the extension's follow-up work (its batch stored, the pass after it) ends. */
const AFTER_MS = 1000;
/** After the extension is turned on or off, its worker starts or stops. */
const SETTLE_MS = 1000;

/**
 * Item 1: the same chat page in one Chromium, with the production extension on and off
 * (chrome.management, through a small switch extension loaded beside it: off, the extension
 * runs nothing, as if not installed). Single loads of this page vary by ±10% and more here,
 * CPU time alike, and separate browser instances differ by several percent between
 * themselves, so that comparing a browser with the extension against another without it
 * measured the instances as much as the extension. So the figure is the median of many
 * paired ratios within one browser: fresh browsers (so that no one instance sets it), each
 * warmed up with one load each way, then turns of one load with and one without, the order
 * alternating; each turn gives one ratio. The table shows where that median lies 95% of the
 * time, and beside it the content scripts' own JavaScript time, which varies far less.
 */
export const pageCost: BenchPart = async ({ quick }) => {
  const browsers = quick ? 1 : Number(process.env.BENCH_PAGE_PAIRS ?? 10);
  const turns = quick ? 2 : Number(process.env.BENCH_PAGE_RUNS ?? 10);
  const [messages, tokens] = quick ? [4, 100] : [20, 250];
  const html = chatPage(messages, tokens);
  // BENCH_PAGE_EXTENSION: another build's directory, to compare a change against production;
  // `none` runs the method against itself (nothing to turn on), to see how far it strays.
  const choice = process.env.BENCH_PAGE_EXTENSION || BUILDS.production;
  const measured = choice !== 'none';
  const on: Cost[] = [];
  const off: Cost[] = [];
  for (let p = 0; p < browsers; p++) {
    const b = await launchWith(measured ? [choice, SWITCH_EXTENSION] : [SWITCH_EXTENSION]);
    try {
      await serveClaude(b.context, { '/chat/bench': html });
      const turn = await extensionSwitch(b.context, measured);
      const load = async (enabled: boolean) => {
        await turn(enabled);
        await sleep(SETTLE_MS);
        const cost = await oneRun(b);
        await sleep(AFTER_MS);
        return cost;
      };
      // One warm-up each way: first loads compile code and fill caches.
      await load(true);
      await load(false);
      for (let i = 0; i < turns; i++) {
        // Alternate which goes first, so a trend in machine load favours neither.
        const order = (p + i) % 2 ? [false, true] : [true, false];
        for (const enabled of order) (enabled ? on : off).push(await load(enabled));
      }
    } finally {
      await b.close();
    }
  }
  const runs = on.length;
  const what = `chat page, ${messages * tokens} DOM updates + ${messages * 5} API calls, ${runs} turns in ${browsers} browsers`;
  const row = (metric: 'task' | 'thread', label: string, budgeted: boolean): BenchRow => {
    // Each turn's own ratio: its two loads came one right after the other, in one browser,
    // so they met the same machine load; the median of those is the figure.
    const ratios = on.map((c, i) => c[metric] / off[i]![metric]);
    const r = median(ratios);
    const a = median(on.map((c) => c[metric]));
    const b = median(off.map((c) => c[metric]));
    const sorted = [...ratios].sort((x, y) => x - y);
    const at = (q: number) => sorted[Math.round(q * (sorted.length - 1))]!.toFixed(2);
    const [lo, hi] = medianInterval(sorted);
    const range = `95% interval of the median ${lo.toFixed(3)}–${hi.toFixed(3)}; turns ${at(0)}–${at(1)}, middle half ${at(0.25)}–${at(0.75)}`;
    return {
      name: `Page cost, ${label}: ${what}, median of each turn's with / without extension`,
      measured: `${r.toFixed(3)} (${range}; medians ${a.toFixed(0)} / ${b.toFixed(0)} ms)`,
      budget: budgeted ? '≤ 1.02' : '(shown beside it)',
      ok: budgeted ? r <= 1.02 : true,
      timing: true,
    };
  };
  // The content scripts' own work, directly: each turn's difference in JavaScript time.
  const extra = on.map((c, i) => c.script - off[i]!.script).sort((x, y) => x - y);
  const [lo, hi] = medianInterval(extra);
  const share = (median(extra) / median(off.map((c) => c.task))) * 100;
  const scriptRow: BenchRow = {
    name: `Page cost, JavaScript the extension adds (ScriptDuration with − without): ${what}, median of each turn's difference`,
    measured: `${median(extra).toFixed(1)} ms per load (95% interval ${lo.toFixed(1)}–${hi.toFixed(1)}), ${share.toFixed(2)}% of the page's TaskDuration without it`,
    budget: '(shown beside it)',
    ok: true,
    timing: true,
  };
  return [
    row('task', 'TaskDuration', true),
    row('thread', 'main-thread CPU (ThreadTime)', false),
    scriptRow,
  ];
};
