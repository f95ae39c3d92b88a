import { appPage, launch, serve, stopServiceWorker, visit, type Browser } from './harness';
import { ExtensionState } from './alerts-ext';
import type { AlertState } from '@/lib/model/alert';
import type { Browser as Api } from 'wxt/browser';

declare const chrome: typeof Api;
interface Dispatchable {
  dispatch(id: string): void;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const API = 'https://studio-api.prod.suno.com/api/billing/info/';
const ACCOUNT = 'https://suno.com/account';
const LOW_PREFIX = 'cw|low|suno:credits|';
const AMBER = [249, 171, 0, 255];

it('a low Suno balance sets the badge and raises exactly one notification across visits and worker restarts; a click opens the usage page', async () => {
  let left = 300;
  const renews = new Date(Date.now() + 20 * 86_400_000).toISOString();
  await serve(browser.context, {
    [ACCOUNT]: { body: appPage('Account', [{ url: API }]) },
    [API]: () => ({
      body: JSON.stringify({
        total_credits_left: left,
        monthly_limit: 2500,
        monthly_usage: 2500 - left,
        renews_on: renews,
      }),
    }),
  });
  const ext = await ExtensionState.open(browser.context, browser.extensionId);
  const watch = ext.watchNotifications();
  // The same low balance twice, then lower twice: a new reading (and alert check) each time it moves.
  const visits: [number, string][] = [
    [300, '12%'],
    [300, '12%'],
    [290, '12%'],
    [270, '11%'],
  ];
  for (const [credits, badge] of visits) {
    left = credits;
    await stopServiceWorker(browser.context);
    const tab = await visit(browser.context, ACCOUNT);
    await expect.poll(async () => (await ext.badge()).text, { timeout: 20_000 }).toBe(badge);
    await tab.close();
  }
  await stopServiceWorker(browser.context);

  const badge = await ext.badge();
  expect(badge.color).toEqual(AMBER);
  expect(badge.title).toBe('Creditwatch: Suno Credits is low (270 credits left of 2,500 credits)');
  // Chrome's own list of shown notifications, watched throughout: exactly one.
  const ours = await watch.settled('cw|');
  const shown = ours.filter((id) => id.startsWith(LOW_PREFIX));
  expect(shown).toHaveLength(1);
  const state = await ext.row<AlertState>('alerts', 'suno:credits');
  expect(state?.active).toEqual(['low']);
  expect(shown[0]).toBe(`${LOW_PREFIX}${state!.fired.low}`);
  expect(ours).toEqual(shown); // nothing else fired either

  // A click reaches the worker's own listener, which opens the usage page and dismisses it.
  const tabs = () => browser.context.pages().map((p) => p.url());
  expect(tabs()).not.toContain(ACCOUNT);
  const worker = await ext.worker();
  // `dispatch` is Chrome's own event entry point: it runs every listener the worker registered.
  await worker.evaluate(
    (id) => (chrome.notifications.onClicked as unknown as Dispatchable).dispatch(id),
    shown[0]!,
  );
  await expect.poll(tabs, { timeout: 15_000 }).toContain(ACCOUNT);
  await browser.context
    .pages()
    .find((p) => p.url() === ACCOUNT)!
    .close();
  // Dismissed (headless Chromium also closes it by itself after ~8 s, so this is the weak half).
  await expect.poll(() => ext.notifications('cw|'), { timeout: 10_000 }).toEqual([]);

  // Topped up: the badge clears and nothing new is announced.
  left = 2000;
  await stopServiceWorker(browser.context);
  const tab = await visit(browser.context, ACCOUNT);
  // The tab stays open until the reading is in: a closed tab's data waits for the next visit.
  await expect.poll(async () => (await ext.badge()).text, { timeout: 20_000 }).toBe('');
  await tab.close();
  expect((await ext.badge()).title).toBe('Creditwatch');
  expect(await watch.settled('cw|')).toEqual(shown);
  await watch.stop();
  expect((await ext.row<AlertState>('alerts', 'suno:credits'))?.active).toEqual([]);
});
