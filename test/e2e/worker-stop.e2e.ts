import { appPage, launch, serve, stopServiceWorker, visit, type Browser } from './harness';
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
    for (let i = 0; i < rounds; i++) {
      await stopServiceWorker(browser.context);
      const tab = await visit(browser.context, 'https://suno.com/account');
      await stopServiceWorker(browser.context);
      // Odd rounds close the tab 100 ms after the page's data arrived: long enough for the relay
      // to have it, too short for a delivery into the stopped worker to finish, so the saved
      // outbox must carry it to the next page. Even rounds leave the relay time to retry.
      await tab.waitForTimeout(i % 2 === 0 ? 300 : 100);
      await tab.close();
    }
    // One more page of the same site adopts whatever the last closed tab left behind.
    await (await visit(browser.context, 'https://suno.com/library')).waitForTimeout(500);
    const popup = await PopupPage.open(browser.context, browser.extensionId);
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
