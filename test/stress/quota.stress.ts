import { appPage, launch, serve, visit, type Browser } from '@/test/e2e/harness';
import { PopupPage } from '@/test/e2e/popup';
import { STORAGE_STATUS_KEY, readStorageStatus } from '@/lib/ingest/status';
import { storageLocal } from './browser';

/**
 * Item 7 in real Chromium: the browser refuses IndexedDB writes for the extension (its quota
 * is squeezed through CDP, so Chromium itself throws the quota error inside the transaction).
 * The failure is recorded for the popup, the page keeps its items, and once room is back the
 * retries store every one and the status clears.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const BILLING = 'https://studio-api.prod.suno.com/api/billing/info/';

it(
  'reports a full disk, keeps the items, and stores them when room is back',
  { timeout: 180_000 },
  async () => {
    let left = 600;
    await serve(browser.context, {
      'https://suno.com/account': {
        body: appPage('Account', [
          { url: 'https://studio-api.prod.suno.com/api/generate/v2/', method: 'POST', body: '{}' },
          { url: BILLING },
        ]),
      },
      'https://studio-api.prod.suno.com/api/generate/v2/': () => ({
        body: JSON.stringify({ id: `q-${left}` }),
      }),
      [BILLING]: () => ({ body: JSON.stringify({ total_credits_left: (left -= 10) }) }),
    });
    const popup = await PopupPage.open(browser.context, browser.extensionId);
    const cdp = await browser.context.newCDPSession(popup.page);
    const origin = `chrome-extension://${browser.extensionId}`;
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });

    const tabs = [];
    for (let i = 0; i < 3; i++) tabs.push(await visit(browser.context, 'https://suno.com/account'));
    await expect
      .poll(async () => readStorageStatus((await storageLocal(popup.page))[STORAGE_STATUS_KEY]), {
        timeout: 20_000,
      })
      .toMatchObject({ kind: 'quota' });
    const status = readStorageStatus((await storageLocal(popup.page))[STORAGE_STATUS_KEY])!;
    console.log('quota status:', JSON.stringify(status));
    expect(status.error).toMatch(/QuotaExceededError/);
    expect(status.waiting).toBeGreaterThan(0);
    // The popup tells the person, not just the stored status.
    await expect
      .poll(() => popup.page.getByRole('alert').innerText())
      .toMatch(/refused to store more data/);
    expect(await popup.count('readings')).toBe(0);
    // Unacknowledged items stay in the pages' outboxes, and their saved copies (written within
    // a second of arrival, and before each send), for retry.
    const saved = async () =>
      Object.entries(await storageLocal(popup.page))
        .filter(([k]) => k.startsWith('outbox:https://suno.com:'))
        .flatMap(([, v]) => v as unknown[]).length;
    await expect.poll(saved, { timeout: 5_000 }).toBe(6);

    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    // Retries back off up to 30 s; wait past that.
    await expect.poll(() => popup.count('readings'), { timeout: 45_000 }).toBe(3);
    await expect.poll(() => popup.count('tasks'), { timeout: 45_000 }).toBe(3);
    await expect
      .poll(
        async () =>
          Object.keys(await storageLocal(popup.page)).filter(
            (k) => k.startsWith('outbox:') || k === STORAGE_STATUS_KEY,
          ),
        {
          timeout: 10_000,
        },
      )
      .toEqual([]);
    // The database is usable again: a new page is stored at once.
    await visit(browser.context, 'https://suno.com/account');
    await expect.poll(() => popup.count('readings'), { timeout: 20_000 }).toBe(4);
    await cdp.detach();
  },
);

it(
  'recovers when the browser closes the database underneath the worker',
  { timeout: 120_000 },
  async () => {
    const popup = await PopupPage.open(browser.context, browser.extensionId);
    const before = await popup.count('readings');
    expect(before).toBeGreaterThan(0);
    const cdp = await browser.context.newCDPSession(popup.page);
    // What "clear site data" does: Chromium force-closes every open connection to the database.
    await cdp.send('Storage.clearDataForOrigin', {
      origin: `chrome-extension://${browser.extensionId}`,
      storageTypes: 'indexeddb',
    });
    await cdp.detach();
    const statuses: unknown[] = [];
    const watcher = setInterval(
      () => void storageLocal(popup.page).then((s) => statuses.push(s[STORAGE_STATUS_KEY])),
      100,
    );
    await visit(browser.context, 'https://suno.com/account');
    await visit(browser.context, 'https://suno.com/account');
    await expect.poll(() => popup.count('readings'), { timeout: 45_000 }).toBe(2);
    clearInterval(watcher);
    console.log('closed-db statuses seen:', JSON.stringify(statuses.filter(Boolean).slice(0, 2)));
    expect(await popup.count('tasks')).toBe(2);
    expect((await storageLocal(popup.page))[STORAGE_STATUS_KEY]).toBeUndefined();
  },
);
