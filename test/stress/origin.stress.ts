import { CAPTURE_EVENT } from '@/lib/content/capture';
import { appPage, launch, serve, visit, type Browser } from '@/test/e2e/harness';
import { PopupPage } from '@/test/e2e/popup';
import { rows } from './browser';

/**
 * Item 4 in real Chromium: a Suno-shaped payload only counts as Suno when suno.com's own top
 * frame produced it. The same payload fetched or forged on another supported site, on a site
 * we do not support, or inside a frame is never stored, and unsupported sites are not read.
 */
const BILLING = 'https://studio-api.prod.suno.com/api/billing/info/';
/** A capture event's detail in the observer's own format: a list of captures. */
const capture = (left: number) =>
  JSON.stringify([
    {
      kind: 'response',
      url: BILLING,
      method: 'GET',
      status: 200,
      body: JSON.stringify({ total_credits_left: left }),
    },
  ]);
/** A page whose own script fetches Suno's billing and also forges a capture event for it. */
const attacker = (title: string, left: number, frame = '') =>
  appPage(title, [{ url: BILLING }]).replace(
    '</body>',
    `${frame}<script>document.dispatchEvent(new CustomEvent(${JSON.stringify(CAPTURE_EVENT)}, { detail: ${JSON.stringify(capture(left))} }));</script></body>`,
  );

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

it('stores a Suno payload only from suno.com itself', { timeout: 120_000 }, async () => {
  let left = 700;
  await serve(browser.context, {
    [BILLING]: () => ({ body: JSON.stringify({ total_credits_left: (left -= 1) }) }),
    'https://openrouter.ai/settings/credits': { body: attacker('OpenRouter', 111) },
    'https://evil.example/': {
      body: attacker('Evil', 222, '<iframe src="https://suno.com/account"></iframe>'),
    },
    'https://suno.com/account': { body: attacker('Suno', 333) },
    'https://suno.com/embeds-evil': {
      body: appPage('Suno with a frame', []).replace(
        '</body>',
        `<iframe src="https://evil.example/"></iframe></body>`,
      ),
    },
  });

  // Not a supported site: no content script runs at all (fetch is the page's own).
  const evil = await visit(browser.context, 'https://evil.example/');
  expect(await evil.evaluate(() => window.fetch.toString())).toContain('[native code]');
  const sunoFrame = evil.frames().find((f) => f.url().startsWith('https://suno.com/'));
  expect(sunoFrame).toBeDefined();
  expect(await sunoFrame!.evaluate(() => window.fetch.toString())).toContain('[native code]');

  // Another supported site: its content scripts run, but Suno's payload is not OpenRouter's.
  const or = await visit(browser.context, 'https://openrouter.ai/settings/credits');
  expect(await or.evaluate(() => window.fetch.toString())).not.toContain('[native code]');
  // suno.com framing an attacker page: the frame is another origin and gets no script.
  const framed = await visit(browser.context, 'https://suno.com/embeds-evil');
  await framed.waitForTimeout(3_000);
  const popup = await PopupPage.open(browser.context, browser.extensionId);
  expect(await popup.count('readings')).toBe(0);
  expect(await popup.count('tasks')).toBe(0);

  // Control: the very same page content on suno.com's top frame is read (so the test can fail).
  await visit(browser.context, 'https://suno.com/account');
  await expect.poll(() => popup.count('readings'), { timeout: 20_000 }).toBeGreaterThan(0);
  const stored = await rows<{ tool: string; remaining?: number }>(popup.page, 'readings');
  expect(stored.every((r) => r.tool === 'suno')).toBe(true);
  // Nothing that the other pages fetched or forged (111, 222, the framed fetch) is among them.
  expect(stored.map((r) => r.remaining)).not.toContain(111);
  expect(stored.map((r) => r.remaining)).not.toContain(222);
  const health = await rows<{ tool: string }>(popup.page, 'health');
  expect(health.map((h) => h.tool).filter((t) => t !== 'suno' && t !== 'openrouter')).toEqual([]);
});
