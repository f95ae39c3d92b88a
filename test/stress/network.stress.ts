import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appPage, EXTENSION_DIR, launch, serve, visit, type Browser } from '@/test/e2e/harness';
import { PopupPage } from '@/test/e2e/popup';

/**
 * Item 9: the extension itself makes no network request (the harness fails any run where the
 * service worker, popup or options page asked for anything), registers no external messaging,
 * exposes nothing a page could probe, and writes no site text as HTML.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const BILLING = 'https://studio-api.prod.suno.com/api/billing/info/';

it('sees every request the extension would make, from each of its parts', async () => {
  const popup = await PopupPage.open(browser.context, browser.extensionId);
  const sw = browser.context.serviceWorkers()[0]!;
  // Controls that prove the check can fail: a request from a page and from the worker.
  await popup.page.evaluate(() => fetch('https://control.invalid/popup').catch(() => 0));
  await sw.evaluate(() => fetch('https://control.invalid/worker').catch(() => 0));
  await expect.poll(() => browser.network.extension.length).toBe(2);
  expect(browser.network.extension.join('\n')).toMatch(/popup\.html -> .*\/popup/);
  expect(browser.network.extension.join('\n')).toMatch(/background\.js -> .*\/worker/);
  browser.network.extension.splice(0);
});

it('makes no request of its own while reading a site and showing the popup and options', async () => {
  await serve(browser.context, {
    'https://suno.com/account': { body: appPage('Account', [{ url: BILLING }]) },
    [BILLING]: { body: '{"total_credits_left":42,"monthly_limit":500}' },
  });
  await visit(browser.context, 'https://suno.com/account');
  const popup = await PopupPage.open(browser.context, browser.extensionId);
  await popup.waitForMeter('suno', 'Credits', '42 credits left of 500 credits');
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.waitForSelector('main h1');
  await options.waitForTimeout(1_000);
  expect(browser.network.seen).toBeGreaterThan(3);
  expect(browser.network.extension).toEqual([]);
});

it('offers a page no way in: no external messaging, no probe-able resource', async () => {
  const page = await visit(browser.context, 'https://suno.com/account');
  const id = browser.extensionId;
  const reach = await page.evaluate(async (extId) => {
    const rt = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
    const probe = async (path: string) =>
      fetch(`chrome-extension://${extId}/${path}`).then(
        () => 'loaded',
        () => 'blocked',
      );
    return {
      messaging: typeof rt?.sendMessage,
      manifest: await probe('manifest.json'),
      popup: await probe('popup.html'),
      icon: await probe('icon/48.png'),
    };
  }, id);
  expect(reach).toEqual({
    messaging: 'undefined',
    manifest: 'blocked',
    popup: 'blocked',
    icon: 'blocked',
  });
});

it('ships no HTML sink for site text and no remote code', () => {
  const sources = ['lib', 'components', 'entrypoints'].flatMap((dir) =>
    readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
      .map((f) => join(dir, f)),
  );
  expect(sources.length).toBeGreaterThan(20);
  for (const f of sources)
    expect(readFileSync(f, 'utf8'), f).not.toMatch(
      /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|\beval\(|new Function\(|import\(\s*['"`]https?:/,
    );
  const built = readdirSync(EXTENSION_DIR, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.js') || f.endsWith('.html'));
  for (const f of built) {
    const text = readFileSync(join(EXTENSION_DIR, f), 'utf8');
    expect(text, f).not.toMatch(/<script[^>]+src=["']https?:|https?:\/\/[^"'\s]+\.js["']/);
  }
});
