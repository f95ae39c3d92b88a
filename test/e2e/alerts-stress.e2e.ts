import { appPage, launch, serve, stopServiceWorker, type Browser } from './harness';
import { ExtensionState } from './alerts-ext';
import type { AlertState } from '@/lib/model/alert';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const API = 'https://studio-api.prod.suno.com/api/billing/info/';
const ACCOUNT = 'https://suno.com/account';
const LIMIT = 1000;
const PREFIX = 'cw|low|suno:credits|';

/**
 * 100 readings that cross the 20 % line each time (18 % ↔ 22 %, inside the 5-point band that
 * keeps one episode), with three clear recoveries (60 %) that end an episode. The worker is
 * stopped before every reading.
 */
const percents = Array.from({ length: 100 }, (_, i) =>
  i % 2 === 0 ? 18 : [25, 51, 75].includes(i) ? 60 : 22,
);

/** Episodes by the documented rule: one starts below 20 %, ends at 25 % or more. */
function episodes(ps: number[]): number {
  let n = 0;
  let open = false;
  for (const p of ps) {
    if (p < 20 && !open) [n, open] = [n + 1, true];
    if (p >= 25) open = false;
  }
  return n;
}

it(
  '100 threshold crossings with worker restarts in between: one notification per episode',
  { timeout: 240_000 },
  async () => {
    expect(episodes(percents)).toBe(4);
    let pct = 0;
    await serve(browser.context, {
      [ACCOUNT]: { body: appPage('Account', [{ url: API }]) },
      [API]: () => ({
        body: JSON.stringify({ total_credits_left: (pct * LIMIT) / 100, monthly_limit: LIMIT }),
      }),
    });
    const ext = await ExtensionState.open(browser.context, browser.extensionId);
    const tab = await browser.context.newPage();
    const watch = ext.watchNotifications();
    // Count the worker's real starts, as Chrome reports them, to know the restarts happened.
    const cdp = await browser.context.newCDPSession(tab);
    let starts = 0;
    const running = new Map<string, string>();
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) {
        if (v.runningStatus === 'running' && running.get(v.versionId) !== 'running') starts++;
        running.set(v.versionId, v.runningStatus);
      }
    });
    await cdp.send('ServiceWorker.enable');
    const started = Date.now();
    for (const p of percents) {
      pct = p;
      await stopServiceWorker(browser.context);
      await tab.goto(ACCOUNT);
      await tab.waitForFunction(() => document.body?.dataset.done === '1');
      // The badge is set last by the alerts step: once it shows this reading, the step is done.
      await expect
        .poll(async () => (await ext.badge()).text, { timeout: 20_000, interval: 25 })
        .toBe(p < 20 ? `${p}%` : '');
    }
    const seconds = (Date.now() - started) / 1000;
    const all = await watch.settled();
    await watch.stop();
    expect(starts).toBeGreaterThanOrEqual(percents.length);
    const shown = all.filter((id) => id.startsWith(PREFIX));
    expect(shown).toHaveLength(episodes(percents));
    expect(all.filter((id) => id.startsWith('cw|'))).toHaveLength(shown.length);
    const state = await ext.row<AlertState>('alerts', 'suno:credits');
    expect(shown.map((id) => Number(id.slice(PREFIX.length))).sort()).toContain(state!.fired.low);
    console.log(
      `100 crossings with worker restarts: ${seconds.toFixed(1)} s, ${shown.length} notifications`,
    );
  },
);
