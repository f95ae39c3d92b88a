import { appPage, launch, serve, stopServiceWorker, visit, type Browser } from './harness';
import { storageLocal } from '@/test/stress/browser';
import { PopupPage } from './popup';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const API = 'https://studio-api.prod.suno.com/api/billing/info/';

it(
  'loses no reading or task when the service worker is stopped between page loads',
  { timeout: 120_000 },
  async () => {
    let left = 500;
    await serve(browser.context, {
      'https://suno.com/account': {
        body: appPage('Account', [
          {
            url: 'https://studio-api.prod.suno.com/api/generate/v2/',
            method: 'POST',
            body: '{"mv":"chirp-v4"}',
          },
          { url: API },
        ]),
      },
      'https://suno.com/library': { body: appPage('Library', []) },
      'https://studio-api.prod.suno.com/api/generate/v2/': () => ({
        body: JSON.stringify({ id: `gen-${left}` }),
      }),
      [API]: () => ({
        body: JSON.stringify({ total_credits_left: (left -= 10), monthly_limit: 500 }),
      }),
    });
    const rounds = 8;
    const popup = await PopupPage.open(browser.context, browser.extensionId);
    // The round's balance is in the extension's hands: saved by the relay for a later page or
    // the background, or already stored. (A tab closed before its relay even saw the data
    // cannot be saved by anything; that is not what this test is about.)
    const held = async (credits: number) => {
      const saved = Object.entries(await storageLocal(popup.page))
        .filter(([k]) => k.startsWith('outbox:https://suno.com:'))
        .flatMap(([, v]) => (Array.isArray(v) ? (v as { body?: string }[]) : []));
      const mark = `"total_credits_left":${credits}`;
      if (saved.some((e) => e.body?.includes(mark))) return true;
      const rows = await popup.rows<{ remaining?: number }>('readings');
      return rows.some((r) => r.remaining === credits);
    };
    for (let i = 0; i < rounds; i++) {
      await stopServiceWorker(browser.context);
      const tab = await visit(browser.context, 'https://suno.com/account');
      await stopServiceWorker(browser.context);
      await expect.poll(() => held(500 - (i + 1) * 10), { timeout: 10_000 }).toBe(true);
      // Odd rounds close the tab at once: a delivery into the stopped worker cannot have
      // finished, so the saved outbox must carry the data. Even rounds leave time to retry.
      if (i % 2 === 0) await tab.waitForTimeout(300);
      await tab.close();
    }
    // One more page of the same site adopts whatever the last closed tab left behind.
    await (await visit(browser.context, 'https://suno.com/library')).waitForTimeout(500);
    // Retries back off up to 30 s after repeated stops: wait past that, nothing may be missing.
    const settle = 45_000;
    await popup.waitForMeter(
      'suno',
      'Credits',
      `${500 - rounds * 10} credits left of 500 credits`,
      settle,
    );
    await expect.poll(() => popup.count('readings'), { timeout: settle }).toBe(rounds);
    await expect.poll(() => popup.count('tasks'), { timeout: settle }).toBe(rounds);
  },
);
